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
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { clearServerErrors } from '../../core/forms/server-errors';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { isFutureDay } from '../../enterprises/qualifications/qualification-form.model';
import { LookupsService } from '../../lookups/lookups.service';
import { PHONE, mediaMatches } from '../../shared/media';
import { EnterpriseOptions } from '../../visits/form/enterprise-options';
import {
  PLATFORM_KINDS,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  Platform,
  PlatformLimits,
  PlatformsApi,
} from '../shared/platforms-api.service';
import { toSaveProblem } from '../shared/save-problem';
import {
  applyRules,
  createPlatformForm,
  fillPlatformForm,
  toPlatformRequest,
} from './platform-form.model';

/**
 * Creates or edits a platform in a drawer, open while `open` is true; `platform` null creates one.
 * Field errors from the server show under their fields; a stale edit reloads the latest version.
 */
@Component({
  selector: 'app-platform-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  providers: [EnterpriseOptions],
  templateUrl: './platform-form.component.html',
  styleUrl: '../shared/drawer-form.less',
})
export class PlatformFormComponent {
  private readonly api = inject(PlatformsApi);
  private readonly localization = inject(LocalizationService);
  protected readonly enterprises = inject(EnterpriseOptions);

  readonly open = input(false);
  readonly platform = input<Platform | null>(null);
  /** The saved platform, or null when cancelled. */
  readonly finished = output<Platform | null>();

  protected readonly phone = mediaMatches(PHONE);
  protected readonly kinds = PLATFORM_KINDS;
  protected readonly levels = PLATFORM_LEVELS;
  protected readonly statuses = PLATFORM_STATUSES;
  protected readonly limits = PlatformLimits;
  protected readonly form = createPlatformForm();
  protected readonly subDistricts = toSignal(inject(LookupsService).subDistricts(), {
    initialValue: [],
  });
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  /** The version being edited (replaced by the latest after a stale save). */
  private readonly current = signal<Platform | null>(null);
  protected readonly editing = computed(() => this.current() !== null);

  protected readonly disabledPast = (date: Date) => isFutureDay(date);

  constructor() {
    this.enterprises.selectedId = () => this.form.controls.hostEnterpriseId.value;
    this.form.controls.hostMode.valueChanges.subscribe(() => applyRules(this.form));
    this.form.controls.status.valueChanges.subscribe(() => applyRules(this.form));
    effect(() => {
      if (this.open()) {
        const platform = this.platform();
        untracked(() => this.load(platform));
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
    const request = toPlatformRequest(this.form);
    try {
      const saved = await firstValueFrom(
        current
          ? this.api.updatePlatform(current.id, {
              ...request,
              concurrencyStamp: current.concurrencyStamp,
            })
          : this.api.createPlatform(request),
      );
      this.finished.emit(saved);
    } catch (e) {
      const problem = toSaveProblem(this.form, e);
      if (problem.kind === 'stale' && current) {
        this.generalError.set(this.localization.t('Platforms:Page.Stale'));
        this.load(await firstValueFrom(this.api.getPlatform(current.id)), false);
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

  private load(platform: Platform | null, clearMessage = true): void {
    this.current.set(platform);
    fillPlatformForm(this.form, platform);
    this.enterprises.keep(platform?.hostEnterpriseId ?? null, platform?.hostEnterpriseName ?? null);
    if (clearMessage) {
      this.generalError.set(null);
    }
  }
}
