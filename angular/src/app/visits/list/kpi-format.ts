/** A rate 0–1 as a percentage with one decimal; '–' when there is nothing to divide. */
export function percentText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/** A figure with one decimal; '–' when unknown. */
export function fixedText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}

/**
 * Orders two cells of a column: numbers by value, texts in Chinese collation; an unknown value
 * (null) below every known one.
 */
export function compareCells(a: number | string | null, b: number | string | null): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? -1 : 1;
  }
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'zh-Hans-CN');
}
