import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AppConfigStore } from '../../core/config/app-config.store';
import { TPipe } from '../../core/localization/t.pipe';
import { MyRegistrationDto } from '../../proxy/models';
import { AccountService, RegistrationService } from '../../proxy/services';
import { DateTextPipe } from '../../shared/format.pipes';
import { LanguageSwitchComponent } from '../../shared/language-switch.component';
import { hasAnyPolicy } from '../applicant.guard';

/**
 * /register/status: what a signed-in applicant sees until the bureau decides. Once approved, the
 * sign-in cookie is re-issued with the new role and the app starts over at '/'.
 */
@Component({
  selector: 'app-registration-status-page',
  imports: [
    DateTextPipe,
    RouterLink,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzResultModule,
    NzSpinModule,
    NzTagModule,
    LanguageSwitchComponent,
    TPipe,
  ],
  templateUrl: './registration-status.page.html',
  styleUrls: ['../shared/account-card.less', './registration-status.page.less'],
})
export class RegistrationStatusPage {
  private readonly api = inject(RegistrationService);
  private readonly account = inject(AccountService);
  private readonly store = inject(AppConfigStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly mine = rxResource({
    stream: () => this.api.registrationGetMine(),
  });
  /** The registration, or null when the user never registered (204). */
  protected readonly registration = computed<MyRegistrationDto | null>(() =>
    this.mine.hasValue() ? (this.mine.value() ?? null) : null,
  );
  protected readonly userName = computed(() => {
    const user = this.store.currentUser();
    return user.displayName || user.userName || '';
  });
  /** Approved, and the new role is being picked up. */
  protected readonly entering = signal(false);
  /** Approved, but the refreshed sign-in still grants nothing (or the refresh failed). */
  protected readonly enterFailed = signal(false);

  constructor() {
    effect(() => {
      if (this.registration()?.status === 'Approved') {
        untracked(() => void this.enter());
      }
    });
  }

  protected reload(): void {
    this.mine.reload();
  }

  /** Re-issues the sign-in cookie with the role the approval gave, reloads the configuration, goes home. */
  protected async enter(): Promise<void> {
    if (this.entering()) {
      return;
    }
    this.entering.set(true);
    this.enterFailed.set(false);
    try {
      await firstValueFrom(this.account.accountRefresh());
      await this.store.load();
      if (hasAnyPolicy(this.store)) {
        await this.router.navigateByUrl('/');
        return;
      }
      this.enterFailed.set(true);
    } catch {
      this.enterFailed.set(true);
    } finally {
      this.entering.set(false);
    }
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
