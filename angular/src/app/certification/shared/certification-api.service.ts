import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { EligibilityCandidateGetList$Params } from '../../proxy/fn/eligibility-candidate/eligibility-candidate-get-list';
import { RecertificationGetList$Params } from '../../proxy/fn/recertification/recertification-get-list';
import {
  CriterionDto,
  EligibilityCandidateDto,
  EligibilityRefreshResultDto,
  EligibilityVerdict as EligibilityVerdictModel,
  PagedResultDtoOfEligibilityCandidateDto,
  PagedResultDtoOfRecertificationItemDto,
  QualificationKind as QualificationKindModel,
  RecertificationItemDto,
} from '../../proxy/models';
import { EligibilityCandidateService, RecertificationService } from '../../proxy/services';

/*
 * The certification lists' view of the generated client: pages import these names only, so a
 * renamed generated type or method is fixed here. Dates are `yyyy-MM-dd`.
 */
export type QualificationKind = QualificationKindModel;
export type EligibilityVerdict = EligibilityVerdictModel;
export type Candidate = EligibilityCandidateDto;
export type CandidatePage = PagedResultDtoOfEligibilityCandidateDto;
export type Criterion = CriterionDto;
export type RefreshResult = EligibilityRefreshResultDto;
export type RecertificationItem = RecertificationItemDto;
export type RecertificationPage = PagedResultDtoOfRecertificationItemDto;

/** The kinds in the order the candidate list offers them (专精特新 first, as the plan asks). */
export const CANDIDATE_KINDS: readonly QualificationKind[] = [
  'SrdiSme',
  'LittleGiant',
  'HighTech',
  'InnovativeSme',
  'TechSme',
];
export const VERDICTS: readonly EligibilityVerdict[] = ['Eligible', 'NeedsReview', 'NotEligible'];

/** The candidate list's filters (null = not filtered). */
export interface CandidateFilters {
  kind: QualificationKind;
  subDistrictCode: string | null;
  industryFieldCode: string | null;
  verdict: EligibilityVerdict | null;
}

/** The re-certification list's filters (null = not filtered). */
export interface RecertificationFilters {
  year: number;
  subDistrictCode: string | null;
  incubatorId: string | null;
}

export interface Paging {
  skipCount: number;
  maxResultCount: number;
}

@Injectable({ providedIn: 'root' })
export class CertificationApi {
  private readonly candidates = inject(EligibilityCandidateService);
  private readonly recertifications = inject(RecertificationService);

  getCandidates(filters: CandidateFilters, paging: Paging): Observable<CandidatePage> {
    return this.candidates.eligibilityCandidateGetList({ ...candidateParams(filters), ...paging });
  }

  /** The ranked list as .xlsx with the list's filters; the response is kept for its file name. */
  exportCandidates(filters: CandidateFilters): Observable<HttpResponse<Blob>> {
    return this.candidates.eligibilityCandidateExport$Response(candidateParams(filters));
  }

  /** Recomputes every enterprise's snapshots now (the nightly job does it too). */
  refreshCandidates(): Observable<RefreshResult> {
    return this.candidates.eligibilityCandidateRefresh();
  }

  getRecertifications(
    filters: RecertificationFilters,
    paging: Paging,
  ): Observable<RecertificationPage> {
    return this.recertifications.recertificationGetList({
      ...recertificationParams(filters),
      ...paging,
    });
  }

  exportRecertifications(filters: RecertificationFilters): Observable<HttpResponse<Blob>> {
    return this.recertifications.recertificationExport$Response(recertificationParams(filters));
  }
}

/** Query parameters of the candidate list; empty filters are left out. */
export function candidateParams(filters: CandidateFilters): EligibilityCandidateGetList$Params {
  return {
    kind: filters.kind,
    subDistrictCode: filters.subDistrictCode || undefined,
    industryFieldCode: filters.industryFieldCode || undefined,
    verdict: filters.verdict ?? undefined,
  };
}

/** Query parameters of the re-certification list; empty filters are left out. */
export function recertificationParams(
  filters: RecertificationFilters,
): RecertificationGetList$Params {
  return {
    year: filters.year,
    subDistrictCode: filters.subDistrictCode || undefined,
    incubatorId: filters.incubatorId || undefined,
  };
}
