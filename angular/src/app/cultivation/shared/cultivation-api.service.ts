import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { CultivationGetPool$Params } from '../../proxy/fn/cultivation/cultivation-get-pool';
import {
  AdmitMembershipDto,
  CreateProposalDto,
  CreateQualificationDto,
  CultivationStage as CultivationStageModel,
  DataProvenance as DataProvenanceModel,
  ExitMembershipDto,
  ExitReason as ExitReasonModel,
  LadderDto,
  MembershipDto,
  MembershipEventDto,
  MembershipEventKind as MembershipEventKindModel,
  MembershipStatus as MembershipStatusModel,
  MiitRung as MiitRungModel,
  MoveMembershipDto,
  PagedResultDtoOfPoolMemberDto,
  PagedResultDtoOfProposalDto,
  PoolMemberDto,
  PoolSummaryDto,
  ProposalDto,
  QualificationDto,
  QualificationKind as QualificationKindModel,
  RejectMembershipDto,
  ScienceRung as ScienceRungModel,
} from '../../proxy/models';
import { CultivationService, QualificationService } from '../../proxy/services';

/*
 * The cultivation feature's view of the generated client: pages import these names only, so a
 * renamed generated type or method is fixed here. Enums travel as their names; times are ISO UTC
 * strings, dates `yyyy-MM-dd`.
 */
export type CultivationStage = CultivationStageModel;
export type MembershipStatus = MembershipStatusModel;
/** The schema lists `null` among the values (the enum is nullable where a membership uses it). */
export type ExitReason = NonNullable<ExitReasonModel>;
export type MembershipEventKind = MembershipEventKindModel;
export type QualificationKind = QualificationKindModel;
export type ScienceRung = ScienceRungModel;
export type MiitRung = MiitRungModel;
export type DataProvenance = DataProvenanceModel;

export type PoolSummary = PoolSummaryDto;
export type PoolItem = PoolMemberDto;
export type PoolResult = PagedResultDtoOfPoolMemberDto;
export type Proposal = ProposalDto;
export type ProposalResult = PagedResultDtoOfProposalDto;
export type ProposeRequest = CreateProposalDto;
export type Membership = MembershipDto;
export type MembershipEvent = MembershipEventDto;
export type AdmitRequest = AdmitMembershipDto;
export type RejectRequest = RejectMembershipDto;
export type MoveRequest = MoveMembershipDto;
export type ExitRequest = ExitMembershipDto;
export type Ladders = LadderDto;
export type Qualification = QualificationDto;
/** `expiresOn` omitted: the server applies the rules' default validity. */
export type AddQualificationRequest = CreateQualificationDto;

export const CULTIVATION_STAGES: readonly CultivationStage[] = ['Reserve', 'Key', 'ReadyToApply'];
export const EXIT_REASONS: readonly ExitReason[] = [
  'CertifiedHighTech',
  'MovedOut',
  'Deregistered',
  'NoLongerEligible',
  'Withdrawn',
];

/** The roster's filters as the pages hold them (null = not filtered). */
export interface PoolListRequest {
  filter?: string | null;
  stage?: CultivationStage | null;
  subDistrictCode?: string | null;
  industryFieldCode?: string | null;
  incubatorId?: string | null;
  responsibleOfficerId?: string | null;
  minDaysInStage?: number | null;
  sorting?: string | null;
  skipCount: number;
  maxResultCount: number;
}

@Injectable({ providedIn: 'root' })
export class CultivationApi {
  private readonly cultivation = inject(CultivationService);
  private readonly qualifications = inject(QualificationService);

  getSummary(): Observable<PoolSummary> {
    return this.cultivation.cultivationGetSummary();
  }

  getPool(request: PoolListRequest): Observable<PoolResult> {
    return this.cultivation.cultivationGetPool({
      ...poolFilters(request),
      skipCount: request.skipCount,
      maxResultCount: request.maxResultCount,
    });
  }

  /**
   * The roster as .xlsx, with the list's filters (paging and sorting are ignored by the server).
   * The generated call asks for a blob (the schema's only content is the spreadsheet); the whole
   * response is kept for its Content-Disposition file name.
   */
  exportPool(
    request: Omit<PoolListRequest, 'skipCount' | 'maxResultCount'>,
  ): Observable<HttpResponse<Blob>> {
    return this.cultivation.cultivationExportPool$Response(poolFilters(request));
  }

  getProposals(skipCount: number, maxResultCount: number): Observable<ProposalResult> {
    return this.cultivation.cultivationGetProposals({ skipCount, maxResultCount });
  }

  propose(body: ProposeRequest): Observable<Membership> {
    return this.cultivation.cultivationPropose({ body });
  }

  admit(membershipId: string, body: AdmitRequest): Observable<Membership> {
    return this.cultivation.cultivationAdmit({ id: membershipId, body });
  }

  reject(membershipId: string, body: RejectRequest): Observable<Membership> {
    return this.cultivation.cultivationReject({ id: membershipId, body });
  }

  move(membershipId: string, body: MoveRequest): Observable<Membership> {
    return this.cultivation.cultivationMove({ id: membershipId, body });
  }

  exit(membershipId: string, body: ExitRequest): Observable<Membership> {
    return this.cultivation.cultivationExit({ id: membershipId, body });
  }

  /** Newest first. */
  getMemberships(enterpriseId: string): Observable<Membership[]> {
    return this.cultivation.cultivationGetEnterpriseMemberships({ enterpriseId });
  }

  getLadders(enterpriseId: string, asOf?: string | null): Observable<Ladders> {
    return this.qualifications.qualificationGetLadders({
      enterpriseId,
      asOf: asOf || undefined,
    });
  }

  getQualifications(enterpriseId: string): Observable<Qualification[]> {
    return this.qualifications.qualificationGetList({ enterpriseId });
  }

  addQualification(enterpriseId: string, body: AddQualificationRequest): Observable<Qualification> {
    return this.qualifications.qualificationCreate({ enterpriseId, body });
  }

  deleteQualification(enterpriseId: string, id: string): Observable<void> {
    return this.qualifications.qualificationDelete({ enterpriseId, id });
  }
}

/** The roster's filters as query parameters; empty ones (null, '') are left out. */
function poolFilters(
  request: Omit<PoolListRequest, 'skipCount' | 'maxResultCount'>,
): CultivationGetPool$Params {
  return {
    filter: request.filter || undefined,
    stage: request.stage ?? undefined,
    subDistrictCode: request.subDistrictCode || undefined,
    industryFieldCode: request.industryFieldCode || undefined,
    incubatorId: request.incubatorId || undefined,
    responsibleOfficerId: request.responsibleOfficerId || undefined,
    minDaysInStage: request.minDaysInStage ?? undefined,
    sorting: request.sorting || undefined,
  };
}

/** The file name of a download from its Content-Disposition header (RFC 5987 `filename*` first). */
export function downloadFileName(response: HttpResponse<unknown>): string | null {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}
