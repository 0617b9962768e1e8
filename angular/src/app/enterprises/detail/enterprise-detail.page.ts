import { Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Policies } from '../../core/auth/policies';
import { AppConfigStore } from '../../core/config/app-config.store';
import { problemMessage, toProblemDetails } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { EnterpriseApi } from '../shared/enterprise-api.service';
import { Notifier } from '../../core/notify/notifier';
import { LadderBadgesComponent } from '../../cultivation/enterprise/ladder-badges.component';
import { MembershipTimelineComponent } from '../../cultivation/enterprise/membership-timeline.component';
import { ProposeModalComponent } from '../../cultivation/enterprise/propose-modal.component';
import { Membership } from '../../cultivation/shared/cultivation-api.service';
import { CultivationPolicies } from '../../cultivation/shared/cultivation-policies';
import { EligibilityTabComponent } from '../eligibility/eligibility-tab.component';
import { QualificationTabComponent } from '../qualifications/qualification-tab.component';
import { YearlyDataPolicies } from '../yearly-data/yearly-data-policies';
import { YearlyDataTabComponent } from '../yearly-data/yearly-data-tab.component';
import { EnterpriseVisitTimelineComponent } from '../../visits/enterprise-timeline/enterprise-visit-timeline.component';
import { VisitPolicies } from '../../visits/shared/visit-policies';

/**
 * One enterprise: its profile, contacts and tags, with edit and delete as permitted; its ladder rungs,
 * and tabs for its yearly data, its pool history, its qualifications and its eligibility; proposing it
 * for the pool.
 */
@Component({
  selector: 'app-enterprise-detail-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSpinModule,
    NzTableModule,
    NzTabsModule,
    NzTagModule,
    LadderBadgesComponent,
    MembershipTimelineComponent,
    ProposeModalComponent,
    QualificationTabComponent,
    EligibilityTabComponent,
    YearlyDataTabComponent,
    EnterpriseVisitTimelineComponent,
    TPipe,
  ],
  templateUrl: './enterprise-detail.page.html',
  styleUrl: './enterprise-detail.page.less',
})
export class EnterpriseDetailPage {
  private readonly api = inject(EnterpriseApi);
  private readonly store = inject(AppConfigStore);
  private readonly router = inject(Router);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly canUpdate = computed(() => this.store.isGranted(Policies.enterprisesUpdate));
  protected readonly canDelete = computed(() => this.store.isGranted(Policies.enterprisesDelete));
  protected readonly deleting = signal(false);
  protected readonly canPropose = computed(() => this.store.isGranted(CultivationPolicies.propose));
  protected readonly showLadders = computed(
    () =>
      this.store.isGranted(CultivationPolicies.qualifications) ||
      this.store.isGranted(CultivationPolicies.view),
  );
  protected readonly showYearlyData = computed(() => this.store.isGranted(YearlyDataPolicies.view));
  protected readonly showPool = computed(() => this.store.isGranted(CultivationPolicies.view));
  protected readonly showQualifications = computed(() =>
    this.store.isGranted(CultivationPolicies.qualifications),
  );
  /** 认定评估: read with the qualifications permission, as the server checks it. */
  protected readonly showEligibility = computed(() =>
    this.store.isGranted(CultivationPolicies.qualifications),
  );
  protected readonly showVisits = computed(() => this.store.isGranted(VisitPolicies.visits));
  protected readonly selectedTab = signal(0);
  protected readonly proposing = signal(false);
  /** Bumped after a proposal so the pool tab loads the new membership. */
  protected readonly membershipsVersion = signal(0);
  /** Bumped after a qualification was recorded or deleted so the ladder badges load again. */
  protected readonly laddersVersion = signal(0);

  protected readonly enterprise = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loadError = computed(() => {
    const error = this.enterprise.error();
    return error
      ? (problemMessage(toProblemDetails(error)) ?? this.localization.t('Ui:LoadFailed'))
      : null;
  });

  protected onProposed(membership: Membership | null): void {
    this.proposing.set(false);
    if (membership) {
      this.message.success(this.localization.t('PoolPage:Proposed'));
      this.membershipsVersion.update((v) => v + 1);
      if (this.showPool()) {
        this.selectedTab.set(this.showYearlyData() ? 1 : 0);
      }
    }
  }

  protected onQualificationsChanged(): void {
    this.laddersVersion.update((v) => v + 1);
  }

  protected async delete(): Promise<void> {
    this.deleting.set(true);
    try {
      await firstValueFrom(this.api.delete(this.id()));
      this.message.success(this.localization.t('Ui:Deleted'));
      await this.router.navigate(['/enterprises']);
    } catch (e) {
      const problem = toProblemDetails(e);
      if (
        problem.status !== 401 &&
        problem.status !== 403 &&
        (problem.status ?? 0) > 0 &&
        (problem.status ?? 0) < 500
      ) {
        this.message.error(problemMessage(problem) ?? this.localization.t('Ui:DeleteFailed'));
      }
    } finally {
      this.deleting.set(false);
    }
  }
}
