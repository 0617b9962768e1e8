import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';
import { LookupsService } from '../../lookups/lookups.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import { VisitPolicies } from '../shared/visit-policies';
import { VISIT_KINDS, VisitKind, VisitPage, VisitsApi } from '../shared/visits-api.service';
import { VisitKpiCardsComponent } from './kpi-cards.component';
import { VisitKpiTablesComponent } from './kpi-tables.component';
import { PAGE_SIZES, VisitQuery, visitQueryFromParams, visitQueryToParams } from './visit-query';

const EMPTY_PAGE: VisitPage = { totalCount: 0, items: [] };

/** 走访台账: the campaign's figures, the visits with filters, export, and a new visit. */
@Component({
  selector: 'app-visit-list-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzBadgeModule,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    VisitKpiCardsComponent,
    VisitKpiTablesComponent,
    TPipe,
  ],
  templateUrl: './visit-list.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class VisitListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(VisitsApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly kinds = VISIT_KINDS;
  protected readonly canCreate = computed(() => this.store.isGranted(VisitPolicies.visitsCreate));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(visitQueryFromParams)), {
    requireSync: true,
  });
  protected readonly filterText = linkedSignal(() => this.query().filter ?? '');
  protected readonly range = computed(() => {
    const q = this.query();
    return q.from && q.to ? [parseIsoDate(q.from)!, parseIsoDate(q.to)!] : [];
  });

  protected readonly kpis = rxResource({
    params: () => ({ from: this.query().from, to: this.query().to }),
    stream: ({ params }) => this.api.getKpis(params.from, params.to),
  });
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.getList(params, (params.page - 1) * params.size, params.size),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly subDistricts = toSignal(inject(LookupsService).subDistricts(), {
    initialValue: [],
  });
  protected readonly exporting = signal(false);

  /** Officers to filter by: those who may be named on a visit, and those the figures list. */
  private readonly officerOptions = toSignal(
    this.canCreate() ? this.api.getOfficerOptions().pipe(catchError(() => of([]))) : of([]),
    { initialValue: [] },
  );
  protected readonly officers = computed(() => {
    const names = new Map(this.officerOptions().map((o) => [o.id, o.displayName]));
    for (const o of this.kpis.hasValue() ? this.kpis.value().officers : []) {
      if (!names.has(o.officerId)) {
        names.set(o.officerId, o.displayName);
      }
    }
    return [...names]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  });

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onRange(range: Date[] | null): void {
    this.navigate({
      from: formatIsoDate(range?.[0]) ?? null,
      to: formatIsoDate(range?.[1]) ?? null,
      page: 1,
    });
  }

  protected onSubDistrict(code: string | null): void {
    this.navigate({ subDistrictCode: code || null, page: 1 });
  }

  protected onOfficer(officerId: string | null): void {
    this.navigate({ officerId: officerId || null, page: 1 });
  }

  protected onKind(kind: VisitKind | null): void {
    this.navigate({ kind: kind || null, page: 1 });
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
    this.kpis.reload();
    this.result.reload();
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(this.api.export(this.query()));
      if (response.body) {
        saveBlob(
          response.body,
          downloadFileName(response) ?? `${this.localization.t('VisitPage:ExportFileName')}.xlsx`,
        );
      }
    } catch {
      this.message.error(this.localization.t('VisitPage:ExportFailed'));
    } finally {
      this.exporting.set(false);
    }
  }

  private navigate(change: Partial<VisitQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: visitQueryToParams({ ...this.query(), ...change }),
    });
  }
}
