import { Pipe, PipeTransform } from '@angular/core';

/*
 * Small display formats over Intl, instead of DatePipe/DecimalPipe: those live in @angular/common's
 * module chunk, which is part of the initial bundle, and would grow it by ~12 kB for every page.
 */

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const pad = (n: number) => String(n).padStart(2, '0');

/** A number with thousands separators and at most two decimals (money in yuan, counts); '' for null. */
export function formatAmount(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : GROUPED.format(value);
}

/**
 * An ISO date (`yyyy-MM-dd`, kept as it is) or time (UTC, shown in local time) as `yyyy-MM-dd`,
 * or `yyyy-MM-dd HH:mm` with `withTime`; '' for null.
 */
export function formatDateText(value: string | null | undefined, withTime = false): string {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return value;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

/** `{{ 1234567.5 | amount }}` → 1,234,567.5 */
@Pipe({ name: 'amount' })
export class AmountPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatAmount(value);
  }
}

/** `{{ time | dateText }}` → 2026-01-02; `{{ time | dateText: true }}` → 2026-01-02 11:04 */
@Pipe({ name: 'dateText' })
export class DateTextPipe implements PipeTransform {
  transform(value: string | null | undefined, withTime = false): string {
    return formatDateText(value, withTime);
  }
}
