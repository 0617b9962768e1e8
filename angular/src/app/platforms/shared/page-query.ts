import { ParamMap } from '@angular/router';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** A list's page and page size, kept in the URL (`page`, `size`; defaults left out). */
export interface PageState {
  page: number;
  size: number;
}

export function pageFromParams(params: ParamMap): PageState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

export function pageToParams(state: PageState): { page: number | null; size: number | null } {
  return {
    page: state.page > 1 ? state.page : null,
    size: state.size !== DEFAULT_PAGE_SIZE ? state.size : null,
  };
}

/** The parameter when it is one of the allowed values, else null (a hand-edited URL shows everything). */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : null;
}

/** A whole-number parameter within a range, else null. */
export function intIn(value: string | null, min: number, max: number): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : null;
}
