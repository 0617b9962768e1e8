import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, map } from 'rxjs';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { LookupsService } from '../../lookups/lookups.service';
import { DateTextPipe } from '../../shared/format.pipes';
import { PlatformFormComponent } from '../form/platform-form.component';
import { PAGE_SIZES } from '../shared/page-query';
import { PlatformPolicies } from '../shared/platform-policies';
import {
  PLATFORM_KINDS,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  Platform,
  PlatformPage,
  PlatformsApi,
} from '../shared/platforms-api.service';
import { downloadExport } from '../shared/export-file';
import { PlatformQuery, platformQueryFromParams, platformQueryToParams } from './platform-query';

const EMPTY_PAGE: PlatformPage = { totalCount: 0, items: [] };

/** 科技创新平台: the register with filters kept in the URL, server paging, export and the edit drawer. */
@Component({
  selector: 'app-platform-list-page',
  imports: [
    DateTextPipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    PlatformFormComponent,
    TPipe,
  ],
  templateUrl: './platform-list.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class PlatformListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(PlatformsApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly kinds = PLATFORM_KINDS;
  protected readonly levels = PLATFORM_LEVELS;
  protected readonly statuses = PLATFORM_STATUSES;
  protected readonly canManage = computed(() => this.store.isGranted(PlatformPolicies.manage));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(platformQueryFromParams)), {
    requireSync: true,
  });
  protected readonly filterText = linkedSignal(() => this.query().filter ?? '');
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.getPlatforms(params, (params.page - 1) * params.size, params.size),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly subDistricts = toSignal(inject(LookupsService).subDistricts(), {
    initialValue: [],
  });
  protected readonly exporting = signal(false);
  protected readonly deleting = signal<string | null>(null);
  /** The drawer: null closed, `{ platform: null }` creating, else editing that platform. */
  protected readonly editing = signal<{ platform: Platform | null } | null>(null);

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onFilter(change: Partial<PlatformQuery>): void {
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
    this.editing.set({ platform: null });
  }

  protected edit(platform: Platform): void {
    this.editing.set({ platform });
  }

  protected onFinished(saved: Platform | null): void {
    this.editing.set(null);
    if (saved) {
      this.message.success(this.localization.t('Ui:Saved'));
      this.result.reload();
    }
  }

  protected async remove(platform: Platform): Promise<void> {
    this.deleting.set(platform.id);
    try {
      await firstValueFrom(this.api.deletePlatform(platform.id));
      this.message.success(this.localization.t('Ui:Deleted'));
      this.result.reload();
    } catch {
      // 403/404/5xx are announced by the HTTP interceptor; the list may be out of date.
      this.result.reload();
    } finally {
      this.deleting.set(null);
    }
  }

  protected async export(): Promise<void> {
    this.exporting.set(true);
    const done = await downloadExport(
      this.api.exportPlatforms(this.query()),
      this.localization.t('Platforms:Page.ExportFileName'),
    );
    if (!done) {
      this.message.error(this.localization.t('Platforms:Page.ExportFailed'));
    }
    this.exporting.set(false);
  }

  private navigate(change: Partial<PlatformQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: platformQueryToParams({ ...this.query(), ...change }),
    });
  }
}
