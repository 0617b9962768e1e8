import { Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { firstValueFrom } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { RegistrationService } from '../../proxy/services';
import { LanguageSwitchComponent } from '../../shared/language-switch.component';
import { matchesPassword } from '../shared/account-validators';

/** /register/set-password?userId&token: a colleague invited by the enterprise sets a password. */
@Component({
  selector: 'app-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzResultModule,
    FieldErrorComponent,
    LanguageSwitchComponent,
    TPipe,
  ],
  templateUrl: './set-password.page.html',
  styleUrl: '../shared/account-card.less',
})
export class SetPasswordPage {
  private readonly api = inject(RegistrationService);
  private readonly localization = inject(LocalizationService);

  readonly userId = input<string>();
  readonly token = input<string>();

  protected readonly linkComplete = computed(() => !!this.userId() && !!this.token());
  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    confirmPassword: ['', [Validators.required, matchesPassword]],
  });

  constructor() {
    const { password, confirmPassword } = this.form.controls;
    password.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      if (confirmPassword.value) {
        confirmPassword.updateValueAndValidity();
      }
    });
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    this.error.set(null);
    const userId = this.userId();
    const token = this.token();
    if (this.form.invalid || !userId || !token) {
      revealErrors(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const password = this.form.controls.password.value;
      await firstValueFrom(this.api.registrationSetPassword({ body: { userId, token, password } }));
      this.done.set(true);
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 0 || status >= 500) {
        return; // announced by the HTTP interceptor
      }
      const unmatched = applyServerErrors(this.form, problem.errors);
      if (unmatched.length > 0 || !problem.errors) {
        this.error.set(
          unmatched.join(' ') ||
            problemMessage(problem) ||
            this.localization.t('Registration:SubmitFailed'),
        );
      }
    } finally {
      this.saving.set(false);
    }
  }
}
