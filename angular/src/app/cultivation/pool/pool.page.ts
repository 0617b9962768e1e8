import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions, techFieldPath } from '../../lookups/tech-field-tree';
import { toActionProblem } from '../shared/action-problem';
import {
  CULTIVATION_STAGES,
  CultivationApi,
  CultivationStage,
  PoolItem,
  PoolResult,
  downloadFileName,
} from '../shared/cultivation-api.service';
import { CultivationPolicies } from '../shared/cultivation-policies';
import { saveBlob } from '../shared/download';
import {
  MembershipAction,
  MembershipActionModalComponent,
  MembershipActionOutcome,
  MembershipActionTarget,
} from '../shared/membership-action-modal.component';
import { STAGE_COLORS } from '../shared/stage-colors';
import {
  PAGE_SIZES,
  PoolQuery,
  PoolSortableColumn,
  SortOrder,
  parsePoolSorting,
  poolQueryFromParams,
  poolQueryToParams,
  toPoolRequest,
  toPoolSorting,
} from './pool-query';
import { AmountPipe, DateTextPipe } from '../../shared/format.pipes';

const EMPTY_PAGE: PoolResult = { totalCount: 0, items: [] };

/** 培育库: the pool's size against its floor, counts by stage, and the roster with its actions. */
@Component({
  selector: 'app-pool-page',
  imports: [
    DateTextPipe,
    AmountPipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCascaderModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    MembershipActionModalComponent,
    TPipe,
  ],
  templateUrl: './pool.page.html',
  styleUrl: './pool.page.less',
})
export class PoolPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(CultivationApi);
  private readonly lookups = inject(LookupsService);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly stages = CULTIVATION_STAGES;
  protected readonly stageColors = STAGE_COLORS;
  protected readonly canManage = computed(() => this.store.isGranted(CultivationPolicies.manage));
  protected readonly canReview = computed(() => this.store.isGranted(CultivationPolicies.review));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(poolQueryFromParams)), {
    requireSync: true,
  });
  protected readonly filterText = linkedSignal(() => this.query().filter);
  protected readonly minDays = linkedSignal(() => this.query().minDaysInStage);
  protected readonly sort = computed(() => parsePoolSorting(this.query().sorting));

  protected readonly summary = rxResource({ stream: () => this.api.getSummary() });
  protected readonly result = rxResource({
    params: () => toPoolRequest(this.query()),
    stream: ({ params }) => this.api.getPool(params),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  /** How many enterprises the pool lacks to reach its floor. */
  protected readonly shortfall = computed(() => {
    const s = this.summary.hasValue() ? this.summary.value() : null;
    return s ? Math.max(s.floor - s.size, 0) : 0;
  });

  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  protected readonly incubators = toSignal(this.lookups.incubators(), { initialValue: [] });
  protected readonly officers = toSignal(this.lookups.officers(), { initialValue: [] });
  private readonly techFields = toSignal(this.lookups.techFields(), { initialValue: [] });
  protected readonly techFieldOptions = computed(() => buildTechFieldOptions(this.techFields()));
  protected readonly industryFieldPath = computed(() => {
    const path = techFieldPath(this.techFields(), this.query().industryFieldCode);
    return path.length > 0 ? path : null;
  });

  protected readonly exporting = signal(false);
  protected readonly actionTarget = signal<MembershipActionTarget | null>(null);

  protected sortOrder(column: PoolSortableColumn): SortOrder {
    const sort = this.sort();
    return sort?.column === column ? sort.order : null;
  }

  protected onSort(column: PoolSortableColumn, order: string | null): void {
    if (order === null && this.sort()?.column !== column) {
      return;
    }
    this.navigate({ sorting: toPoolSorting(column, order as SortOrder), page: 1 });
  }

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), minDaysInStage: this.minDays(), page: 1 });
  }

  protected onStage(stage: CultivationStage | null): void {
    this.navigate({ stage: stage || null, page: 1 });
  }

  protected onSubDistrict(code: string | null): void {
    this.navigate({ subDistrictCode: code || null, page: 1 });
  }

  protected onIndustryField(path: string[] | null): void {
    this.navigate({ industryFieldCode: path?.at(-1) ?? null, page: 1 });
  }

  protected onIncubator(id: string | null): void {
    this.navigate({ incubatorId: id || null, page: 1 });
  }

  protected onOfficer(id: string | null): void {
    this.navigate({ responsibleOfficerId: id || null, page: 1 });
  }

  protected onPageIndex(page: number): void {
    if (page !== this.query().page) {
      this.navigate({ page });
    }
  }

  protected onPageSize(size: number): void {
    if (size !== this.query().size) {
      this.navigate({ size, page: 1 });
    }
  }

  protected reload(): void {
    this.summary.reload();
    this.result.reload();
  }

  protected async export(): Promise<void> {
    const { skipCount: _skip, maxResultCount: _max, ...filters } = toPoolRequest(this.query());
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(this.api.exportPool(filters));
      if (response.body) {
        saveBlob(
          response.body,
          downloadFileName(response) ?? `${this.localization.t('PoolPage:ExportFileName')}.xlsx`,
        );
      }
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('PoolPage:ExportFailed'));
      }
    } finally {
      this.exporting.set(false);
    }
  }

  protected open(action: MembershipAction, item: PoolItem): void {
    this.actionTarget.set({
      action,
      membershipId: item.membershipId,
      enterpriseId: item.enterpriseId,
      enterpriseName: item.enterpriseName,
      concurrencyStamp: item.concurrencyStamp,
      stage: item.stage,
    });
  }

  protected onActionFinished(outcome: MembershipActionOutcome): void {
    this.actionTarget.set(null);
    if (outcome.kind === 'saved') {
      this.message.success(this.localization.t('Ui:Saved'));
      this.reload();
    } else if (outcome.kind === 'stale') {
      this.message.error(outcome.message || this.localization.t('PoolPage:StaleReloaded'));
      this.reload();
    }
  }

  private navigate(change: Partial<PoolQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: poolQueryToParams({ ...this.query(), ...change }),
    });
  }
}
