import {
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { clearServerErrors } from '../../core/forms/server-errors';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { isFutureDay } from '../../enterprises/qualifications/qualification-form.model';
import { PHONE, mediaMatches } from '../../shared/media';
import { EnterpriseOptions } from '../../visits/form/enterprise-options';
import {
  PROJECT_STATUSES,
  PlatformLimits,
  PlatformsApi,
  Project,
} from '../shared/platforms-api.service';
import { toSaveProblem } from '../shared/save-problem';
import {
  applyProjectRules,
  createProjectForm,
  fillProjectForm,
  toProjectRequest,
} from './project-form.model';
import { projectYears } from './project-query';

/** Creates or edits a tech-transfer project in a drawer, open while `open` is true. */
@Component({
  selector: 'app-project-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  providers: [EnterpriseOptions],
  templateUrl: './project-form.component.html',
  styleUrl: '../shared/drawer-form.less',
})
export class ProjectFormComponent {
  private readonly api = inject(PlatformsApi);
  private readonly localization = inject(LocalizationService);
  protected readonly enterprises = inject(EnterpriseOptions);

  readonly open = input(false);
  readonly project = input<Project | null>(null);
  readonly finished = output<Project | null>();

  protected readonly phone = mediaMatches(PHONE);
  protected readonly statuses = PROJECT_STATUSES;
  protected readonly limits = PlatformLimits;
  protected readonly form = createProjectForm();
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  private readonly current = signal<Project | null>(null);
  protected readonly editing = computed(() => this.current() !== null);
  /** The years offered, with an older project's own year kept. */
  protected readonly years = computed(() => {
    const years = projectYears(new Date());
    const own = this.current()?.year;
    return own && !years.includes(own) ? [...years, own] : years;
  });
  protected readonly disabledPast = (date: Date) => isFutureDay(date);

  constructor() {
    this.enterprises.selectedId = () => this.form.controls.enterpriseId.value;
    this.form.controls.status.valueChanges.subscribe(() => applyProjectRules(this.form));
    effect(() => {
      if (this.open()) {
        const project = this.project();
        untracked(() => this.load(project));
      }
    });
  }

  protected async save(): Promise<void> {
    if (!this.open() || this.saving()) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    const current = this.current();
    const request = toProjectRequest(this.form);
    try {
      const saved = await firstValueFrom(
        current
          ? this.api.updateProject(current.id, {
              ...request,
              concurrencyStamp: current.concurrencyStamp,
            })
          : this.api.createProject(request),
      );
      this.finished.emit(saved);
    } catch (e) {
      const problem = toSaveProblem(this.form, e);
      if (problem.kind === 'stale' && current) {
        this.generalError.set(this.localization.t('Platforms:Page.Stale'));
        this.load(await firstValueFrom(this.api.getProject(current.id)), false);
      } else if (problem.kind !== 'announced') {
        this.generalError.set(problem.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected cancel(): void {
    if (!this.saving()) {
      this.finished.emit(null);
    }
  }

  private load(project: Project | null, clearMessage = true): void {
    this.current.set(project);
    fillProjectForm(this.form, project);
    this.enterprises.keep(project?.enterpriseId ?? null, project?.enterpriseName ?? null);
    if (clearMessage) {
      this.generalError.set(null);
    }
  }
}
