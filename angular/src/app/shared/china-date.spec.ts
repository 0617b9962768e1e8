import { chinaToday } from './china-date';

describe('chinaToday', () => {
  it('is already the next day in China while UTC is still on the previous one', () => {
    // 2026-03-14 07:30 in Guiyang.
    expect(chinaToday(new Date('2026-03-13T23:30:00Z'))).toBe('2026-03-14');
  });

  it('turns at midnight China time, which is 16:00 UTC', () => {
    expect(chinaToday(new Date('2026-03-13T15:59:59.999Z'))).toBe('2026-03-13');
    expect(chinaToday(new Date('2026-03-13T16:00:00Z'))).toBe('2026-03-14');
  });

  it('crosses month and year ends', () => {
    expect(chinaToday(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(chinaToday(new Date('2028-02-28T17:00:00Z'))).toBe('2028-02-29');
  });

  it('does not depend on the time zone the instant was written in', () => {
    expect(chinaToday(new Date('2026-07-01T01:00:00-07:00'))).toBe('2026-07-01');
    expect(chinaToday(new Date('2026-07-01T09:00:00+08:00'))).toBe('2026-07-01');
  });
});
