import { describe, expect, it } from 'vitest';
import { formatText } from '../core/localization/format-text';
import { formatIndicatorValue, percentOfTarget, Translate } from './indicator-format';

// The conventions of the two resources (Localization/Incubation/Planning/Ui).
const zh = {
  texts: {
    'PlanningUi:YuanScale': '100000000',
    'PlanningUi:YuanValue': '{0} 亿元',
    'PlanningUi:PeopleScale': '10000',
    'PlanningUi:PeopleValue': '{0} 万人',
  } as Record<string, string>,
};
const en = {
  texts: {
    'PlanningUi:YuanScale': '1000000',
    'PlanningUi:YuanValue': 'CNY {0}M',
    'PlanningUi:PeopleScale': '1',
    'PlanningUi:PeopleValue': '{0}',
  } as Record<string, string>,
};

const translator =
  (texts: Record<string, string>): Translate =>
  (key, ...args) =>
    formatText(texts[key] ?? key, args);

describe('formatIndicatorValue', () => {
  const chinese = translator(zh.texts);
  const english = translator(en.texts);

  it('writes money in 亿元 in Chinese and in millions in English', () => {
    expect(formatIndicatorValue(241_000_000, 'Yuan', chinese)).toBe('2.41 亿元');
    expect(formatIndicatorValue(241_000_000, 'Yuan', english)).toBe('CNY 241M');
  });

  it('writes talent in 万人 from ten thousand on, counts as they are', () => {
    expect(formatIndicatorValue(12_000, 'People', chinese)).toBe('1.2 万人');
    expect(formatIndicatorValue(9_500, 'People', chinese)).toBe('9,500');
    expect(formatIndicatorValue(12_000, 'People', english)).toBe('12,000');
    expect(formatIndicatorValue(111, 'Count', chinese)).toBe('111');
    expect(formatIndicatorValue(null, 'Count', chinese)).toBe('');
  });
});

describe('percentOfTarget', () => {
  it('is the share reached, capped at 100, null without a target', () => {
    expect(percentOfTarget(111, 220)).toBe(50.5);
    expect(percentOfTarget(300, 220)).toBe(100);
    expect(percentOfTarget(5, null)).toBeNull();
  });
});
