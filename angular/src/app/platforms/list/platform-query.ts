import { ParamMap, Params } from '@angular/router';
import {
  PLATFORM_KINDS,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  PlatformFilters,
} from '../shared/platforms-api.service';
import { PageState, oneOf, pageFromParams, pageToParams } from '../shared/page-query';

/** The platform register's state, kept in the URL. */
export interface PlatformQuery extends Required<PlatformFilters>, PageState {}

export function platformQueryFromParams(params: ParamMap): PlatformQuery {
  return {
    kind: oneOf(params.get('kind'), PLATFORM_KINDS),
    level: oneOf(params.get('level'), PLATFORM_LEVELS),
    status: oneOf(params.get('status'), PLATFORM_STATUSES),
    subDistrictCode: params.get('subDistrict') || null,
    filter: params.get('filter') ?? '',
    ...pageFromParams(params),
  };
}

export function platformQueryToParams(query: PlatformQuery): Params {
  return {
    kind: query.kind,
    level: query.level,
    status: query.status,
    subDistrict: query.subDistrictCode,
    filter: query.filter || null,
    ...pageToParams(query),
  };
}
