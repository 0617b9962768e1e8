import { Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import {
  catchError,
  filter,
  firstValueFrom,
  interval,
  merge,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { TPipe } from '../core/localization/t.pipe';
import { NotificationDto, NotificationKind } from '../proxy/models';
import { NotificationService } from '../proxy/services';
import { DateTextPipe } from '../shared/format.pipes';

const POLL_MS = 60_000;

/** Where a notification leads: its need under `needs`, the other kinds by kind. */
export interface NotificationLinks {
  needs: string;
  kinds: Partial<Record<NotificationKind, string>>;
}

/** The bureau's pages; the enterprise portal passes its own. */
const BUREAU_LINKS: NotificationLinks = {
  needs: '/needs',
  kinds: { ReminderLetterIssued: '/reminder-letters' },
};

/**
 * The bell in the header: the unread count (every minute and after each navigation), and a drawer
 * with the latest notifications; opening one marks it read and shows its need.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [
    DateTextPipe,
    NzBadgeModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzSpinModule,
    TPipe,
  ],
  template: `
    <button
      nz-button
      nzType="text"
      type="button"
      class="bell"
      data-testid="notification-bell"
      [attr.aria-label]="'Notifications:Title' | t"
      (click)="open()"
    >
      <nz-badge [nzCount]="unread()" nzSize="small" data-testid="notification-count">
        <nz-icon nzType="bell" class="bell__icon" />
      </nz-badge>
    </button>
    <nz-drawer
      [nzVisible]="visible()"
      [nzTitle]="'Notifications:Title' | t"
      [nzExtra]="markAll"
      [nzWidth]="360"
      nzPlacement="right"
      (nzOnClose)="visible.set(false)"
    >
      <ng-template #markAll>
        <button
          nz-button
          nzType="link"
          type="button"
          data-testid="notification-read-all"
          [disabled]="unread() === 0"
          (click)="markAllRead()"
        >
          {{ 'Notifications:MarkAllRead' | t }}
        </button>
      </ng-template>
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (items().length === 0 && !loading()) {
            <p class="muted">{{ 'Notifications:None' | t }}</p>
          }
          <ul class="notes" data-testid="notification-list">
            @for (n of items(); track n.id) {
              <li>
                <button
                  type="button"
                  class="notes__item"
                  [class.notes__item--unread]="!n.isRead"
                  [attr.data-testid]="'notification-' + n.id"
                  (click)="select(n)"
                >
                  <span class="notes__text">{{ n.text }}</span>
                  <span class="notes__subject">{{ n.subject }}</span>
                  <span class="muted">{{ n.createdAt | dateText: true }}</span>
                </button>
              </li>
            }
          </ul>
        </nz-spin>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .bell {
      min-width: 44px;
      min-height: 44px;
    }
    .bell__icon {
      font-size: 18px;
    }
    .notes {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .notes__item {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      min-height: 44px;
      padding: 8px;
      text-align: left;
      background: none;
      border: 0;
      border-bottom: 1px solid #f0f0f0;
      cursor: pointer;
    }
    .notes__item--unread {
      background: #e6f4ff;
    }
    .notes__text {
      font-weight: 500;
    }
    .notes__subject {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class NotificationBellComponent {
  private readonly api = inject(NotificationService);
  private readonly router = inject(Router);

  readonly links = input<NotificationLinks>(BUREAU_LINKS);

  protected readonly unread = signal(0);
  protected readonly visible = signal(false);
  protected readonly loading = signal(false);
  protected readonly items = signal<NotificationDto[]>([]);

  constructor() {
    merge(interval(POLL_MS), this.router.events.pipe(filter((e) => e instanceof NavigationEnd)))
      .pipe(
        startWith(0),
        switchMap(() => this.api.notificationGetUnreadCount().pipe(catchError(() => of(null)))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((result) => {
        if (result) {
          this.unread.set(result.count);
        }
      });
  }

  protected async open(): Promise<void> {
    this.visible.set(true);
    await this.load();
  }

  protected async select(n: NotificationDto): Promise<void> {
    if (!n.isRead) {
      await firstValueFrom(this.api.notificationMarkRead({ id: n.id })).catch(() => undefined);
      this.items.update((list) => list.map((i) => (i.id === n.id ? { ...i, isRead: true } : i)));
      this.unread.update((c) => Math.max(c - 1, 0));
    }
    this.visible.set(false);
    const links = this.links();
    const page = links.kinds[n.kind];
    if (n.needId) {
      await this.router.navigate([links.needs, n.needId]);
    } else if (page) {
      await this.router.navigate([page]);
    }
  }

  protected async markAllRead(): Promise<void> {
    await firstValueFrom(this.api.notificationMarkAllRead()).catch(() => undefined);
    this.items.update((list) => list.map((i) => ({ ...i, isRead: true })));
    this.unread.set(0);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.api.notificationGetList({ maxResultCount: 30 }));
      this.items.set(page.items);
    } catch {
      // The interceptor has said it.
    } finally {
      this.loading.set(false);
    }
  }
}
