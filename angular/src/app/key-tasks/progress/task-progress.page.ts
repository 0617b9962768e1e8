import { Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { AppConfigStore } from '../../core/config/app-config.store';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { Notifier } from '../../core/notify/notifier';
import { ResponsibleUnitsService } from '../../lookups/responsible-units.service';
import {
  HalfYear,
  defaultHalfYear,
  halfKey,
  hasBegun,
  parseHalfYear,
  yearOptions,
} from '../../reports/shared/half-year';
import { chinaToday } from '../../shared/china-date';
import { KeyTaskApiService, TaskProgress } from '../shared/key-task-api.service';
import { KeyTaskPolicies } from '../shared/key-task-policies';
import { ProgressRowComponent } from './progress-row.component';

/**
 * 重点任务进展填报: a unit officer writes their unit's progress on each of its key tasks for a
 * half-year; the bureau reads every unit's (or one unit's) and may write for a unit.
 */
@Component({
  selector: 'app-task-progress-page',
  imports: [FormsModule, NzEmptyModule, NzSelectModule, NzSpinModule, ProgressRowComponent, TPipe],
  templateUrl: './task-progress.page.html',
  styleUrl: '../../shared/list-page.less',
})
export class TaskProgressPage {
  private readonly api = inject(KeyTaskApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly message = inject(Notifier);
  private readonly localization = inject(LocalizationService);
  private readonly store = inject(AppConfigStore);

  private readonly today = chinaToday();
  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly years = yearOptions(this.today);
  protected readonly halfKey = halfKey;
  /** The bureau picks a unit; a unit officer's sheet is their unit's anyway. */
  protected readonly bureau = computed(() => this.store.isGranted(KeyTaskPolicies.manage));
  protected readonly units = toSignal(inject(ResponsibleUnitsService).units(), {
    initialValue: [],
  });
  protected readonly period = computed<HalfYear>(
    () =>
      parseHalfYear(this.query().get('year'), this.query().get('half'), this.today) ??
      defaultHalfYear(this.today),
  );
  protected readonly unitId = computed(() => this.query().get('unit'));
  protected readonly sheet = rxResource({
    params: () => ({ ...this.period(), unitId: this.unitId() }),
    stream: ({ params }) => this.api.progress(params.year, params.half, params.unitId),
  });
  protected readonly written = computed(
    () => (this.sheet.value() ?? []).filter((r) => r.text).length,
  );

  protected halfAvailable(half: number): boolean {
    return hasBegun({ year: this.period().year, half }, this.today);
  }

  protected select(change: { year?: number; half?: number; unit?: string | null }): void {
    let next = { ...this.period(), ...change };
    if (!hasBegun(next, this.today)) {
      next = { ...next, half: 1 };
    }
    const unit = change.unit !== undefined ? change.unit : this.unitId();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { year: next.year, half: next.half, unit: unit || null },
    });
  }

  protected key(row: TaskProgress): string {
    return `${row.keyTaskId}/${row.responsibleUnitId}`;
  }

  protected onSaved(): void {
    this.message.success(this.localization.t('Ui:Saved'));
    this.sheet.reload();
  }

  protected onStale(): void {
    this.message.error(this.localization.t('KeyTasks:ProgressStaleReloaded'));
    this.sheet.reload();
  }
}
