import { Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom } from 'rxjs';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { RegistrationService } from '../../proxy/services';
import { LanguageSwitchComponent } from '../../shared/language-switch.component';

type State = 'confirming' | 'confirmed' | 'failed';

/** /register/confirm?userId&token, the link of the confirmation email: confirms on arrival. */
@Component({
  selector: 'app-confirm-email-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzResultModule,
    NzSpinModule,
    LanguageSwitchComponent,
    TPipe,
  ],
  template: `
    <div class="account">
      <div class="account__toolbar">
        <span></span>
        <app-language-switch />
      </div>
      <main class="account__card account__card--narrow">
        @switch (state()) {
          @case ('confirming') {
            <div class="account__busy" data-testid="confirm-busy">
              <nz-spin nzSimple nzSize="large" />
              <p>{{ 'Registration:Confirming' | t }}</p>
            </div>
          }
          @case ('confirmed') {
            <nz-result
              nzStatus="success"
              data-testid="confirm-done"
              [nzTitle]="'Registration:ConfirmedTitle' | t"
              [nzSubTitle]="'Registration:ConfirmedText' | t"
            >
              <div nz-result-extra>
                <a nz-button nzType="primary" nzSize="large" routerLink="/login">
                  {{ 'Ui:Login' | t }}
                </a>
              </div>
            </nz-result>
          }
          @case ('failed') {
            <nz-result
              nzStatus="error"
              data-testid="confirm-failed"
              [nzTitle]="'Registration:ConfirmFailedTitle' | t"
              [nzSubTitle]="error() ?? ''"
            >
              <div nz-result-extra>
                <a nz-button routerLink="/login">{{ 'Ui:Login' | t }}</a>
              </div>
            </nz-result>
          }
        }
      </main>
    </div>
  `,
  styleUrl: '../shared/account-card.less',
})
export class ConfirmEmailPage implements OnInit {
  private readonly api = inject(RegistrationService);
  private readonly localization = inject(LocalizationService);

  /** Query parameters of the link, bound by the router. */
  readonly userId = input<string>();
  readonly token = input<string>();

  protected readonly state = signal<State>('confirming');
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.confirm();
  }

  private async confirm(): Promise<void> {
    const userId = this.userId();
    const token = this.token();
    if (!userId || !token) {
      this.fail(this.localization.t('Registration:LinkIncomplete'));
      return;
    }
    try {
      await firstValueFrom(this.api.registrationConfirmEmail({ body: { userId, token } }));
      this.state.set('confirmed');
    } catch (e) {
      const problem = toProblemDetails(e);
      this.fail(
        problem.status === 0 || (problem.status ?? 0) >= 500
          ? this.localization.t('Ui:ServerUnavailable')
          : (problemMessage(problem) ?? this.localization.t('Registration:LinkIncomplete')),
      );
    }
  }

  private fail(message: string): void {
    this.error.set(message);
    this.state.set('failed');
  }
}
