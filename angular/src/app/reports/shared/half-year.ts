import { chinaToday } from '../../shared/china-date';

/** A reporting half-year: H1 = January–June, H2 = July–December (as HalfYear on the server). */
export interface HalfYear {
  year: number;
  half: number;
}

export const MIN_YEAR = 2000;

/** The half-year a `yyyy-MM-dd` day falls in. */
export function halfYearOf(isoDate: string): HalfYear {
  const [year, month] = isoDate.split('-').map(Number);
  return { year, half: month <= 6 ? 1 : 2 };
}

export function previousHalfYear(p: HalfYear): HalfYear {
  return p.half === 1 ? { year: p.year - 1, half: 2 } : { year: p.year, half: 1 };
}

/** First and last day, `yyyy-MM-dd`. */
export function halfYearStart(p: HalfYear): string {
  return `${p.year}-${p.half === 1 ? '01-01' : '07-01'}`;
}

export function halfYearEnd(p: HalfYear): string {
  return `${p.year}-${p.half === 1 ? '06-30' : '12-31'}`;
}

/** Whether the half-year has begun by the China day `today` (nothing is reported ahead). */
export function hasBegun(p: HalfYear, today: string = chinaToday()): boolean {
  return halfYearStart(p) <= today;
}

/** Whether the half-year is over (its report can be issued). */
export function hasEnded(p: HalfYear, today: string = chinaToday()): boolean {
  return halfYearEnd(p) < today;
}

/** The half-year a report page opens on: the last one that has ended (the one due to be reported). */
export function defaultHalfYear(today: string = chinaToday()): HalfYear {
  return previousHalfYear(halfYearOf(today));
}

/** A half-year from route or query parameters, or null when it is not one a report exists for. */
export function parseHalfYear(
  year: string | null | undefined,
  half: string | null | undefined,
  today: string = chinaToday(),
): HalfYear | null {
  const p = { year: Number(year), half: Number(half) };
  const valid = Number.isInteger(p.year) && p.year >= MIN_YEAR && (p.half === 1 || p.half === 2);
  return valid && hasBegun(p, today) ? p : null;
}

/** The years a picker offers: this year back, newest first. */
export function yearOptions(today: string = chinaToday(), count = 6): number[] {
  const year = halfYearOf(today).year;
  return Array.from({ length: count }, (_, i) => year - i).filter((y) => y >= MIN_YEAR);
}

/** The text key naming the half (上半年 / 下半年). */
export function halfKey(half: number): string {
  return half === 1 ? 'Reports:FirstHalf' : 'Reports:SecondHalf';
}
