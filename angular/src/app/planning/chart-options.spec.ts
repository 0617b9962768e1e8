import { describe, expect, it } from 'vitest';
import { breakdownChartOptions, expectedOn, trendChartOptions } from './chart-options';

const highTech = { baselineYear: 2022, baselineValue: 111, targetYear: 2025, targetValue: 220 };

describe('expectedOn', () => {
  it('runs straight from the baseline year end to the target year end', () => {
    expect(expectedOn(highTech, '2022-12-31')).toBe(111);
    expect(expectedOn(highTech, '2025-12-31')).toBe(220);
    expect(expectedOn(highTech, '2024-06-30')).toBeCloseTo(111 + (109 * 547) / 1096, 6);
    expect(expectedOn({ ...highTech, baselineYear: null }, '2024-06-30')).toBeNull();
  });
});

describe('trendChartOptions', () => {
  it('extends the axis to the target year end, leaves the future empty and draws the path', () => {
    const options = trendChartOptions({
      dates: ['2022-12-31', '2023-06-30'],
      values: [111, 130],
      target: highTech,
      scale: 1,
      labels: { actual: 'actual', path: 'path', target: 'target' },
    }) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };

    expect(options.xAxis.data).toEqual(['2022-12-31', '2023-06-30', '2025-12-31']);
    expect(options.series[0].data).toEqual([111, 130, null]);
    expect(options.series[1].name).toBe('path');
    expect(options.series[1].data[2]).toBe(220);
  });

  it('scales money to the unit of the cards', () => {
    const options = trendChartOptions({
      dates: ['2024-12-31'],
      values: [241_000_000],
      target: null,
      scale: 100_000_000,
      labels: { actual: 'a', path: 'p', target: 't' },
    }) as { series: { data: number[] }[] };
    expect(options.series[0].data).toEqual([2.41]);
    expect(options.series).toHaveLength(1);
  });
});

describe('breakdownChartOptions', () => {
  it('puts the largest bar on top', () => {
    const options = breakdownChartOptions(
      [
        { name: 'A', value: 5 },
        { name: 'B', value: 2 },
      ],
      1,
    ) as { yAxis: { data: string[] } };
    expect(options.yAxis.data).toEqual(['B', 'A']);
  });
});
