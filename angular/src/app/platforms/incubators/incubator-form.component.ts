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
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
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
import { LookupsService } from '../../lookups/lookups.service';
import { PHONE, mediaMatches } from '../../shared/media';
import {
  INCUBATOR_KINDS,
  Incubator,
  PLATFORM_LEVELS,
  PlatformLimits,
  PlatformsApi,
} from '../shared/platforms-api.service';
import { toSaveProblem } from '../shared/save-problem';
import {
  createIncubatorForm,
  fillIncubatorForm,
  toIncubatorRequest,
  usePlanTargets,
} from './incubator-form.model';

/** Creates or edits an incubator (kind, level, operator, targets) in a drawer, open while `open` is true. */
@Component({
  selector: 'app-incubator-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './incubator-form.component.html',
  styleUrl: '../shared/drawer-form.less',
})
export class IncubatorFormComponent {
  private readonly api = inject(PlatformsApi);
  private readonly localization = inject(LocalizationService);

  readonly open = input(false);
  readonly incubator = input<Incubator | null>(null);
  readonly finished = output<Incubator | null>();

  protected readonly phone = mediaMatches(PHONE);
  protected readonly kinds = INCUBATOR_KINDS;
  protected readonly levels = PLATFORM_LEVELS;
  protected readonly limits = PlatformLimits;
  protected readonly form = createIncubatorForm();
  protected readonly subDistricts = toSignal(inject(LookupsService).subDistricts(), {
    initialValue: [],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  private readonly current = signal<Incubator | null>(null);
  protected readonly editing = computed(() => this.current() !== null);

  constructor() {
    effect(() => {
      if (this.open()) {
        const incubator = this.incubator();
        untracked(() => this.load(incubator));
      }
    });
  }

  protected usePlanTargets(): void {
    usePlanTargets(this.form);
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
    const request = toIncubatorRequest(this.form);
    try {
      const saved = await firstValueFrom(
        current
          ? this.api.updateIncubator(current.id, {
              ...request,
              concurrencyStamp: current.concurrencyStamp,
            })
          : this.api.createIncubator(request),
      );
      this.finished.emit(saved);
    } catch (e) {
      const problem = toSaveProblem(this.form, e);
      if (problem.kind === 'stale' && current) {
        this.generalError.set(this.localization.t('Platforms:Page.Stale'));
        this.load(await firstValueFrom(this.api.getIncubator(current.id)), false);
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

  private load(incubator: Incubator | null, clearMessage = true): void {
    this.current.set(incubator);
    fillIncubatorForm(this.form, incubator);
    if (clearMessage) {
      this.generalError.set(null);
    }
  }
}
