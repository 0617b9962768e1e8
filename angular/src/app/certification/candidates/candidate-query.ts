import { ParamMap, Params } from '@angular/router';
import {
  CANDIDATE_KINDS,
  CandidateFilters,
  EligibilityVerdict,
  Paging,
  QualificationKind,
  VERDICTS,
} from '../shared/certification-api.service';

export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_KIND: QualificationKind = 'SrdiSme';
const MAX_PAGE_SIZE = 100;

/** The candidate list's state, kept in the URL so a link or a reload shows the same page. */
export interface CandidateQuery extends CandidateFilters {
  page: number;
  size: number;
}

export function candidateQueryFromParams(params: ParamMap): CandidateQuery {
  const kind = params.get('kind');
  const verdict = params.get('verdict');
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    kind: (CANDIDATE_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as QualificationKind)
      : DEFAULT_KIND,
    subDistrictCode: params.get('subDistrict') || null,
    industryFieldCode: params.get('industryField') || null,
    verdict: (VERDICTS as readonly string[]).includes(verdict ?? '')
      ? (verdict as EligibilityVerdict)
      : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
  };
}

/** Query parameters for a state; defaults are left out to keep URLs short. */
export function candidateQueryToParams(query: CandidateQuery): Params {
  return {
    kind: query.kind !== DEFAULT_KIND ? query.kind : null,
    subDistrict: query.subDistrictCode,
    industryField: query.industryFieldCode,
    verdict: query.verdict,
    page: query.page > 1 ? query.page : null,
    size: query.size !== DEFAULT_PAGE_SIZE ? query.size : null,
  };
}

export function candidateFilters(query: CandidateQuery): CandidateFilters {
  return {
    kind: query.kind,
    subDistrictCode: query.subDistrictCode,
    industryFieldCode: query.industryFieldCode,
    verdict: query.verdict,
  };
}

export function candidatePaging(query: CandidateQuery): Paging {
  return { skipCount: (query.page - 1) * query.size, maxResultCount: query.size };
}

/** Whether anything but the kind narrows the list (an empty list then says nothing about the snapshots). */
export function isNarrowed(query: CandidateQuery): boolean {
  return !!(query.subDistrictCode || query.industryFieldCode || query.verdict);
}
