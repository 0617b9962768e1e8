import { Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
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
import { LanguageSwitchComponent } from '../shared/language-switch.component';

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
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
    try {
      await this.auth.login(this.form.getRawValue());
      const target = this.returnUrl();
      await this.router.navigateByUrl(
        target && target.startsWith('/') && !target.startsWith('//') ? target : '/',
      );
    } catch (e) {
      this.error.set(problemMessage(toProblemDetails(e)) ?? this.localization.t('Login:Failed'));
    } finally {
      this.busy.set(false);
    }
  }
}
