import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { PortalApi, PortalProfile } from './portal-api.service';

/**
 * The signed-in user's enterprise, as the portal's pages share it: read once by the portal shell
 * (provided there), refreshed by the profile page. The pages are shown only once it is loaded, so
 * `enterpriseId()` is set wherever a page reads it.
 */
@Injectable()
export class PortalContext {
  private readonly api = inject(PortalApi);
  private readonly localization = inject(LocalizationService);

  private readonly state = signal<PortalProfile | null>(null);
  readonly profile = this.state.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  readonly enterpriseId = computed(() => this.state()?.enterprise.id ?? '');
  readonly enterpriseName = computed(() => this.state()?.enterprise.name ?? '');
  readonly isAdmin = computed(() => this.state()?.isAdmin ?? false);

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.state.set(await firstValueFrom(this.api.getProfile()));
    } catch (e) {
      this.error.set(problemMessage(toProblemDetails(e)) ?? this.localization.t('Ui:LoadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  /** After a save: the server's answer is the newest state. */
  set(profile: PortalProfile): void {
    this.state.set(profile);
  }
}
