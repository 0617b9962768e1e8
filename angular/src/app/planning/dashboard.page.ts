import { Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { firstValueFrom } from 'rxjs';
import { saveWorkbook } from '../certification/shared/download';
import { AppConfigStore } from '../core/config/app-config.store';
import { LocalizationService } from '../core/localization/localization.service';
import { TPipe } from '../core/localization/t.pipe';
import { Notifier } from '../core/notify/notifier';
import { toActionProblem } from '../cultivation/shared/action-problem';
import {
  BreakdownDimension,
  BreakdownRowDto,
  Indicator,
  IndicatorProgressDto,
  IndicatorUnit,
  PathStatus,
} from '../proxy/models';
import { PlanningService } from '../proxy/services';
import { AmountPipe, DateTextPipe } from '../shared/format.pipes';
import { formatIsoDate } from '../shared/iso-date';
import { breakdownChartOptions, trendChartOptions } from './chart-options';
import { formatIndicatorValue, INDICATOR_ORDER, percentOfTarget } from './indicator-format';
import { PlanningPolicies } from './planning-policies';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const STATUS_COLOR: Record<PathStatus, string> = {
  NoTarget: 'default',
  Ahead: 'green',
  Behind: 'orange',
  Met: 'blue',
  Missed: 'red',
};

/**
 * The "five doublings" dashboard: every indicator against its target as of a day, its trend and
 * straight path, its breakdown by sub-district or incubator, and the enterprises behind the number.
 */
@Component({
  selector: 'app-planning-dashboard',
  imports: [
    AmountPipe,
    DateTextPipe,
    FormsModule,
    NgxEchartsDirective,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzProgressModule,
    NzRadioModule,
    NzTableModule,
    NzTagModule,
    RouterLink,
    TPipe,
  ],
  providers: [provideEchartsCore({ echarts })],
  templateUrl: './dashboard.page.html',
  styleUrls: ['../shared/list-page.less', './dashboard.page.less'],
})
export class DashboardPage {
  private readonly api = inject(PlanningService);
  private readonly localization = inject(LocalizationService);
  private readonly store = inject(AppConfigStore);
  private readonly notifier = inject(Notifier);

  protected readonly canEditTargets = computed(() =>
    this.store.isGranted(PlanningPolicies.targets),
  );
  protected readonly asOf = signal<Date>(new Date());
  private readonly asOfIso = computed(() => formatIsoDate(this.asOf()) ?? undefined);
  protected readonly selected = signal<Indicator>('HighTechEnterprises');
  protected readonly by = signal<BreakdownDimension>('SubDistrict');
  /** The bar clicked in the breakdown: the drill-down's filter. */
  protected readonly slice = signal<BreakdownRowDto | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 10;
  protected readonly statusColor = STATUS_COLOR;

  protected readonly dashboard = rxResource({
    params: () => ({ asOf: this.asOfIso() }),
    stream: ({ params }) => this.api.planningGet(params),
  });
  protected readonly trend = rxResource({
    params: () => ({ asOf: this.asOfIso() }),
    stream: ({ params }) => this.api.planningGetTrend(params),
  });
  protected readonly breakdown = rxResource({
    params: () => ({ asOf: this.asOfIso(), indicator: this.selected(), by: this.by() }),
    stream: ({ params }) => this.api.planningGetBreakdown(params),
  });
  protected readonly exporting = signal(false);
  private readonly drillFilter = computed(() => ({
    asOf: this.asOfIso(),
    indicator: this.selected(),
    ...this.sliceFilter(),
  }));
  protected readonly contributors = rxResource({
    params: () => ({
      ...this.drillFilter(),
      skipCount: (this.pageIndex() - 1) * this.pageSize,
      maxResultCount: this.pageSize,
    }),
    stream: ({ params }) => this.api.planningGetContributors(params),
  });
  protected readonly path = rxResource({
    params: () => ({ asOf: this.asOfIso() }),
    stream: ({ params }) => this.api.planningGetHighTechPath(params),
  });

  protected readonly cards = computed(() => {
    const byIndicator = new Map(
      (this.dashboard.value()?.indicators ?? []).map((i) => [i.indicator, i]),
    );
    return INDICATOR_ORDER.map((i) => byIndicator.get(i)).filter(
      (i): i is IndicatorProgressDto => !!i,
    );
  });
  protected readonly current = computed(
    () => this.cards().find((c) => c.indicator === this.selected()) ?? null,
  );

  protected readonly trendOptions = computed(() => {
    const trend = this.trend.value();
    const card = this.current();
    if (!trend || !card) {
      return null;
    }
    const series = trend.series.find((s) => s.indicator === card.indicator);
    return trendChartOptions({
      dates: trend.dates,
      values: series?.values ?? [],
      target: card.targetValue == null ? null : card,
      scale: this.scaleOf(card.unit),
      labels: {
        actual: this.localization.t('PlanningUi:Actual'),
        path: this.localization.t('PlanningUi:Path'),
        target: this.localization.t('PlanningUi:Target'),
      },
    });
  });
  protected readonly breakdownOptions = computed(() => {
    const card = this.current();
    const rows = this.breakdown.value() ?? [];
    return card
      ? breakdownChartOptions(
          rows.map((r) => ({ name: this.rowName(r), value: r.value })),
          this.scaleOf(card.unit),
        )
      : null;
  });

  protected format(value: number | null | undefined, unit: IndicatorUnit): string {
    return formatIndicatorValue(value, unit, (key, ...args) => this.localization.t(key, ...args));
  }

  protected percent(card: IndicatorProgressDto): number | null {
    return percentOfTarget(card.value, card.targetValue);
  }

  /** The rows behind the number, with the drill-down's filter, as a workbook. */
  protected async export(): Promise<void> {
    this.exporting.set(true);
    try {
      const response = await firstValueFrom(
        this.api.planningExportContributors$Response(this.drillFilter()),
      );
      saveWorkbook(response, this.localization.t('Enum:Indicator.' + this.selected()));
    } catch (e) {
      const problem = toActionProblem(e);
      if (problem.kind !== 'announced') {
        this.notifier.error(problem.message ?? this.localization.t('PlanningUi:ExportFailed'));
      }
    } finally {
      this.exporting.set(false);
    }
  }

  protected select(indicator: Indicator): void {
    this.selected.set(indicator);
    this.slice.set(null);
    this.pageIndex.set(1);
  }

  protected setBy(by: BreakdownDimension): void {
    this.by.set(by);
    this.slice.set(null);
    this.pageIndex.set(1);
  }

  protected setAsOf(date: Date | null): void {
    this.asOf.set(date ?? new Date());
    this.pageIndex.set(1);
  }

  /** A bar of the breakdown was clicked: list the enterprises behind it. */
  protected drill(event: { dataIndex: number }): void {
    const rows = this.breakdown.value() ?? [];
    const row = rows[rows.length - 1 - event.dataIndex];
    if (row) {
      this.slice.set(row);
      this.pageIndex.set(1);
    }
  }

  protected rowName(row: BreakdownRowDto): string {
    return (
      row.name ||
      this.localization.t(
        this.by() === 'Incubator' ? 'PlanningUi:NoIncubator' : 'PlanningUi:Unknown',
      )
    );
  }

  /** The year a projection is for: the target year, or this year for a yearly amount or a floor. */
  protected projectionYear(card: IndicatorProgressDto): number {
    const year = this.asOf().getFullYear();
    return card.shape === 'Level'
      ? (card.targetYear ?? year)
      : Math.max(year, card.shape === 'Floor' ? (card.targetYear ?? year) : year);
  }

  /** What a row's date means: a certificate's last day, a platform's approval, a project's funding. */
  protected basisKey(indicator: Indicator): string {
    return indicator === 'InnovationPlatforms'
      ? 'PlanningUi:ApprovedOn'
      : indicator === 'TechTransferProjectsFunded'
        ? 'PlanningUi:FundedOn'
        : 'PlanningUi:ValidUntil';
  }

  private sliceFilter(): {
    subDistrictCode?: string;
    incubatorId?: string;
    withoutIncubator?: boolean;
  } {
    const slice = this.slice();
    if (!slice) {
      return {};
    }
    if (this.by() === 'SubDistrict') {
      return { subDistrictCode: slice.key };
    }
    return slice.key ? { incubatorId: slice.key } : { withoutIncubator: true };
  }

  private scaleOf(unit: IndicatorUnit): number {
    const key =
      unit === 'Yuan'
        ? 'PlanningUi:YuanScale'
        : unit === 'People'
          ? 'PlanningUi:PeopleScale'
          : null;
    return key ? Number(this.localization.t(key)) || 1 : 1;
  }
}
