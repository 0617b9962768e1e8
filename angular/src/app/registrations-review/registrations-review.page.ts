import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { Policies } from '../core/auth/policies';
import { AppConfigStore } from '../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../core/http/problem-details';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { Notifier } from '../core/notify/notifier';
import { ProfileChangeCardComponent } from './profile-change-card.component';
import { RegistrationCardComponent } from './registration-card.component';
import { RejectModalComponent, RejectOutcome } from './reject-modal.component';
import { REVIEW_PAGE_SIZE, ReviewApi, ReviewTarget } from './review-api.service';
import { ReviewPolicies } from './review-policies';
import { REVIEW_STATUSES, REVIEW_TABS, ReviewQuery, fromParams, toParams } from './review-query';

const EMPTY = { totalCount: 0, items: [] };

/**
 * 注册审核 (/registrations): the bureau verifies self-registrations and claims, and the key-field
 * changes enterprises ask for. Tab, status, search and page live in the URL.
 */
@Component({
  selector: 'app-registrations-review-page',
  imports: [
    FormsModule,
    NzBadgeModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzPaginationModule,
    NzSelectModule,
    NzSpinModule,
    NzTabsModule,
    ProfileChangeCardComponent,
    RegistrationCardComponent,
    RejectModalComponent,
    TPipe,
  ],
  templateUrl: './registrations-review.page.html',
  styleUrls: ['../shared/list-page.less', './registrations-review.page.less'],
})
export class RegistrationsReviewPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(ReviewApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly tabs = REVIEW_TABS;
  protected readonly statuses = REVIEW_STATUSES;
  protected readonly pageSize = REVIEW_PAGE_SIZE;
  protected readonly canVerify = computed(() => this.store.isGranted(ReviewPolicies.verify));
  protected readonly canOpenEnterprise = computed(() => this.store.isGranted(Policies.enterprises));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(fromParams)), {
    requireSync: true,
  });
  protected readonly tabIndex = computed(() => REVIEW_TABS.indexOf(this.query().tab));
  protected readonly filterText = linkedSignal(() => this.query().filter);

  protected readonly registrations = rxResource({
    params: () => (this.query().tab === 'registrations' ? this.query() : undefined),
    stream: ({ params }) => this.api.registrationPage(params),
  });
  protected readonly changes = rxResource({
    params: () => (this.query().tab === 'changes' ? this.query() : undefined),
    stream: ({ params }) => this.api.changePage(params),
  });
  protected readonly registrationPage = computed(() =>
    this.registrations.hasValue() ? this.registrations.value() : EMPTY,
  );
  protected readonly changePage = computed(() =>
    this.changes.hasValue() ? this.changes.value() : EMPTY,
  );
  protected readonly current = computed(() =>
    this.query().tab === 'registrations' ? this.registrations : this.changes,
  );
  protected readonly total = computed(() =>
    this.query().tab === 'registrations'
      ? this.registrationPage().totalCount
      : this.changePage().totalCount,
  );

  /** Waiting in each queue, for the tab badges; a failure just hides them. */
  protected readonly pending = rxResource({
    stream: () => this.api.pendingCounts().pipe(catchError(() => of(null))),
  });

  /** The item being approved (its buttons spin). */
  protected readonly approving = signal<string | null>(null);
  protected readonly rejectTarget = signal<ReviewTarget | null>(null);

  protected change(change: Partial<ReviewQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toParams({ ...this.query(), page: 1, ...change }),
    });
  }

  protected selectTab(index: number): void {
    const tab = REVIEW_TABS[index];
    if (tab && tab !== this.query().tab) {
      this.change({ tab, filter: '' });
    }
  }

  protected search(): void {
    this.change({ filter: this.filterText().trim() });
  }

  protected onPageIndex(page: number): void {
    if (page !== this.query().page) {
      this.change({ page });
    }
  }

  protected target(id: string, name: string, concurrencyStamp: string): ReviewTarget {
    return { tab: this.query().tab, id, name, concurrencyStamp };
  }

  protected async approve(target: ReviewTarget): Promise<void> {
    this.approving.set(target.id);
    try {
      await firstValueFrom(this.api.approve(target));
      this.message.success(this.localization.t('Review:Approved', target.name));
      this.reload();
    } catch (e) {
      const problem = toProblemDetails(e);
      const status = problem.status ?? 0;
      if (status === 409 || status === 404) {
        // Decided or changed by someone else meanwhile: say so and show the queue as it is now.
        this.message.error(problemMessage(problem) ?? this.localization.t('Review:Stale'));
        this.reload();
      } else if (status >= 400 && status < 500 && status !== 401 && status !== 403) {
        this.message.error(problemMessage(problem) ?? this.localization.t('Ui:SaveFailed'));
      }
    } finally {
      this.approving.set(null);
    }
  }

  protected onRejectFinished(outcome: RejectOutcome): void {
    const target = this.rejectTarget();
    this.rejectTarget.set(null);
    if (outcome.kind === 'rejected') {
      this.message.success(this.localization.t('Review:Rejected', target?.name ?? ''));
      this.reload();
    } else if (outcome.kind === 'stale') {
      this.message.error(outcome.message || this.localization.t('Review:Stale'));
      this.reload();
    }
  }

  protected reload(): void {
    this.current().reload();
    this.pending.reload();
  }
}
