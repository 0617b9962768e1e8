import { Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthService } from '../core/auth/auth.service';
import { revealErrors } from '../core/forms/reveal-errors';
import { problemMessage, toProblemDetails } from '../core/http/problem-details';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { RegistrationErrors } from '../registration/shared/registration-errors';
import { LanguageSwitchComponent } from '../shared/language-switch.component';

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    TPipe,
    LanguageSwitchComponent,
  ],
  templateUrl: './login.page.html',
  styleUrl: './login.page.less',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly localization = inject(LocalizationService);

  /** Where to go after signing in (query parameter, bound by the router). */
  readonly returnUrl = input<string>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** A self-registered applicant who has not opened the confirmation link yet (403). */
  protected readonly emailNotConfirmed = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userNameOrEmailAddress: ['', Validators.required],
    password: ['', Validators.required],
    rememberMe: [false],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.emailNotConfirmed.set(false);
    try {
      await this.auth.login(this.form.getRawValue());
      const target = this.returnUrl();
      await this.router.navigateByUrl(
        target && target.startsWith('/') && !target.startsWith('//') ? target : '/',
      );
    } catch (e) {
      const problem = toProblemDetails(e);
      this.emailNotConfirmed.set(
        problem.status === 403 &&
          (problem.code ?? problem.type) === RegistrationErrors.emailNotConfirmed,
      );
      this.error.set(problemMessage(problem) ?? this.localization.t('Login:Failed'));
    } finally {
      this.busy.set(false);
    }
  }
}
