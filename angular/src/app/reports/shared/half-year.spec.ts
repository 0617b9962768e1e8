import {
  defaultHalfYear,
  halfYearEnd,
  halfYearOf,
  hasBegun,
  hasEnded,
  parseHalfYear,
  previousHalfYear,
  yearOptions,
} from './half-year';

describe('half-year', () => {
  it('places a day in its half and steps back across the year', () => {
    expect(halfYearOf('2026-06-30')).toEqual({ year: 2026, half: 1 });
    expect(halfYearOf('2026-07-01')).toEqual({ year: 2026, half: 2 });
    expect(previousHalfYear({ year: 2026, half: 1 })).toEqual({ year: 2025, half: 2 });
    expect(previousHalfYear({ year: 2026, half: 2 })).toEqual({ year: 2026, half: 1 });
    expect(halfYearEnd({ year: 2025, half: 2 })).toBe('2025-12-31');
  });

  it('opens on the last half-year that has ended', () => {
    expect(defaultHalfYear('2026-03-15')).toEqual({ year: 2025, half: 2 });
    expect(defaultHalfYear('2026-07-01')).toEqual({ year: 2026, half: 1 });
  });

  it('knows when a half-year has begun and when it has ended', () => {
    const h1 = { year: 2026, half: 1 };
    expect(hasBegun(h1, '2025-12-31')).toBe(false);
    expect(hasBegun(h1, '2026-01-01')).toBe(true);
    expect(hasEnded(h1, '2026-06-30')).toBe(false);
    expect(hasEnded(h1, '2026-07-01')).toBe(true);
  });

  it('accepts only real half-years that have begun from the URL', () => {
    expect(parseHalfYear('2025', '2', '2026-01-05')).toEqual({ year: 2025, half: 2 });
    expect(parseHalfYear('2026', '2', '2026-01-05')).toBeNull();
    expect(parseHalfYear('2025', '3', '2026-01-05')).toBeNull();
    expect(parseHalfYear('abc', '1', '2026-01-05')).toBeNull();
    expect(parseHalfYear(null, null, '2026-01-05')).toBeNull();
  });

  it('offers this year and the years before it', () => {
    expect(yearOptions('2026-11-25', 3)).toEqual([2026, 2025, 2024]);
  });
});
