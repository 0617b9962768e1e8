import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCascaderModule } from 'ng-zorro-antd/cascader';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Policies } from '../../core/auth/policies';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';
import { ImportPolicies } from '../../imports/import-policies';
import { LookupsService } from '../../lookups/lookups.service';
import { buildTechFieldOptions, techFieldPath } from '../../lookups/tech-field-tree';
import { EnterpriseApi, EnterprisePage } from '../shared/enterprise-api.service';
import {
  CLASSIFICATIONS,
  Classification,
  EnterpriseListQuery,
  PAGE_SIZES,
  classificationsOf,
  SortableColumn,
  SortOrder,
  parseSorting,
  queryFromParams,
  queryToParams,
  toListRequest,
  toSorting,
  withClassifications,
} from './list-query';

const EMPTY_PAGE: EnterprisePage = { totalCount: 0, items: [] };

/** 企业库: server-side paged, sorted and filtered list; its state lives in the URL. */
@Component({
  selector: 'app-enterprise-list-page',
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCascaderModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './enterprise-list.page.html',
  styleUrl: './enterprise-list.page.less',
})
export class EnterpriseListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(EnterpriseApi);
  private readonly lookups = inject(LookupsService);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly classifications = CLASSIFICATIONS;
  protected readonly canCreate = computed(() => this.store.isGranted(Policies.enterprisesCreate));
  protected readonly canImport = computed(() => this.store.isGranted(ImportPolicies.import));
  protected readonly exporting = signal(false);

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(queryFromParams)), {
    requireSync: true,
  });
  /** What is typed in the search box; follows the URL, applied on Enter or the search button. */
  protected readonly filterText = linkedSignal(() => this.query().filter);
  protected readonly sort = computed(() => parseSorting(this.query().sorting));
  protected readonly chosenClassifications = computed(() => classificationsOf(this.query()));

  protected readonly result = rxResource({
    params: () => toListRequest(this.query()),
    stream: ({ params }) => this.api.getList(params),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );

  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  private readonly techFields = toSignal(this.lookups.techFields(), { initialValue: [] });
  protected readonly techFieldOptions = computed(() => buildTechFieldOptions(this.techFields()));
  /** null rather than [] when nothing is chosen, so the cascader shows its placeholder. */
  protected readonly industryFieldPath = computed(() => {
    const path = techFieldPath(this.techFields(), this.query().industryFieldCode);
    return path.length > 0 ? path : null;
  });

  protected sortOrder(column: SortableColumn): SortOrder {
    const sort = this.sort();
    return sort?.column === column ? sort.order : null;
  }

  protected onSort(column: SortableColumn, order: string | null): void {
    // The table resets the other columns to null as well: only the current one may clear the sorting.
    if (order === null && this.sort()?.column !== column) {
      return;
    }
    this.navigate({ sorting: toSorting(column, order as SortOrder), page: 1 });
  }

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onSubDistrict(code: string | null): void {
    this.navigate({ subDistrictCode: code || null, page: 1 });
  }

  protected onIndustryField(path: string[] | null): void {
    this.navigate({ industryFieldCode: path?.at(-1) ?? null, page: 1 });
  }

  protected onClassifications(chosen: Classification[] | null): void {
    this.navigate({ ...withClassifications(chosen), page: 1 });
  }

  /** The list as it is filtered and sorted, as .xlsx (every page). */
  protected async export(): Promise<void> {
    const { skipCount: _skip, maxResultCount: _max, ...filters } = toListRequest(this.query());
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(this.api.export(filters));
      if (response.body) {
        saveBlob(
          response.body,
          downloadFileName(response) ??
            `${this.localization.t('EnterprisePage:ExportFileName')}.xlsx`,
        );
      }
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('EnterprisePage:ExportFailed'));
      }
    } finally {
      this.exporting.set(false);
    }
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
    this.result.reload();
  }

  private navigate(change: Partial<EnterpriseListQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryToParams({ ...this.query(), ...change }),
    });
  }
}
