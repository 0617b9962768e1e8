import { Component, EnvironmentInjector, Signal, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { AuthService } from '../core/auth/auth.service';
import { AppConfigStore } from '../core/config/app-config.store';
import { TPipe } from '../core/localization/t.pipe';
import { LanguageSwitchComponent } from '../shared/language-switch.component';
import { NotificationBellComponent } from '../notifications/notification-bell.component';
import { VisitPolicies } from '../visits/shared/visit-policies';
import { MENU } from './menu';

const NARROW = '(max-width: 991.98px)';

/** The signed-in frame: side menu by granted policies, header with user, language and logout. */
@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzBadgeModule,
    NzButtonModule,
    TPipe,
    LanguageSwitchComponent,
    NotificationBellComponent,
  ],
  host: { '(document:keydown.escape)': 'closeOnPhone()' },
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.less',
})
export class ShellComponent {
  private readonly store = inject(AppConfigStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly collapsed = signal(isNarrow());
  protected readonly menu = computed(() =>
    MENU.filter((entry) => this.store.isGranted(entry.policy)),
  );
  protected readonly userName = computed(() => {
    const user = this.store.currentUser();
    return user.displayName || user.userName || '';
  });

  protected readonly showBell = computed(() => this.store.isGranted(VisitPolicies.needs));
  /** Visits kept on this device until they can be sent (loaded with the visits code). */
  protected readonly pendingVisits = signal<Signal<number> | null>(null);

  constructor() {
    if (this.store.isGranted(VisitPolicies.visitsCreate)) {
      const injector = inject(EnvironmentInjector);
      // Sends visits queued offline once the browser is back online, whichever page is open.
      void import('../visits/form/visit-sender')
        .then((m) => {
          const submitter = injector.get(m.VisitSubmitter);
          submitter.start();
          this.pendingVisits.set(submitter.outbox.pendingCount);
        })
        .catch(() => undefined);
    }
  }

  protected toggle(): void {
    this.collapsed.update((c) => !c);
  }

  /** On a phone the menu covers the page: close it once a page is chosen (or on Escape). */
  protected closeOnPhone(): void {
    if (isNarrow()) {
      this.collapsed.set(true);
    }
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}

function isNarrow(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW).matches;
}
