import { Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { CultivationPolicies } from '../../cultivation/shared/cultivation-policies';
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions, techFieldPath } from '../../lookups/tech-field-tree';
import { DateTextPipe } from '../../shared/format.pipes';
import {
  CANDIDATE_KINDS,
  CandidatePage as CandidateResult,
  CertificationApi,
  EligibilityVerdict,
  QualificationKind,
  RefreshResult,
  VERDICTS,
} from '../shared/certification-api.service';
import { saveWorkbook } from '../shared/download';
import { PHONE, mediaMatches } from '../../shared/media';
import { VERDICT_COLORS, toCandidateRow } from './candidate-display';
import { CandidateGapsComponent } from './candidate-gaps.component';
import {
  CandidateQuery,
  PAGE_SIZES,
  candidateFilters,
  candidatePaging,
  candidateQueryFromParams,
  candidateQueryToParams,
  isNarrowed,
} from './candidate-query';

const EMPTY_PAGE: CandidateResult = { totalCount: 0, items: [] };

/**
 * 培育名单: per kind, the enterprises ranked by the eligibility engine's stored verdicts (eligible
 * first, then those to check, then by score), with their main gaps; export, and a refresh for
 * those who manage qualifications.
 */
@Component({
  selector: 'app-candidates-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCascaderModule,
    NzEmptyModule,
    NzIconModule,
    NzPaginationModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    CandidateGapsComponent,
    TPipe,
  ],
  templateUrl: './candidates.page.html',
  styleUrl: './candidates.page.less',
})
export class CandidatesPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(CertificationApi);
  private readonly lookups = inject(LookupsService);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly kinds = CANDIDATE_KINDS;
  protected readonly verdicts = VERDICTS;
  protected readonly verdictColors = VERDICT_COLORS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly phone = mediaMatches(PHONE);
  protected readonly canRefresh = computed(() =>
    this.store.isGranted(CultivationPolicies.qualificationsManage),
  );

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(map(candidateQueryFromParams)),
    { requireSync: true },
  );
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.getCandidates(candidateFilters(params), candidatePaging(params)),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly rows = computed(() => {
    const first = candidatePaging(this.query()).skipCount + 1;
    return this.page().items.map((item, i) => toCandidateRow(item, first + i));
  });
  /** Unfiltered and empty: nothing computed yet for this kind, so say where the list comes from. */
  protected readonly emptyText = computed(() =>
    this.localization.t(
      isNarrowed(this.query())
        ? 'CandidatePage:NoMatch'
        : this.canRefresh()
          ? 'CandidatePage:NotComputedRefresh'
          : 'CandidatePage:NotComputed',
    ),
  );

  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  private readonly techFields = toSignal(this.lookups.techFields(), { initialValue: [] });
  protected readonly techFieldOptions = computed(() => buildTechFieldOptions(this.techFields()));
  protected readonly industryFieldPath = computed(() => {
    const path = techFieldPath(this.techFields(), this.query().industryFieldCode);
    return path.length > 0 ? path : null;
  });

  protected readonly exporting = signal(false);
  protected readonly refreshing = signal(false);
  protected readonly refreshed = signal<RefreshResult | null>(null);

  protected onKind(kind: QualificationKind): void {
    if (kind !== this.query().kind) {
      this.navigate({ kind, page: 1 });
    }
  }

  protected onSubDistrict(code: string | null): void {
    this.navigate({ subDistrictCode: code || null, page: 1 });
  }

  protected onIndustryField(path: string[] | null): void {
    this.navigate({ industryFieldCode: path?.at(-1) ?? null, page: 1 });
  }

  protected onVerdict(verdict: EligibilityVerdict | null): void {
    this.navigate({ verdict: verdict || null, page: 1 });
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

  protected async export(): Promise<void> {
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(
        this.api.exportCandidates(candidateFilters(this.query())),
      );
      saveWorkbook(response, this.localization.t('CandidatePage:ExportFileName'));
    } catch (e) {
      this.fail(e, 'CandidatePage:ExportFailed');
    } finally {
      this.exporting.set(false);
    }
  }

  protected async refresh(): Promise<void> {
    this.refreshing.set(true);
    this.refreshed.set(null);
    try {
      this.refreshed.set(await firstValueFrom(this.api.refreshCandidates()));
      this.result.reload();
    } catch (e) {
      this.fail(e, 'CandidatePage:RefreshFailed');
    } finally {
      this.refreshing.set(false);
    }
  }

  private fail(error: unknown, fallbackKey: string): void {
    const problem = toActionProblem(error);
    if (problem.kind !== 'announced') {
      this.message.error(problem.message ?? this.localization.t(fallbackKey));
    }
  }

  private navigate(change: Partial<CandidateQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: candidateQueryToParams({ ...this.query(), ...change }),
    });
  }
}
