import type { EChartsCoreOption } from 'echarts/core';

export interface PathTarget {
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

/** The straight path's value on a day: from the baseline (31 Dec of its year) to the target (31 Dec of its year). */
export function expectedOn(target: PathTarget, iso: string): number | null {
  if (
    target.baselineYear == null ||
    target.baselineValue == null ||
    target.targetYear == null ||
    target.targetValue == null
  ) {
    return null;
  }
  const start = dayNumber(`${target.baselineYear}-12-31`);
  const end = dayNumber(`${target.targetYear}-12-31`);
  if (end <= start) {
    return target.targetValue;
  }
  const fraction = Math.min(1, Math.max(0, (dayNumber(iso) - start) / (end - start)));
  return target.baselineValue + (target.targetValue - target.baselineValue) * fraction;
}

/**
 * The trend of one indicator by half-year, the straight path to its target and the target line.
 * Values are divided by `scale` (亿元, 万人) so the axis reads like the cards.
 */
export function trendChartOptions(input: {
  dates: string[];
  values: number[];
  target: PathTarget | null;
  scale: number;
  labels: { actual: string; path: string; target: string };
}): EChartsCoreOption {
  const { target, scale } = input;
  const dates = [...input.dates];
  const targetEnd = target?.targetYear != null ? `${target.targetYear}-12-31` : null;
  if (targetEnd && targetEnd > dates[dates.length - 1]) {
    dates.push(targetEnd);
  }
  const scaled = (v: number | null) => (v == null ? null : Math.round((v / scale) * 100) / 100);
  const path = target ? dates.map((d) => scaled(expectedOn(target, d))) : [];
  const series: object[] = [
    {
      name: input.labels.actual,
      type: 'line',
      data: dates.map((_, i) => scaled(input.values[i] ?? null)),
      symbolSize: 8,
      lineStyle: { width: 3 },
      markLine:
        target?.targetValue != null
          ? {
              symbol: 'none',
              lineStyle: { type: 'dotted', color: '#cf1322' },
              label: { formatter: `${input.labels.target} {c}` },
              data: [{ yAxis: scaled(target.targetValue) }],
            }
          : undefined,
    },
  ];
  if (path.some((v) => v != null)) {
    series.push({
      name: input.labels.path,
      type: 'line',
      data: path,
      lineStyle: { type: 'dashed' },
      symbol: 'none',
    });
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 72, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', scale: true },
    series,
  };
}

/** A horizontal bar per sub-district or incubator, largest on top; bars are clickable (drill-down). */
export function breakdownChartOptions(
  rows: { name: string; value: number }[],
  scale: number,
): EChartsCoreOption {
  const ordered = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 120, right: 32, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.name),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: ordered.map((r) => Math.round((r.value / scale) * 100) / 100),
        itemStyle: { color: '#1677ff' },
        cursor: 'pointer',
      },
    ],
  };
}
