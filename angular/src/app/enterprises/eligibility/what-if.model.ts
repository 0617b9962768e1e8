import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { toControlPath } from '../../core/forms/server-errors';
import {
  AssessRequest,
  EnterpriseFacts,
  FiscalYearFacts,
  RdInstitutionLevel,
  TechSmeRdOption,
} from './eligibility-api.service';
import { TriState, fromTriState, toTriState } from './profile-form.model';

/*
 * The what-if drawer's form: the key figures of the three fiscal years the rules look at, the IP
 * counts and the profile facts, over a copy of the assessed facts. Everything else in the facts
 * (older years, figures not shown, held titles, establishment date, field) goes back unchanged.
 */

export type WhatIfFigureName = keyof Omit<FiscalYearFacts, 'fiscalYear'>;

export interface WhatIfFigure {
  name: WhatIfFigureName;
  kind: 'money' | 'count';
  signed?: boolean;
}

export interface WhatIfFigureGroup {
  /** Text key of the group's title. */
  title: string;
  figures: readonly WhatIfFigure[];
}

export const WHAT_IF_GROUPS: readonly WhatIfFigureGroup[] = [
  {
    title: 'EligibilityPage:GroupIncome',
    figures: [
      { name: 'salesRevenue', kind: 'money' },
      { name: 'totalIncome', kind: 'money' },
      { name: 'highTechIncome', kind: 'money' },
      { name: 'operatingRevenue', kind: 'money' },
      { name: 'mainBusinessRevenue', kind: 'money' },
    ],
  },
  {
    title: 'EligibilityPage:GroupRd',
    figures: [
      { name: 'rdExpense', kind: 'money' },
      { name: 'domesticRdExpense', kind: 'money' },
    ],
  },
  {
    title: 'EligibilityPage:GroupStaff',
    figures: [
      { name: 'employees', kind: 'count' },
      { name: 'techStaff', kind: 'count' },
      { name: 'rdStaff', kind: 'count' },
    ],
  },
  {
    title: 'EligibilityPage:GroupBalance',
    figures: [
      { name: 'totalAssets', kind: 'money' },
      { name: 'totalLiabilities', kind: 'money' },
      { name: 'netAssets', kind: 'money', signed: true },
      { name: 'newEquityFinancing', kind: 'money' },
    ],
  },
];

export const WHAT_IF_FIGURES: readonly WhatIfFigure[] = WHAT_IF_GROUPS.flatMap((g) => g.figures);

export const IP_FIGURES = ['ipClass1Count', 'ipClass1SelfDevelopedCount', 'ipClass2Count'] as const;
export type IpFigureName = (typeof IP_FIGURES)[number];

/** Three fiscal years: the rules look back at most three (Y-3 … Y-1, the application year excluded). */
export const WHAT_IF_YEARS = 3;

/** The fiscal years the drawer edits for an assessment date, oldest first. */
export function editableYears(asOf: string): number[] {
  const year = Number(asOf.slice(0, 4));
  return Array.from({ length: WHAT_IF_YEARS }, (_, i) => year - WHAT_IF_YEARS + i);
}

type YearControls = { fiscalYear: FormControl<number> } & {
  [K in WhatIfFigureName]: FormControl<number | null>;
};

function createYearGroup(fiscalYear = 0): FormGroup<YearControls> {
  const controls = Object.fromEntries(
    WHAT_IF_FIGURES.map((f) => [f.name, new FormControl<number | null>(null)]),
  );
  return new FormGroup({
    fiscalYear: new FormControl(fiscalYear, { nonNullable: true }),
    ...controls,
  } as YearControls);
}

export function createWhatIfForm() {
  return new FormGroup({
    years: new FormArray(Array.from({ length: WHAT_IF_YEARS }, () => createYearGroup())),
    ipClass1Count: new FormControl<number | null>(null),
    ipClass1SelfDevelopedCount: new FormControl<number | null>(null),
    ipClass2Count: new FormControl<number | null>(null),
    segmentMarketYears: new FormControl<number | null>(null),
    rdInstitutionLevel: new FormControl<RdInstitutionLevel | null>(null),
    noMajorIncidentLastYear: new FormControl<TriState>('unknown', { nonNullable: true }),
    techSmeRdOption: new FormControl<TechSmeRdOption | null>(null),
  });
}

export type WhatIfForm = ReturnType<typeof createWhatIfForm>;
export type WhatIfValue = ReturnType<WhatIfForm['getRawValue']>;

/** The form's values for the facts of an assessment (no change event: the results are the baseline's). */
export function resetWhatIfForm(form: WhatIfForm, facts: EnterpriseFacts, asOf: string): void {
  const years = editableYears(asOf);
  form.reset(
    {
      years: years.map((fiscalYear) => {
        const known = facts.years?.find((y) => y.fiscalYear === fiscalYear);
        return {
          fiscalYear,
          ...Object.fromEntries(WHAT_IF_FIGURES.map((f) => [f.name, known?.[f.name] ?? null])),
        };
      }) as WhatIfValue['years'],
      ipClass1Count: facts.ipClass1Count ?? null,
      ipClass1SelfDevelopedCount: facts.ipClass1SelfDevelopedCount ?? null,
      ipClass2Count: facts.ipClass2Count ?? null,
      segmentMarketYears: facts.segmentMarketYears ?? null,
      rdInstitutionLevel: facts.rdInstitutionLevel ?? null,
      noMajorIncidentLastYear: toTriState(facts.noMajorIncidentLastYear),
      techSmeRdOption: facts.techSmeRdOption ?? null,
    },
    { emitEvent: false },
  );
}

export interface WhatIfRequest {
  body: AssessRequest;
  /** For each year of the request, the index of its year in the form (-1: passed through). */
  yearIndex: number[];
}

const hasFigures = (year: Partial<Record<WhatIfFigureName, number | null>>) =>
  WHAT_IF_FIGURES.some((f) => year[f.name] !== null && year[f.name] !== undefined);

/** The assess request for the form over the baseline facts, years oldest first. */
export function toWhatIfRequest(
  baseline: EnterpriseFacts,
  asOf: string,
  value: WhatIfValue,
): WhatIfRequest {
  const entries: { facts: FiscalYearFacts; index: number }[] = [];
  for (const year of baseline.years ?? []) {
    const index = value.years.findIndex((y) => y.fiscalYear === year.fiscalYear);
    if (index < 0) {
      entries.push({ facts: year, index: -1 });
    }
  }
  value.years.forEach((edited, index) => {
    const known = baseline.years?.find((y) => y.fiscalYear === edited.fiscalYear);
    if (known || hasFigures(edited)) {
      entries.push({ facts: { ...known, ...edited }, index });
    }
  });
  entries.sort((a, b) => (a.facts.fiscalYear ?? 0) - (b.facts.fiscalYear ?? 0));

  return {
    body: {
      asOf,
      facts: {
        ...baseline,
        years: entries.map((e) => e.facts),
        ipClass1Count: value.ipClass1Count,
        ipClass1SelfDevelopedCount: value.ipClass1SelfDevelopedCount,
        ipClass2Count: value.ipClass2Count,
        segmentMarketYears: value.segmentMarketYears,
        rdInstitutionLevel: value.rdInstitutionLevel,
        noMajorIncidentLastYear: fromTriState(value.noMajorIncidentLastYear),
        techSmeRdOption: value.techSmeRdOption,
      },
    },
    yearIndex: entries.map((e) => e.index),
  };
}

/**
 * Server field errors of an assess request (`facts.years[0].techStaff`, `facts.ipClass1Count`) named
 * as the form's controls (`years[2].techStaff`, `ipClass1Count`); what no field shows stays general.
 */
export function toFormErrors(
  errors: Record<string, string[]> | null | undefined,
  yearIndex: readonly number[],
): { fields: Record<string, string[]>; general: string[] } {
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const [name, messages] of Object.entries(errors ?? {})) {
    const path = toControlPath(name);
    if (path[0] !== 'facts' || path.length < 2) {
      general.push(...messages);
      continue;
    }
    if (path[1] === 'years') {
      const formIndex = typeof path[2] === 'number' ? (yearIndex[path[2]] ?? -1) : -1;
      const figure = path[3];
      if (formIndex < 0 || typeof figure !== 'string' || path.length !== 4) {
        general.push(...messages);
      } else {
        (fields[`years[${formIndex}].${figure}`] ??= []).push(...messages);
      }
      continue;
    }
    (fields[path.slice(1).join('.')] ??= []).push(...messages);
  }
  return { fields, general };
}

/** The year quick actions change: the latest of the three with figures, else the last. */
export function latestYearIndex(value: WhatIfValue): number {
  for (let i = value.years.length - 1; i >= 0; i--) {
    if (hasFigures(value.years[i])) {
      return i;
    }
  }
  return value.years.length - 1;
}

export type QuickAction = 'rd' | 'techStaff' | 'ip';

export const QUICK_ACTIONS: readonly { action: QuickAction; text: string }[] = [
  { action: 'rd', text: 'EligibilityPage:QuickRd' },
  { action: 'techStaff', text: 'EligibilityPage:QuickTechStaff' },
  { action: 'ip', text: 'EligibilityPage:QuickIp' },
];

/** What a quick action adds: ¥1,000,000 of R&D, 5 tech staff, one Ⅰ类 IP. */
export const QUICK_AMOUNTS = { rd: 1_000_000, techStaff: 5, ip: 1 } as const;

const plus = (value: number | null, amount: number) => (value ?? 0) + amount;
/** A whole that holds the part grows with it, but an unknown whole stays unknown. */
const plusKnown = (value: number | null, amount: number) =>
  value === null ? null : value + amount;

/**
 * Applies a quick action to the latest year: more R&D spend (domestic, when the domestic part is
 * known), more tech staff (the head count with them), one more self-developed Ⅰ类 IP.
 */
export function applyQuickAction(form: WhatIfForm, action: QuickAction): void {
  const value = form.getRawValue();
  const index = latestYearIndex(value);
  const year = form.controls.years.at(index);
  const y = value.years[index];
  switch (action) {
    case 'rd':
      year.patchValue({
        rdExpense: plus(y.rdExpense, QUICK_AMOUNTS.rd),
        domesticRdExpense: plusKnown(y.domesticRdExpense, QUICK_AMOUNTS.rd),
      });
      break;
    case 'techStaff':
      year.patchValue({
        techStaff: plus(y.techStaff, QUICK_AMOUNTS.techStaff),
        employees: plusKnown(y.employees, QUICK_AMOUNTS.techStaff),
      });
      break;
    case 'ip':
      form.patchValue({
        ipClass1Count: plus(value.ipClass1Count, QUICK_AMOUNTS.ip),
        ipClass1SelfDevelopedCount: plusKnown(value.ipClass1SelfDevelopedCount, QUICK_AMOUNTS.ip),
      });
      break;
  }
}
