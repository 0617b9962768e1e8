import { Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, of } from 'rxjs';
import { TPipe } from '../../core/localization/t.pipe';
import { LadderBadgesComponent } from '../../cultivation/enterprise/ladder-badges.component';
import { CultivationApi } from '../../cultivation/shared/cultivation-api.service';
import { MEMBERSHIP_STATUS_COLORS, STAGE_COLORS } from '../../cultivation/shared/stage-colors';
import { chinaToday } from '../../enterprises/eligibility/eligibility-view';
import {
  YearlyDataApi,
  YearlyDataStatus,
} from '../../enterprises/yearly-data/yearly-data-api.service';
import { STATUS_COLORS } from '../../enterprises/yearly-data/yearly-figures';
import { NeedsApi } from '../../needs/shared/needs-api.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { PORTAL_NAV } from '../shell/portal-nav';
import { PortalApi } from '../shared/portal-api.service';
import { openMembership } from '../shared/open-membership';
import { PortalContext } from '../shared/portal-context';

/** How many past fiscal years the overview shows. */
const RECENT_YEARS = 3;

/** The fiscal years to show: the last closed one and those before it. */
export function recentFiscalYears(today: string = chinaToday(), count = RECENT_YEARS): number[] {
  const last = Number(today.slice(0, 4)) - 1;
  return Array.from({ length: count }, (_, i) => last - i);
}

/**
 * 首页: the enterprise at a glance — its record and rungs, its place in the pool, its needs, the
 * status of recent yearly data, unread messages — with the way to each page.
 */
@Component({
  selector: 'app-portal-overview-page',
  imports: [
    DateTextPipe,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzSpinModule,
    NzTagModule,
    LadderBadgesComponent,
    TPipe,
  ],
  templateUrl: './portal-overview.page.html',
  styleUrls: ['../shared/portal-page.less', './portal-overview.page.less'],
})
export class PortalOverviewPage {
  private readonly cultivation = inject(CultivationApi);
  private readonly yearlyData = inject(YearlyDataApi);
  private readonly needsApi = inject(NeedsApi);
  private readonly portalApi = inject(PortalApi);
  protected readonly context = inject(PortalContext);

  protected readonly stageColors = STAGE_COLORS;
  protected readonly membershipColors = MEMBERSHIP_STATUS_COLORS;
  protected readonly yearColors = STATUS_COLORS;
  protected readonly links = PORTAL_NAV.filter((e) => e.path !== '');

  private readonly id = this.context.enterpriseId;

  protected readonly memberships = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.cultivation.getMemberships(params),
  });
  protected readonly membership = computed(() =>
    this.memberships.hasValue() ? openMembership(this.memberships.value()) : null,
  );

  protected readonly qualifications = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.cultivation.getQualifications(params),
  });

  protected readonly needs = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.needsApi.getList({ enterpriseId: params }, 0, 100),
  });
  protected readonly openNeeds = computed(() =>
    this.needs.hasValue()
      ? this.needs.value().items.filter((n) => n.status !== 'Closed' && n.status !== 'Unresolvable')
          .length
      : null,
  );
  protected readonly answeredNeeds = computed(() =>
    this.needs.hasValue()
      ? this.needs.value().items.filter((n) => n.status === 'Resolved').length
      : 0,
  );

  protected readonly years = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.yearlyData.getList(params),
  });
  /** Each recent year with its status, or null when nothing was entered for it. */
  protected readonly recentYears = computed(() => {
    const rows = this.years.hasValue() ? this.years.value() : [];
    return recentFiscalYears().map((year) => ({
      year,
      status: (rows.find((r) => r.fiscalYear === year)?.status ?? null) as YearlyDataStatus | null,
    }));
  });

  protected readonly unread = rxResource({
    stream: () => this.portalApi.unreadCount().pipe(catchError(() => of(null))),
  });
}
