import {
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { catchError, firstValueFrom, map, of, startWith } from 'rxjs';
import { FieldErrorComponent } from '../../core/forms/field-error.component';
import { revealErrors } from '../../core/forms/reveal-errors';
import { applyServerErrors, clearServerErrors } from '../../core/forms/server-errors';
import { ProblemDetails, problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { checkCreditCode, normalizeCreditCode } from '../../enterprises/shared/credit-code';
import { EnterpriseLimits } from '../../enterprises/shared/enterprise-limits';
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions } from '../../lookups/tech-field-tree';
import { RegistrationChallengeDto } from '../../proxy/models';
import { RegistrationService } from '../../proxy/services';
import { LanguageSwitchComponent } from '../../shared/language-switch.component';
import { PortalLimits } from '../shared/portal-limits';
import { createRegisterForm, toRegisterRequest } from './register-form';

/**
 * 企业注册 (/register): an enterprise signs itself up. The answer is the same for a new credit code
 * and a known one (a claim); the bureau verifies either after the email is confirmed. Every failed
 * attempt draws a new challenge: a token is good for one try only.
 */
@Component({
  selector: 'app-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCascaderModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzResultModule,
    NzSelectModule,
    FieldErrorComponent,
    LanguageSwitchComponent,
    TPipe,
  ],
  templateUrl: './register.page.html',
  styleUrls: ['../shared/account-card.less', './register.page.less'],
  // The cascader draws its menus in an overlay, out of reach of encapsulated styles: the page's rules
  // are global instead, each under an account__ or register__ class.
  encapsulation: ViewEncapsulation.None,
})
export class RegisterPage {
  private readonly api = inject(RegistrationService);
  private readonly lookups = inject(LookupsService);
  private readonly localization = inject(LocalizationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly enterpriseLimits = EnterpriseLimits;
  protected readonly portalLimits = PortalLimits;
  protected readonly form = createRegisterForm(inject(NonNullableFormBuilder));

  protected readonly sending = signal(false);
  protected readonly generalError = signal<string | null>(null);
  /** The address the confirmation went to, once the registration is accepted. */
  protected readonly sentTo = signal<string | null>(null);

  protected readonly challenge = signal<RegistrationChallengeDto | null>(null);
  protected readonly challengeLoading = signal(false);
  protected readonly challengeFailed = signal(false);
  /** The sum as an image: an SVG in an <img> runs no script, and needs no bypass of the sanitizer. */
  protected readonly challengeImage = computed(() => {
    const svg = this.challenge()?.imageSvg;
    return svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : null;
  });

  protected readonly subDistricts = toSignal(
    this.lookups.subDistricts().pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly techFieldOptions = toSignal(
    this.lookups.techFields().pipe(
      map(buildTechFieldOptions),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  private readonly creditCode = toSignal(
    this.form.controls.unifiedSocialCreditCode.valueChanges.pipe(
      startWith(this.form.controls.unifiedSocialCreditCode.value),
      map(normalizeCreditCode),
    ),
    { initialValue: '' },
  );
  protected readonly checksumMismatch = computed(
    () => checkCreditCode(this.creditCode()) === 'checksumMismatch',
  );
  /** The server said the code needs explaining (its check character is off). */
  private readonly overrideRequested = signal(false);
  protected readonly showOverride = computed(
    () => this.checksumMismatch() || this.overrideRequested(),
  );

  constructor() {
    void this.refreshChallenge();
    const { password, confirmPassword } = this.form.controls;
    password.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      if (confirmPassword.value) {
        confirmPassword.updateValueAndValidity();
      }
    });
  }

  /** Draws a new sum and empties the answer (the old one belongs to the old sum). */
  protected async refreshChallenge(): Promise<void> {
    this.challengeLoading.set(true);
    this.form.controls.challengeAnswer.reset('');
    try {
      this.challenge.set(await firstValueFrom(this.api.registrationGetChallenge()));
      this.challengeFailed.set(false);
    } catch {
      this.challenge.set(null);
      this.challengeFailed.set(true);
    } finally {
      this.challengeLoading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    this.generalError.set(null);
    const override = this.form.controls.creditCodeOverrideReason;
    // The server takes a code failing its check character only with a reason: ask before sending.
    const reasonMissing = this.checksumMismatch() && !override.value.trim();
    const token = this.challenge()?.token;
    if (this.form.invalid || reasonMissing || !token) {
      revealErrors(this.form);
      if (reasonMissing) {
        override.setErrors({ required: true });
      }
      this.scrollToProblem();
      return;
    }
    this.sending.set(true);
    const request = toRegisterRequest(this.form, token, this.showOverride());
    try {
      await firstValueFrom(this.api.registrationRegister({ body: request }));
      this.sentTo.set(request.email ?? '');
    } catch (e) {
      const problem = toProblemDetails(e);
      // The token is spent (or was never checked): a new sum for the next try, before the errors show.
      await this.refreshChallenge();
      this.showProblem(problem);
      this.scrollToProblem();
    } finally {
      this.sending.set(false);
    }
  }

  private showProblem(problem: ProblemDetails): void {
    const status = problem.status ?? 0;
    const errors = { ...(problem.errors ?? {}) };
    if (status === 400 && Object.keys(errors).length > 0) {
      if (Object.keys(errors).some((k) => k.toLowerCase().includes('creditcode'))) {
        this.overrideRequested.set(true);
      }
      // A stale or forged token is about the sum, as far as the user can tell.
      const token = Object.keys(errors).find((k) => k.toLowerCase() === 'challengetoken');
      if (token) {
        errors['challengeAnswer'] = [...(errors['challengeAnswer'] ?? []), ...errors[token]];
        delete errors[token];
      }
      const unmatched = applyServerErrors(this.form, errors);
      if (unmatched.length > 0) {
        this.generalError.set(unmatched.join(' '));
      }
      return;
    }
    if (status === 429) {
      this.generalError.set(problem.detail || this.localization.t('Registration:TooManyAttempts'));
      return;
    }
    // 5xx and network failures are announced by the HTTP interceptor already.
    if (status !== 0 && status < 500) {
      this.generalError.set(
        problemMessage(problem) ?? this.localization.t('Registration:SubmitFailed'),
      );
    }
  }

  /** Brings the alert or the first field in error into view (a long form on a phone). */
  private scrollToProblem(): void {
    afterNextRender(
      () => {
        const target = this.host.nativeElement.querySelector(
          '[data-testid="register-error"], .ant-form-item-has-error',
        );
        target?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      },
      { injector: this.injector },
    );
  }
}
