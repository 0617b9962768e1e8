import { Translate, formatIndicatorValue as planValue } from '../../planning/indicator-format';
import { IndicatorUnit } from '../../proxy/models';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * An indicator value as the dashboard shows it (亿元, 万人, counts as they are; see the planning
 * formats), or '—' in a report's table where there is no value.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: IndicatorUnit,
  t: Translate,
): string {
  return value === null || value === undefined ? '—' : planValue(value, unit, t);
}

/** The change since the previous half-year, signed ('+3', '-0.5 亿元'); '0' when unchanged. */
export function formatChange(
  value: number,
  previous: number,
  unit: IndicatorUnit,
  t: Translate,
): string {
  const change = value - previous;
  const text = formatIndicatorValue(Math.abs(change), unit, t);
  return change > 0 ? `+${text}` : change < 0 ? `-${text}` : text;
}

/** 办结率 as a percentage with one decimal ('33.3%'); '—' when nothing was collected. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${round(rate * 100, 1).toFixed(1)}%`;
}
