import { Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { ErrorCodes, problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { isFutureDay } from '../qualifications/qualification-form.model';
import { EligibilityApi } from './eligibility-api.service';
import {
  RD_INSTITUTION_LEVELS,
  TECH_SME_RD_OPTIONS,
  TRI_STATES,
  createProfileForm,
  profileToForm,
  toSaveRequest,
} from './profile-form.model';

/**
 * The facts the yearly data does not hold (segment market since, R&D institution, incidents, the
 * declared 科技型中小企业 measure). Editable with `Incubation.YearlyData.Edit`; `saved` after a save or
 * after a stale save was refused (someone else changed them: the assessment must be read again).
 */
@Component({
  selector: 'app-eligibility-profile-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzSelectModule,
    FieldErrorComponent,
    TPipe,
  ],
  templateUrl: './profile-form.component.html',
  styles: `
    .profile__hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .profile__alert {
      margin-bottom: 12px;
    }
    .full-width {
      width: 100%;
    }
  `,
})
export class ProfileFormComponent {
  private readonly api = inject(EligibilityApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  readonly enterpriseId = input.required<string>();
  readonly canEdit = input(false);
  /** The profile changed on the server: read the assessment again. */
  readonly saved = output<void>();

  protected readonly levels = RD_INSTITUTION_LEVELS;
  protected readonly options = TECH_SME_RD_OPTIONS;
  protected readonly triStates = TRI_STATES;
  protected readonly form = createProfileForm();
  protected readonly saving = signal(false);
  protected readonly generalError = signal<string | null>(null);
  protected readonly disabledSince = (date: Date) => isFutureDay(date);

  protected readonly profile = rxResource({
    params: () => this.enterpriseId(),
    stream: ({ params }) => this.api.getProfile(params),
  });
  private readonly stamp = computed(() =>
    this.profile.hasValue() ? this.profile.value().concurrencyStamp : null,
  );

  constructor() {
    effect(() => {
      if (this.profile.hasValue()) {
        this.form.reset(profileToForm(this.profile.value()));
        this.generalError.set(null);
      }
    });
    effect(() => {
      if (this.canEdit()) {
        this.form.enable();
      } else {
        this.form.disable();
      }
    });
  }

  protected async save(): Promise<void> {
    if (!this.canEdit() || this.saving() || !this.profile.hasValue()) {
      return;
    }
    clearServerErrors(this.form);
    this.generalError.set(null);
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.saveProfile(this.enterpriseId(), toSaveRequest(this.form, this.stamp())),
      );
      this.profile.set(saved);
      this.message.success(this.localization.t('Ui:Saved'));
      this.saved.emit();
    } catch (e) {
      this.showProblem(e);
    } finally {
      this.saving.set(false);
    }
  }

  private showProblem(error: unknown): void {
    const problem = toProblemDetails(error);
    const status = problem.status ?? 0;
    if (status === 409 || problem.code === ErrorCodes.concurrencyConflict) {
      // The server's text asks to reload; this one says it was done.
      this.message.error(this.localization.t('EligibilityPage:ProfileStale'));
      this.profile.reload();
      this.saved.emit();
      return;
    }
    if (status === 400 && problem.errors && Object.keys(problem.errors).length > 0) {
      const unmatched = applyServerErrors(this.form, problem.errors);
      if (unmatched.length > 0) {
        this.generalError.set(unmatched.join(' '));
      }
      return;
    }
    // 401, 403, 5xx and network failures are announced by the HTTP interceptor already.
    if (status !== 401 && status !== 403 && status !== 0 && status < 500) {
      this.generalError.set(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
    }
  }
}
