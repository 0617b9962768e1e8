import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { LookupsService } from '../../lookups/lookups.service';
import { downloadExport } from '../shared/export-file';
import { PAGE_SIZES } from '../shared/page-query';
import { PlatformPolicies } from '../shared/platform-policies';
import {
  INCUBATOR_KINDS,
  Incubator,
  IncubatorPage,
  PlatformLimits,
  PlatformsApi,
} from '../shared/platforms-api.service';
import { IncubatorFormComponent } from './incubator-form.component';
import { highTechProgress, incubatedProgress } from './incubator-progress';
import { TargetProgressComponent } from './target-progress.component';
import {
  IncubatorQuery,
  incubatorQueryFromParams,
  incubatorQueryToParams,
} from './incubator-query';

const EMPTY_PAGE: IncubatorPage = { totalCount: 0, items: [] };

/** 孵化载体: each incubator's enterprises and 高企 against its targets, as progress bars. */
@Component({
  selector: 'app-incubator-list-page',
  imports: [
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    IncubatorFormComponent,
    TargetProgressComponent,
    TPipe,
  ],
  templateUrl: './incubator-list.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class IncubatorListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(PlatformsApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly kinds = INCUBATOR_KINDS;
  protected readonly limits = PlatformLimits;
  protected readonly canManage = computed(() => this.store.isGranted(PlatformPolicies.manage));

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(map(incubatorQueryFromParams)),
    {
      requireSync: true,
    },
  );
  protected readonly filterText = linkedSignal(() => this.query().filter ?? '');
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.getIncubators(params, (params.page - 1) * params.size, params.size),
  });
  protected readonly rows = computed(() =>
    (this.result.hasValue() ? this.result.value() : EMPTY_PAGE).items.map((incubator) => ({
      incubator,
      incubated: incubatedProgress(incubator),
      highTech: highTechProgress(incubator),
    })),
  );
  protected readonly total = computed(() =>
    this.result.hasValue() ? this.result.value().totalCount : 0,
  );
  protected readonly subDistricts = toSignal(inject(LookupsService).subDistricts(), {
    initialValue: [],
  });
  protected readonly editing = signal<{ incubator: Incubator | null } | null>(null);
  protected readonly exporting = signal(false);

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onFilter(change: Partial<IncubatorQuery>): void {
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
    this.editing.set({ incubator: null });
  }

  protected edit(incubator: Incubator): void {
    this.editing.set({ incubator });
  }

  protected onFinished(saved: Incubator | null): void {
    this.editing.set(null);
    if (saved) {
      this.message.success(this.localization.t('Ui:Saved'));
      this.result.reload();
    }
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    const done = await downloadExport(
      this.api.exportIncubators(this.query()),
      this.localization.t('Platforms:IncubatorsPage.ExportFileName'),
    );
    if (!done) {
      this.message.error(this.localization.t('Platforms:Page.ExportFailed'));
    }
    this.exporting.set(false);
  }

  private navigate(change: Partial<IncubatorQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: incubatorQueryToParams({ ...this.query(), ...change }),
    });
  }
}
