import { formatChange, formatIndicatorValue, formatRate } from './report-format';

const TEXTS: Record<string, string> = {
  'PlanningUi:YuanScale': '100000000',
  'PlanningUi:YuanValue': '{0} 亿元',
  'PlanningUi:PeopleScale': '10000',
  'PlanningUi:PeopleValue': '{0} 万人',
};
const t = (key: string, ...args: unknown[]) => TEXTS[key]?.replace('{0}', String(args[0])) ?? key;

describe('report formats', () => {
  it('shows amounts in 亿元, people in 万人 and counts as the dashboard does, a dash for nothing', () => {
    expect(formatIndicatorValue(241_000_000, 'Yuan', t)).toBe('2.41 亿元');
    expect(formatIndicatorValue(12_000, 'People', t)).toBe('1.2 万人');
    expect(formatIndicatorValue(1234, 'Count', t)).toBe('1,234');
    expect(formatIndicatorValue(null, 'Count', t)).toBe('—');
  });

  it('signs the change since the previous half-year', () => {
    expect(formatChange(115, 111, 'Count', t)).toBe('+4');
    expect(formatChange(200_000_000, 250_000_000, 'Yuan', t)).toBe('-0.5 亿元');
    expect(formatChange(7, 7, 'Count', t)).toBe('0');
  });

  it('shows the closure rate with one decimal and a dash when nothing was collected', () => {
    expect(formatRate(0.3333)).toBe('33.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});
