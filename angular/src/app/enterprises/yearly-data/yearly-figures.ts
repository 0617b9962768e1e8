import {
  YearlyData,
  YearlyDataStatus,
  YearlyFigureName,
  YearlyFigures,
} from './yearly-data-api.service';

export type FigureKind = 'money' | 'count';

export interface FigureDefinition {
  name: YearlyFigureName;
  kind: FigureKind;
  /** May be below zero (profit, net assets). */
  signed?: boolean;
}

export interface FigureGroup {
  /** Text key of the group's title. */
  title: string;
  figures: readonly FigureDefinition[];
}

/** The figures as the form groups them: finance, staff, intellectual property and results. */
export const FIGURE_GROUPS: readonly FigureGroup[] = [
  {
    title: 'YearlyDataPage:GroupFinance',
    figures: [
      { name: 'salesRevenue', kind: 'money' },
      { name: 'totalIncome', kind: 'money' },
      { name: 'highTechIncome', kind: 'money' },
      { name: 'operatingRevenue', kind: 'money' },
      { name: 'mainBusinessRevenue', kind: 'money' },
      { name: 'rdExpense', kind: 'money' },
      { name: 'domesticRdExpense', kind: 'money' },
      { name: 'costAndExpenseTotal', kind: 'money' },
      { name: 'netProfit', kind: 'money', signed: true },
      { name: 'totalAssets', kind: 'money' },
      { name: 'totalLiabilities', kind: 'money' },
      { name: 'netAssets', kind: 'money', signed: true },
      { name: 'newEquityFinancing', kind: 'money' },
    ],
  },
  {
    title: 'YearlyDataPage:GroupStaff',
    figures: [
      { name: 'employees', kind: 'count' },
      { name: 'techStaff', kind: 'count' },
      { name: 'rdStaff', kind: 'count' },
    ],
  },
  {
    title: 'YearlyDataPage:GroupIp',
    figures: [
      { name: 'ipClass1Count', kind: 'count' },
      { name: 'ipClass1SelfDevelopedCount', kind: 'count' },
      { name: 'ipClass2Count', kind: 'count' },
      { name: 'conversions', kind: 'count' },
    ],
  },
];

export const FIGURES: readonly FigureDefinition[] = FIGURE_GROUPS.flatMap((g) => g.figures);

/** Upper bound of a money figure in the form (yuan; 10^13 fits a decimal(18,2) comfortably). */
export const MAX_MONEY = 9_999_999_999_999;
export const MAX_COUNT = 10_000_000;

/** Every figure, unknown (null). */
export function emptyFigures(): Required<YearlyFigures> {
  return Object.fromEntries(
    FIGURES.map((f) => [f.name, null]),
  ) as unknown as Required<YearlyFigures>;
}

/** Every figure of `source`, an absent one as null. */
export function pickFigures(source: YearlyFigures): Required<YearlyFigures> {
  return Object.fromEntries(
    FIGURES.map((f) => [f.name, source[f.name] ?? null]),
  ) as unknown as Required<YearlyFigures>;
}

/** The figures that differ between two versions (for the revisions list). */
export function changedFigures(
  before: YearlyFigures | null,
  after: YearlyFigures,
): { name: YearlyFigureName; kind: FigureKind; before: number | null; after: number | null }[] {
  return FIGURES.filter((f) => (before?.[f.name] ?? null) !== (after[f.name] ?? null)).map((f) => ({
    name: f.name,
    kind: f.kind,
    before: before?.[f.name] ?? null,
    after: after[f.name] ?? null,
  }));
}

export const STATUS_COLORS: Record<YearlyDataStatus, string> = {
  Draft: 'default',
  Submitted: 'processing',
  Verified: 'success',
  Returned: 'warning',
};

/** Which actions a year offers in its status (the permission is checked separately). */
export function availableActions(row: Pick<YearlyData, 'status'>): {
  edit: boolean;
  submit: boolean;
  verify: boolean;
  return: boolean;
  reopen: boolean;
} {
  const open = row.status === 'Draft' || row.status === 'Returned';
  return {
    edit: open,
    submit: open,
    verify: row.status === 'Submitted',
    return: row.status === 'Submitted',
    reopen: row.status === 'Verified',
  };
}
