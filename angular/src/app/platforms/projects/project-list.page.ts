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
import { AmountPipe, DateTextPipe } from '../../shared/format.pipes';
import { downloadExport } from '../shared/export-file';
import { PAGE_SIZES } from '../shared/page-query';
import { PlatformPolicies } from '../shared/platform-policies';
import {
  PROJECT_STATUSES,
  PlatformsApi,
  Project,
  ProjectPage,
} from '../shared/platforms-api.service';
import { ProjectFormComponent } from './project-form.component';
import {
  ProjectQuery,
  projectQueryFromParams,
  projectQueryToParams,
  projectYears,
} from './project-query';

const EMPTY_PAGE: ProjectPage = { totalCount: 0, items: [] };

/** 科技成果转化项目: by year, status and enterprise, with export and the edit drawer. */
@Component({
  selector: 'app-project-list-page',
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
    NzTagModule,
    ProjectFormComponent,
    TPipe,
  ],
  templateUrl: './project-list.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class ProjectListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(PlatformsApi);
  private readonly store = inject(AppConfigStore);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly statuses = PROJECT_STATUSES;
  protected readonly years = projectYears(new Date());
  protected readonly canManage = computed(() => this.store.isGranted(PlatformPolicies.manage));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(projectQueryFromParams)), {
    requireSync: true,
  });
  protected readonly filterText = linkedSignal(() => this.query().filter ?? '');
  protected readonly result = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.getProjects(params, (params.page - 1) * params.size, params.size),
  });
  protected readonly page = computed(() =>
    this.result.hasValue() ? this.result.value() : EMPTY_PAGE,
  );
  protected readonly exporting = signal(false);
  protected readonly deleting = signal<string | null>(null);
  protected readonly editing = signal<{ project: Project | null } | null>(null);

  protected search(): void {
    this.navigate({ filter: this.filterText().trim(), page: 1 });
  }

  protected onFilter(change: Partial<ProjectQuery>): void {
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
    this.editing.set({ project: null });
  }

  protected edit(project: Project): void {
    this.editing.set({ project });
  }

  protected onFinished(saved: Project | null): void {
    this.editing.set(null);
    if (saved) {
      this.message.success(this.localization.t('Ui:Saved'));
      this.result.reload();
    }
  }

  protected async remove(project: Project): Promise<void> {
    this.deleting.set(project.id);
    try {
      await firstValueFrom(this.api.deleteProject(project.id));
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
      this.api.exportProjects(this.query()),
      this.localization.t('Platforms:ProjectsPage.ExportFileName'),
    );
    if (!done) {
      this.message.error(this.localization.t('Platforms:Page.ExportFailed'));
    }
    this.exporting.set(false);
  }

  private navigate(change: Partial<ProjectQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: projectQueryToParams({ ...this.query(), ...change }),
    });
  }
}
