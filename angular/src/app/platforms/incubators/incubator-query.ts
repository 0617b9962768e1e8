import { ParamMap, Params } from '@angular/router';
import { INCUBATOR_KINDS, IncubatorFilters } from '../shared/platforms-api.service';
import { PageState, oneOf, pageFromParams, pageToParams } from '../shared/page-query';

/** The incubators page's state, kept in the URL. */
export interface IncubatorQuery extends Required<IncubatorFilters>, PageState {}

export function incubatorQueryFromParams(params: ParamMap): IncubatorQuery {
  return {
    kind: oneOf(params.get('kind'), INCUBATOR_KINDS),
    subDistrictCode: params.get('subDistrict') || null,
    filter: params.get('filter') ?? '',
    ...pageFromParams(params),
  };
}

export function incubatorQueryToParams(query: IncubatorQuery): Params {
  return {
    kind: query.kind,
    subDistrict: query.subDistrictCode,
    filter: query.filter || null,
    ...pageToParams(query),
  };
}
