import { Indicator, IndicatorUnit } from '../proxy/models';
import { formatAmount } from '../shared/format.pipes';

/** The display order of the dashboard: the five doublings first, then the plan's other numbers. */
export const INDICATOR_ORDER: readonly Indicator[] = [
  'HighTechEnterprises',
  'RdActiveEnterprises',
  'RdInvestment',
  'SciTechServiceEnterprises',
  'SciTechServiceRevenue',
  'InnovationPlatforms',
  'TechTalent',
  'PoolSize',
  'TechTransferProjectsFunded',
  'SrdiEnterprises',
];

/** Looks a text up by key with {0}-style arguments (LocalizationService.t). */
export type Translate = (key: string, ...args: unknown[]) => string;

/**
 * An indicator's value as the plan writes it. The scale and unit come from the texts: 亿元 and 万人
 * in Chinese, millions of yuan and plain head counts in English. Counts are shown as they are.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: IndicatorUnit,
  t: Translate,
): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (unit === 'Yuan') {
    const scale = Number(t('PlanningUi:YuanScale')) || 1;
    return t('PlanningUi:YuanValue', formatAmount(round(value / scale, 2)));
  }
  if (unit === 'People') {
    const scale = Number(t('PlanningUi:PeopleScale')) || 1;
    return scale > 1 && value >= scale
      ? t('PlanningUi:PeopleValue', formatAmount(round(value / scale, 2)))
      : formatAmount(value);
  }
  return formatAmount(round(value, 1));
}

/** The share of the target reached, 0–100, for a progress bar; null without a target. */
export function percentOfTarget(value: number, target: number | null | undefined): number | null {
  if (!target) {
    return null;
  }
  return Math.max(0, Math.min(100, Math.round((value / target) * 1000) / 10));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
