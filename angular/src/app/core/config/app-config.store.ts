import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApplicationConfigurationDto } from '../../proxy/models';
import { ApplicationConfigurationService } from '../../proxy/services';

/** What the app shows when the server could not be reached: an anonymous user, no texts. */
const OFFLINE: ApplicationConfigurationDto = {
  currentUser: { isAuthenticated: false, id: null, userName: null, displayName: null, roles: [] },
  auth: { grantedPolicies: {} },
  localization: { currentCulture: 'zh-Hans', languages: [], texts: {} },
};

/**
 * Holds the server's application configuration (current user, granted policies, texts).
 * Loaded before the first navigation and again after login, logout and a language change.
 */
@Injectable({ providedIn: 'root' })
export class AppConfigStore {
  private readonly api = inject(ApplicationConfigurationService);
  private readonly state = signal<ApplicationConfigurationDto>(OFFLINE);
  private readonly loadFailed = signal(false);

  readonly config = this.state.asReadonly();
  readonly offline = this.loadFailed.asReadonly();
  readonly currentUser = computed(() => this.state().currentUser);
  readonly isAuthenticated = computed(() => this.state().currentUser.isAuthenticated);
  readonly grantedPolicies = computed(() => this.state().auth.grantedPolicies ?? {});
  readonly localization = computed(() => this.state().localization);

  isGranted(policy: string | null | undefined): boolean {
    return !policy || this.grantedPolicies()[policy] === true;
  }

  async load(): Promise<void> {
    try {
      this.state.set(await firstValueFrom(this.api.applicationConfigurationGet()));
      this.loadFailed.set(false);
    } catch {
      this.loadFailed.set(true);
    }
  }
}
