import { ParamMap, Params } from '@angular/router';
import {
  intIn,
  oneOf,
  PageState,
  pageFromParams,
  pageToParams,
} from '../../platforms/shared/page-query';
import { BENEFIT_POLICIES, BenefitFilters } from '../shared/benefits-api.service';

/** The ledger's state, kept in the URL (an enterprise's grants: `?enterprise=<id>`). */
export interface BenefitQuery extends Required<BenefitFilters>, PageState {}

export function benefitQueryFromParams(params: ParamMap): BenefitQuery {
  return {
    enterpriseId: params.get('enterprise') || null,
    policy: oneOf(params.get('policy'), BENEFIT_POLICIES),
    year: intIn(params.get('year'), 2000, 2100),
    filter: params.get('filter') ?? '',
    ...pageFromParams(params),
  };
}

export function benefitQueryToParams(query: BenefitQuery): Params {
  return {
    enterprise: query.enterpriseId,
    policy: query.policy,
    year: query.year,
    filter: query.filter || null,
    ...pageToParams(query),
  };
}

/** The years a filter offers: this year back to ten years ago. */
export function benefitYears(today: Date): number[] {
  return Array.from({ length: 11 }, (_, i) => today.getFullYear() - i);
}
