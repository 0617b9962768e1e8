import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Params, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import { DateTextPipe } from '../../shared/format.pipes';
import {
  NEED_CATEGORIES,
  NEED_STATUSES,
  NEED_STATUS_COLORS,
  NeedCategory,
  NeedFilters,
  NeedPage,
  NeedStatus,
  NeedsApi,
} from '../shared/needs-api.service';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SIZE = 20;
const EMPTY_PAGE: NeedPage = { totalCount: 0, items: [] };

interface NeedQuery extends NeedFilters {
  page: number;
  size: number;
}

function fromParams(p: ParamMap): NeedQuery {
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  const status = p.get('status');
  const category = p.get('category');
  return {
    status: (NEED_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as NeedStatus)
      : null,
    category: (NEED_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as NeedCategory)
      : null,
    responsibleUnitId: p.get('unit') || null,
    overdueOnly: p.get('overdue') === 'true',
    returnedOnly: p.get('returned') === 'true',
    filter: p.get('filter') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, 100) : DEFAULT_SIZE,
  };
}

function toParams(q: NeedQuery): Params {
  return {
    status: q.status,
    category: q.category,
    unit: q.responsibleUnitId,
    overdue: q.overdueOnly ? 'true' : null,
    returned: q.returnedOnly ? 'true' : null,
    filter: q.filter || null,
    page: q.page > 1 ? q.page : null,
    size: q.size !== DEFAULT_SIZE ? q.size : null,
  };
}

/** 诉求台账: every need with its status and due date, filtered and exported. */
@Component({
  selector: 'app-need-ledger-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './need-ledger.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class NeedLedgerPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(NeedsApi);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly statuses = NEED_STATUSES;
  protected readonly categories = NEED_CATEGORIES;
  protected readonly statusColors = NEED_STATUS_COLORS;
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(fromParams)), {
    requireSync: true,
  });
  protected readonly filterText = linkedSignal(() => this.query().filter ?? '');
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.getList(params, (params.page - 1) * params.size, params.size),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly exporting = signal(false);

  protected change(change: Partial<NeedQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toParams({ ...this.query(), page: 1, ...change }),
    });
  }

  protected search(): void {
    this.change({ filter: this.filterText().trim() });
  }

  protected onPageIndex(page: number): void {
    if (page !== this.query().page) {
      this.change({ page });
    }
  }

  protected onPageSize(size: number): void {
    if (size !== this.query().size) {
      this.change({ size });
    }
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(this.api.export(this.query()));
      if (response.body) {
        saveBlob(
          response.body,
          downloadFileName(response) ?? `${this.localization.t('NeedPage:ExportFileName')}.xlsx`,
        );
      }
    } catch {
      this.message.error(this.localization.t('VisitPage:ExportFailed'));
    } finally {
      this.exporting.set(false);
    }
  }
}
