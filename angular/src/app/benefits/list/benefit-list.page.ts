import {
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { downloadExport } from '../../platforms/shared/export-file';
import { PAGE_SIZES } from '../../platforms/shared/page-query';
import { AmountPipe, DateTextPipe, formatAmount } from '../../shared/format.pipes';
import { EnterpriseOptions } from '../../visits/form/enterprise-options';
import { BenefitFormComponent } from '../form/benefit-form.component';
import { BenefitPolicies } from '../shared/benefit-policies';
import {
  BENEFIT_POLICIES,
  BenefitGrant,
  BenefitPage,
  BenefitsApi,
} from '../shared/benefits-api.service';
import {
  BenefitQuery,
  benefitQueryFromParams,
  benefitQueryToParams,
  benefitYears,
} from './benefit-query';

const EMPTY_PAGE: BenefitPage = { totalCount: 0, totalAmount: 0, items: [] };

/** 惠企资金台账: grants by enterprise, policy and year, the total of the filtered rows, export and edits. */
@Component({
  selector: 'app-benefit-list-page',
  imports: [
    AmountPipe,
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    BenefitFormComponent,
    TPipe,
  ],
  providers: [EnterpriseOptions],
  templateUrl: './benefit-list.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class BenefitListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(BenefitsApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  protected readonly enterprises = inject(EnterpriseOptions);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly policies = BENEFIT_POLICIES;
  protected readonly years = benefitYears(new Date());
  protected readonly canManage = computed(() => this.store.isGranted(BenefitPolicies.manage));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(benefitQueryFromParams)), {
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
  protected readonly totalText = computed(() =>
    this.localization.t(
      'Benefits:Page.TotalAmount',
      formatAmount(this.page().totalAmount),
      this.page().totalCount,
    ),
  );
  protected readonly exporting = signal(false);
  protected readonly deleting = signal<string | null>(null);
  protected readonly editing = signal<{ grant: BenefitGrant | null } | null>(null);
  /** A new grant starts with the filtered enterprise. */
  protected readonly filteredEnterprise = computed(() => {
    const id = this.query().enterpriseId;
    return id ? { id, name: this.enterprises.nameOf(id) } : null;
  });

  constructor() {
    this.enterprises.selectedId = () => this.query().enterpriseId;
    // Arriving with ?enterprise=<id> (an enterprise's link), the filter learns the name from the rows.
    effect(() => {
      const id = this.query().enterpriseId;
      const row = this.page().items.find((g) => g.enterpriseId === id);
      if (id && row) {
        untracked(() => this.enterprises.keep(id, row.enterpriseName));
      }
    });
  }

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onFilter(change: Partial<BenefitQuery>): void {
    this.navigate({ ...change, page: 1 });
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

  protected create(): void {
    this.editing.set({ grant: null });
  }

  protected edit(grant: BenefitGrant): void {
    this.editing.set({ grant });
  }

  protected onFinished(saved: BenefitGrant | null): void {
    this.editing.set(null);
    if (saved) {
      this.message.success(this.localization.t('Ui:Saved'));
      this.result.reload();
    }
  }

  protected async remove(grant: BenefitGrant): Promise<void> {
    this.deleting.set(grant.id);
    try {
      await firstValueFrom(this.api.delete(grant.id));
      this.message.success(this.localization.t('Ui:Deleted'));
    } catch {
      // Announced by the HTTP interceptor.
    } finally {
      this.deleting.set(null);
      this.result.reload();
    }
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    const done = await downloadExport(
      this.api.export(this.query()),
      this.localization.t('Benefits:Page.ExportFileName'),
    );
    if (!done) {
      this.message.error(this.localization.t('Platforms:Page.ExportFailed'));
    }
    this.exporting.set(false);
  }

  private navigate(change: Partial<BenefitQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: benefitQueryToParams({ ...this.query(), ...change }),
    });
  }
}
