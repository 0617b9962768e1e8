import { Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { toActionProblem } from '../../cultivation/shared/action-problem';
import { LookupsService } from '../../lookups/lookups.service';
import { DateTextPipe } from '../../shared/format.pipes';
import {
  CertificationApi,
  RecertificationPage as RecertificationResult,
} from '../shared/certification-api.service';
import { saveWorkbook } from '../shared/download';
import { PHONE, mediaMatches } from '../../shared/media';
import { daysLeftView } from './days-left';
import {
  PAGE_SIZES,
  RecertificationQuery,
  chinaYear,
  recertificationFilters,
  recertificationPaging,
  recertificationQueryFromParams,
  recertificationQueryToParams,
  yearOptions,
} from './recertification-query';

const EMPTY_PAGE: RecertificationResult = { totalCount: 0, items: [] };

/**
 * 高企临期名单: the 高新技术企业 certificates expiring in a year, soonest first, with how many days
 * are left and whether the enterprise already holds a later certificate; export.
 */
@Component({
  selector: 'app-recertifications-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './recertifications.page.html',
  styleUrl: './recertifications.page.less',
})
export class RecertificationsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(CertificationApi);
  private readonly lookups = inject(LookupsService);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  private readonly currentYear = chinaYear();
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly phone = mediaMatches(PHONE);

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => recertificationQueryFromParams(params, this.currentYear)),
    ),
    { requireSync: true },
  );
  protected readonly years = computed(() => yearOptions(this.currentYear, this.query().year));
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.getRecertifications(recertificationFilters(params), recertificationPaging(params)),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly rows = computed(() =>
    this.page().items.map((item) => ({
      item,
      daysLeft: daysLeftView(item.daysLeft, item.renewed),
    })),
  );

  protected readonly subDistricts = toSignal(this.lookups.subDistricts(), { initialValue: [] });
  protected readonly incubators = toSignal(this.lookups.incubators(), { initialValue: [] });
  protected readonly exporting = signal(false);

  protected onYear(year: number): void {
    this.navigate({ year, page: 1 });
  }

  protected onSubDistrict(code: string | null): void {
    this.navigate({ subDistrictCode: code || null, page: 1 });
  }

  protected onIncubator(id: string | null): void {
    this.navigate({ incubatorId: id || null, page: 1 });
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
        this.api.exportRecertifications(recertificationFilters(this.query())),
      );
      saveWorkbook(response, this.localization.t('RecertPage:ExportFileName'));
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.message.error(problem.message ?? this.localization.t('RecertPage:ExportFailed'));
      }
    } finally {
      this.exporting.set(false);
    }
  }

  private navigate(change: Partial<RecertificationQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: recertificationQueryToParams({ ...this.query(), ...change }, this.currentYear),
    });
  }
}
