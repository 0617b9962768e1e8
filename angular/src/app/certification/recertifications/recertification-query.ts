import { ParamMap, Params } from '@angular/router';
import { Paging, RecertificationFilters } from '../shared/certification-api.service';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The re-certification list's state, kept in the URL; the year defaults to the current one. */
export interface RecertificationQuery extends RecertificationFilters {
  page: number;
  size: number;
}

export function recertificationQueryFromParams(
  params: ParamMap,
  currentYear: number,
): RecertificationQuery {
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    year: Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : currentYear,
    subDistrictCode: params.get('subDistrict') || null,
    incubatorId: params.get('incubator') || null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

/** Query parameters for a state; defaults (this year, first page) are left out. */
export function recertificationQueryToParams(
  query: RecertificationQuery,
  currentYear: number,
): Params {
  return {
    year: query.year !== currentYear ? query.year : null,
    subDistrict: query.subDistrictCode,
    incubator: query.incubatorId,
    page: query.page > 1 ? query.page : null,
    size: query.size !== DEFAULT_PAGE_SIZE ? query.size : null,
  };
}

export function recertificationFilters(query: RecertificationQuery): RecertificationFilters {
  return {
    year: query.year,
    subDistrictCode: query.subDistrictCode,
    incubatorId: query.incubatorId,
  };
}

export function recertificationPaging(query: RecertificationQuery): Paging {
  return { skipCount: (query.page - 1) * query.size, maxResultCount: query.size };
}

/**
 * The years offered: two back (certificates that ran out unrenewed) to three ahead (a 高企
 * certificate lasts three years), and the selected one if it lies outside.
 */
export function yearOptions(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: 6 }, (_, i) => currentYear + 3 - i);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}

/** The calendar year in China (the district's and the server's clock), whatever the device's zone. */
export function chinaYear(now: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now),
  );
}
