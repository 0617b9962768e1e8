import { ParamMap, Params } from '@angular/router';
import { VISIT_KINDS, VisitFilters, VisitKind } from '../shared/visits-api.service';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The visit ledger's state, kept in the URL. */
export interface VisitQuery extends Required<VisitFilters> {
  page: number;
  size: number;
}

export function visitQueryFromParams(params: ParamMap): VisitQuery {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const kind = params.get('kind');
  const date = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : null;
  };
  return {
    from: date('from'),
    to: date('to'),
    subDistrictCode: params.get('subDistrict') || null,
    officerId: params.get('officer') || null,
    kind: (VISIT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as VisitKind) : null,
    filter: params.get('filter') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

export function visitQueryToParams(query: VisitQuery): Params {
  return {
    from: query.from,
    to: query.to,
    subDistrict: query.subDistrictCode,
    officer: query.officerId,
    kind: query.kind,
    filter: query.filter || null,
    page: query.page > 1 ? query.page : null,
    size: query.size !== DEFAULT_PAGE_SIZE ? query.size : null,
  };
}
