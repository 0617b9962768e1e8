import { Component, input } from '@angular/core';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzTableModule, NzTableSortOrder } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TPipe } from '../../core/localization/t.pipe';
import { formatAmount } from '../../shared/format.pipes';
import { OfficerCoverage, UnitKpi, VisitKpis } from '../shared/visits-api.service';
import { compareCells, fixedText, percentText } from './kpi-format';

type Cell = number | string | null;
type Format = 'text' | 'count' | 'percent' | 'fixed';

/** A column of a figures table: its header key, its value, how it shows and sorts. */
export interface KpiColumn<T> {
  key: string;
  title: string;
  format: Format;
  value: (row: T) => Cell;
  sortFn: (a: T, b: T) => number;
  /** Figures shown in red when above zero (overdue needs). */
  alert?: boolean;
}

function column<T>(
  key: string,
  title: string,
  format: Format,
  value: (row: T) => Cell,
  alert = false,
): KpiColumn<T> {
  return { key, title, format, value, alert, sortFn: (a, b) => compareCells(value(a), value(b)) };
}

export const UNIT_COLUMNS: readonly KpiColumn<UnitKpi>[] = [
  column('unit', 'Need:ResponsibleUnit', 'text', (u) => u.responsibleUnitName),
  column('collected', 'VisitPage:KpiNeedsCollected', 'count', (u) => u.needs.collected),
  column('closed', 'VisitPage:KpiNeedsClosed', 'count', (u) => u.needs.closed),
  column('overdue', 'VisitPage:KpiNeedsOverdue', 'count', (u) => u.needs.overdue, true),
  column('returned', 'VisitPage:KpiReturned', 'count', (u) => u.needs.returned),
  column('unresolvable', 'VisitPage:KpiUnresolvable', 'count', (u) => u.needs.unresolvable),
  column('closureRate', 'VisitPage:KpiClosureRate', 'percent', (u) => u.needs.closureRate),
  column('days', 'VisitPage:KpiAverageDays', 'fixed', (u) => u.needs.averageDaysToClose),
  column('satisfaction', 'VisitPage:KpiSatisfaction', 'fixed', (u) => u.needs.averageSatisfaction),
];

export const OFFICER_COLUMNS: readonly KpiColumn<OfficerCoverage>[] = [
  column('officer', 'Enterprise:ResponsibleOfficer', 'text', (o) => o.displayName),
  column('assigned', 'VisitPage:KpiAssigned', 'count', (o) => o.assigned),
  column('visited', 'VisitPage:KpiVisited', 'count', (o) => o.visited),
  column('coverage', 'VisitPage:KpiCoverage', 'percent', (o) => o.coverage),
];

/** Whether the tables start open: on a desktop; a phone keeps the list of visits in reach. */
function wideScreen(): boolean {
  return typeof matchMedia !== 'function' || matchMedia('(min-width: 768px)').matches;
}

/**
 * The campaign's figures by responsible unit (needs collected, closed, overdue …) and each
 * officer's coverage of their enterprises this year, as sortable tables in collapsible panels.
 */
@Component({
  selector: 'app-visit-kpi-tables',
  imports: [NzCollapseModule, NzTableModule, NzTagModule, TPipe],
  templateUrl: './kpi-tables.component.html',
  styles: `
    .kpi-tables {
      margin-bottom: 16px;
    }
    .kpi-tables__alert {
      color: #cf1322;
      font-weight: 500;
    }
  `,
})
export class VisitKpiTablesComponent {
  readonly kpis = input.required<VisitKpis>();

  protected readonly unitColumns = UNIT_COLUMNS;
  protected readonly officerColumns = OFFICER_COLUMNS;
  protected readonly open = wideScreen();
  /** Figures sort largest first on the first click, names from A. */
  protected readonly numbersFirst: NzTableSortOrder[] = ['descend', 'ascend', null];
  protected readonly textFirst: NzTableSortOrder[] = ['ascend', 'descend', null];
  protected readonly percent = percentText;

  /** A cell as shown: counts with separators, rates as percentages, '–' for unknown figures. */
  protected text<T>(c: KpiColumn<T>, row: T): string {
    const value = c.value(row);
    switch (c.format) {
      case 'count':
        return formatAmount(value as number);
      case 'percent':
        return percentText(value as number | null);
      case 'fixed':
        return fixedText(value as number | null);
      default:
        return String(value ?? '');
    }
  }

  protected alerting<T>(c: KpiColumn<T>, row: T): boolean {
    return !!c.alert && Number(c.value(row) ?? 0) > 0;
  }
}
