import { ParamMap, Params } from '@angular/router';
import {
  CULTIVATION_STAGES,
  CultivationStage,
  PoolListRequest,
} from '../shared/cultivation-api.service';

export const POOL_SORTABLE_COLUMNS = ['enterpriseName', 'stageSince', 'admittedAt'] as const;
export type PoolSortableColumn = (typeof POOL_SORTABLE_COLUMNS)[number];
export type SortOrder = 'ascend' | 'descend' | null;

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** The roster's state, kept in the URL so a link or a reload shows the same page. */
export interface PoolQuery {
  filter: string;
  stage: CultivationStage | null;
  subDistrictCode: string | null;
  industryFieldCode: string | null;
  incubatorId: string | null;
  responsibleOfficerId: string | null;
  minDaysInStage: number | null;
  sorting: string | null;
  page: number;
  size: number;
}

export function poolQueryFromParams(params: ParamMap): PoolQuery {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const minDays = Number(params.get('minDays'));
  const stage = params.get('stage');
  const sorting = params.get('sorting');
  return {
    filter: params.get('filter') ?? '',
    stage: (CULTIVATION_STAGES as readonly string[]).includes(stage ?? '')
      ? (stage as CultivationStage)
      : null,
    subDistrictCode: params.get('subDistrict') || null,
    industryFieldCode: params.get('industryField') || null,
    incubatorId: params.get('incubator') || null,
    responsibleOfficerId: params.get('officer') || null,
    minDaysInStage:
      params.get('minDays') && Number.isInteger(minDays) && minDays >= 0 ? minDays : null,
    sorting: sorting && parsePoolSorting(sorting) ? sorting : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

/** Query parameters for a state; defaults are left out to keep URLs short. */
export function poolQueryToParams(query: PoolQuery): Params {
  return {
    filter: query.filter || null,
    stage: query.stage,
    subDistrict: query.subDistrictCode,
    industryField: query.industryFieldCode,
    incubator: query.incubatorId,
    officer: query.responsibleOfficerId,
    minDays: query.minDaysInStage,
    sorting: query.sorting,
    page: query.page > 1 ? query.page : null,
    size: query.size !== DEFAULT_PAGE_SIZE ? query.size : null,
  };
}

export function toPoolRequest(query: PoolQuery): PoolListRequest {
  return {
    filter: query.filter || null,
    stage: query.stage,
    subDistrictCode: query.subDistrictCode,
    industryFieldCode: query.industryFieldCode,
    incubatorId: query.incubatorId,
    responsibleOfficerId: query.responsibleOfficerId,
    minDaysInStage: query.minDaysInStage,
    sorting: query.sorting,
    skipCount: (query.page - 1) * query.size,
    maxResultCount: query.size,
  };
}

export function parsePoolSorting(
  sorting: string | null,
): { column: PoolSortableColumn; order: SortOrder } | null {
  const [column, direction, ...rest] = (sorting ?? '').trim().split(/\s+/);
  if (rest.length > 0 || !(POOL_SORTABLE_COLUMNS as readonly string[]).includes(column)) {
    return null;
  }
  const dir = direction?.toLowerCase();
  if (dir !== undefined && dir !== 'desc' && dir !== 'asc') {
    return null;
  }
  return { column: column as PoolSortableColumn, order: dir === 'desc' ? 'descend' : 'ascend' };
}

export function toPoolSorting(column: PoolSortableColumn, order: SortOrder): string | null {
  return order === null ? null : order === 'descend' ? `${column} desc` : column;
}
