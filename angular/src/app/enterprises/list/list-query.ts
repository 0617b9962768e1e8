import { ParamMap, Params } from '@angular/router';
import { EnterpriseListRequest } from '../shared/enterprise-api.service';

export const SORTABLE_COLUMNS = [
  'name',
  'unifiedSocialCreditCode',
  'establishedOn',
  'creationTime',
] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
export type SortOrder = 'ascend' | 'descend' | null;

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** The list's state, kept in the URL's query parameters so a link or a reload shows the same page. */
export interface EnterpriseListQuery {
  filter: string;
  subDistrictCode: string | null;
  industryFieldCode: string | null;
  /** Only 规上 enterprises. */
  aboveScale: boolean;
  /** Only enterprises in 科学研究和技术服务业. */
  sciTech: boolean;
  /** `name`, `name desc` … (whitelisted). */
  sorting: string | null;
  page: number;
  size: number;
}

export function queryFromParams(params: ParamMap): EnterpriseListQuery {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const sorting = params.get('sorting');
  return {
    filter: params.get('filter') ?? '',
    subDistrictCode: params.get('subDistrict') || null,
    industryFieldCode: params.get('industryField') || null,
    aboveScale: params.get('aboveScale') === '1',
    sciTech: params.get('sciTech') === '1',
    sorting: sorting && parseSorting(sorting) ? sorting : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

/** Query parameters for a state; defaults are left out to keep URLs short. */
export function queryToParams(query: EnterpriseListQuery): Params {
  return {
    filter: query.filter || null,
    subDistrict: query.subDistrictCode,
    industryField: query.industryFieldCode,
    aboveScale: query.aboveScale ? '1' : null,
    sciTech: query.sciTech ? '1' : null,
    sorting: query.sorting,
    page: query.page > 1 ? query.page : null,
    size: query.size !== DEFAULT_PAGE_SIZE ? query.size : null,
  };
}

export function toListRequest(query: EnterpriseListQuery): EnterpriseListRequest {
  return {
    filter: query.filter || null,
    subDistrictCode: query.subDistrictCode,
    industryFieldCode: query.industryFieldCode,
    isAboveScale: query.aboveScale || null,
    isSciTechService: query.sciTech || null,
    sorting: query.sorting,
    skipCount: (query.page - 1) * query.size,
    maxResultCount: query.size,
  };
}

/** The classification filter's options (规上, 科技服务业) and the query flags they set. */
export const CLASSIFICATIONS = ['aboveScale', 'sciTech'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function classificationsOf(query: EnterpriseListQuery): Classification[] {
  return CLASSIFICATIONS.filter((c) => query[c]);
}

export function withClassifications(
  chosen: readonly Classification[] | null,
): Pick<EnterpriseListQuery, Classification> {
  return { aboveScale: !!chosen?.includes('aboveScale'), sciTech: !!chosen?.includes('sciTech') };
}

export function parseSorting(
  sorting: string | null,
): { column: SortableColumn; order: SortOrder } | null {
  const [column, direction, ...rest] = (sorting ?? '').trim().split(/\s+/);
  if (rest.length > 0 || !(SORTABLE_COLUMNS as readonly string[]).includes(column)) {
    return null;
  }
  if (
    direction !== undefined &&
    direction.toLowerCase() !== 'desc' &&
    direction.toLowerCase() !== 'asc'
  ) {
    return null;
  }
  return {
    column: column as SortableColumn,
    order: direction?.toLowerCase() === 'desc' ? 'descend' : 'ascend',
  };
}

export function toSorting(column: SortableColumn, order: SortOrder): string | null {
  return order === null ? null : order === 'descend' ? `${column} desc` : column;
}
