import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { filter, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AppConfigStore } from '../../core/config/app-config.store';
import { TPipe } from '../../core/localization/t.pipe';
import { NotificationBellComponent } from '../../notifications/notification-bell.component';
import { LanguageSwitchComponent } from '../../shared/language-switch.component';
import { PortalContext } from '../shared/portal-context';
import { PORTAL_LINKS, PORTAL_NAV, PortalNavEntry } from './portal-nav';

/**
 * The enterprise's workspace frame: its own header (enterprise, bell, language, logout), a side menu
 * on wide screens and a tab bar with "more" on a phone. Reads the enterprise once for all its pages.
 */
@Component({
  selector: 'app-portal-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzLayoutModule,
    NzMenuModule,
    NzResultModule,
    NzSpinModule,
    TPipe,
    LanguageSwitchComponent,
    NotificationBellComponent,
  ],
  providers: [PortalContext],
  templateUrl: './portal-shell.component.html',
  styleUrl: './portal-shell.component.less',
})
export class PortalShellComponent {
  private readonly store = inject(AppConfigStore);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly context = inject(PortalContext);

  protected readonly nav = PORTAL_NAV;
  protected readonly tabs = PORTAL_NAV.filter((e) => e.tab);
  protected readonly more = PORTAL_NAV.filter((e) => !e.tab);
  protected readonly notificationLinks = PORTAL_LINKS;
  protected readonly moreOpen = signal(false);
  /** The "more" drawer is created on first use (phones only), then kept for its closing animation. */
  protected readonly moreUsed = signal(false);

  protected readonly userName = computed(() => {
    const user = this.store.currentUser();
    return user.displayName || user.userName || '';
  });

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  /** The nav entry of the open page (the longest match; '' is the overview). */
  protected readonly activePath = computed(() => {
    const path = this.url()
      .split(/[?#]/)[0]
      .replace(/^\/portal\/?/, '');
    return (
      PORTAL_NAV.find((e) => e.path && (path === e.path || path.startsWith(`${e.path}/`)))?.path ??
      ''
    );
  });
  /** "More" is lit while one of its pages is open. */
  protected readonly moreActive = computed(() =>
    this.more.some((e) => e.path === this.activePath()),
  );

  constructor() {
    void this.context.load();
  }

  protected openMore(): void {
    this.moreUsed.set(true);
    this.moreOpen.set(true);
  }

  protected link(entry: PortalNavEntry): string[] {
    return entry.path ? ['/portal', entry.path] : ['/portal'];
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
