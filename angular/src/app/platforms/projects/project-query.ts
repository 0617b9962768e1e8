import { ParamMap, Params } from '@angular/router';
import { PROJECT_STATUSES, ProjectFilters } from '../shared/platforms-api.service';
import { PageState, intIn, oneOf, pageFromParams, pageToParams } from '../shared/page-query';

/** The tech-transfer projects' state, kept in the URL. */
export interface ProjectQuery extends Required<ProjectFilters>, PageState {}

export function projectQueryFromParams(params: ParamMap): ProjectQuery {
  return {
    year: intIn(params.get('year'), 2000, 2100),
    status: oneOf(params.get('status'), PROJECT_STATUSES),
    enterpriseId: params.get('enterprise') || null,
    filter: params.get('filter') ?? '',
    ...pageFromParams(params),
  };
}

export function projectQueryToParams(query: ProjectQuery): Params {
  return {
    year: query.year,
    status: query.status,
    enterprise: query.enterpriseId,
    filter: query.filter || null,
    ...pageToParams(query),
  };
}

/** The years a filter offers: next year back to ten years ago, newest first. */
export function projectYears(today: Date): number[] {
  const next = today.getFullYear() + 1;
  return Array.from({ length: 11 }, (_, i) => next - i);
}
