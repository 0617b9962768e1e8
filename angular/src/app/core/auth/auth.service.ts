import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { LoginInput } from '../../proxy/models';
import { AccountService } from '../../proxy/services';
import { AppConfigStore } from '../config/app-config.store';

/** Cookie sign-in and sign-out; the configuration is reloaded afterwards so user and policies are current. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly account = inject(AccountService);
  private readonly store = inject(AppConfigStore);

  async login(input: LoginInput): Promise<void> {
    await firstValueFrom(this.account.accountLogin({ body: input }));
    await this.store.load();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.account.accountLogout());
    } finally {
      await this.store.load();
    }
  }
}
