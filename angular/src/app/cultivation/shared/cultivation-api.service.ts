import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/*
 * The cultivation feature's only HTTP access. Written over HttpClient until the generated client has
 * these endpoints; then the bodies switch to `src/app/proxy/` services and the pages stay as they are.
 * Enums travel as their names; times are ISO UTC strings, dates `yyyy-MM-dd`.
 */

export type CultivationStage = 'Reserve' | 'Key' | 'ReadyToApply';
export type MembershipStatus = 'Proposed' | 'Admitted' | 'Rejected' | 'Exited';
export type ExitReason =
  'CertifiedHighTech' | 'MovedOut' | 'Deregistered' | 'NoLongerEligible' | 'Withdrawn';
export type MembershipEventKind = 'Proposed' | 'Admitted' | 'Rejected' | 'StageChanged' | 'Exited';
export type QualificationKind =
  'TechSme' | 'HighTech' | 'InnovativeSme' | 'SrdiSme' | 'LittleGiant';
export type ScienceRung = 'None' | 'TechSme' | 'HighTech';
export type MiitRung = 'None' | 'InnovativeSme' | 'SrdiSme' | 'LittleGiant';
export type DataProvenance =
  'SelfReported' | 'EnteredByOfficer' | 'VerifiedByBureau' | 'OfficialList';

export const CULTIVATION_STAGES: readonly CultivationStage[] = ['Reserve', 'Key', 'ReadyToApply'];
export const EXIT_REASONS: readonly ExitReason[] = [
  'CertifiedHighTech',
  'MovedOut',
  'Deregistered',
  'NoLongerEligible',
  'Withdrawn',
];

export interface PoolSummary {
  size: number;
  floor: number;
  belowFloor: boolean;
  reserve: number;
  key: number;
  readyToApply: number;
  pendingProposals: number;
}

export interface PoolListRequest {
  filter?: string | null;
  stage?: CultivationStage | null;
  subDistrictCode?: string | null;
  industryFieldCode?: string | null;
  incubatorId?: string | null;
  minDaysInStage?: number | null;
  sorting?: string | null;
  skipCount: number;
  maxResultCount: number;
}

export interface PoolItem {
  membershipId: string;
  enterpriseId: string;
  enterpriseName: string;
  unifiedSocialCreditCode: string;
  subDistrictName: string | null;
  industryFieldName: string | null;
  incubatorName: string | null;
  stage: CultivationStage;
  stageSince: string;
  admittedAt: string;
  daysInStage: number;
  concurrencyStamp: string;
}

export interface PagedResult<T> {
  totalCount: number;
  items: T[];
}

export interface Proposal {
  membershipId: string;
  enterpriseId: string;
  enterpriseName: string;
  unifiedSocialCreditCode: string;
  reason: string;
  evidence: string | null;
  proposedAt: string;
  proposedByName: string | null;
  concurrencyStamp: string;
}

export interface ProposeRequest {
  enterpriseId: string;
  reason: string;
  evidence: string | null;
}

export interface MembershipEvent {
  kind: MembershipEventKind;
  stage: CultivationStage | null;
  time: string;
  userName: string | null;
  note: string | null;
}

export interface Membership {
  id: string;
  enterpriseId: string;
  status: MembershipStatus;
  stage: CultivationStage | null;
  reason: string | null;
  evidence: string | null;
  proposedAt: string;
  admittedAt: string | null;
  exitedAt: string | null;
  exitReason: ExitReason | null;
  rejectionReason: string | null;
  concurrencyStamp: string;
  events: MembershipEvent[];
}

export interface AdmitRequest {
  concurrencyStamp: string;
  note: string | null;
}
export interface RejectRequest {
  concurrencyStamp: string;
  reason: string;
}
export interface MoveRequest {
  concurrencyStamp: string;
  stage: CultivationStage;
  note: string | null;
}
export interface ExitRequest {
  concurrencyStamp: string;
  reason: ExitReason;
  note: string | null;
}

export interface LadderPosition<TRung> {
  rung: TRung;
  validUntil: string | null;
}

export interface Ladders {
  asOf: string;
  science: LadderPosition<ScienceRung>;
  miit: LadderPosition<MiitRung>;
}

export interface Qualification {
  id: string;
  kind: QualificationKind;
  certificateNumber: string;
  issuedOn: string;
  expiresOn: string | null;
  source: DataProvenance;
  isValidToday: boolean;
}

export interface AddQualificationRequest {
  kind: QualificationKind;
  certificateNumber: string;
  issuedOn: string;
  /** Computed by the server when omitted. */
  expiresOn?: string | null;
  source: DataProvenance;
}

const POOL = '/api/app/cultivation/pool';
const MEMBERSHIPS = '/api/app/cultivation/memberships';
const ENTERPRISES = '/api/app/enterprises';

@Injectable({ providedIn: 'root' })
export class CultivationApi {
  private readonly http = inject(HttpClient);

  getSummary(): Observable<PoolSummary> {
    return this.http.get<PoolSummary>(`${POOL}/summary`);
  }

  getPool(request: PoolListRequest): Observable<PagedResult<PoolItem>> {
    return this.http.get<PagedResult<PoolItem>>(POOL, { params: toParams({ ...request }) });
  }

  /** The roster as .xlsx, with the list's filters (paging and sorting are ignored by the server). */
  exportPool(
    request: Omit<PoolListRequest, 'skipCount' | 'maxResultCount'>,
  ): Observable<HttpResponse<Blob>> {
    return this.http.get(`${POOL}/export`, {
      params: toParams({ ...request }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  getProposals(skipCount: number, maxResultCount: number): Observable<PagedResult<Proposal>> {
    return this.http.get<PagedResult<Proposal>>('/api/app/cultivation/proposals', {
      params: toParams({ skipCount, maxResultCount }),
    });
  }

  propose(body: ProposeRequest): Observable<Membership> {
    return this.http.post<Membership>('/api/app/cultivation/proposals', body);
  }

  admit(membershipId: string, body: AdmitRequest): Observable<Membership> {
    return this.http.post<Membership>(`${MEMBERSHIPS}/${membershipId}/admit`, body);
  }

  reject(membershipId: string, body: RejectRequest): Observable<Membership> {
    return this.http.post<Membership>(`${MEMBERSHIPS}/${membershipId}/reject`, body);
  }

  move(membershipId: string, body: MoveRequest): Observable<Membership> {
    return this.http.post<Membership>(`${MEMBERSHIPS}/${membershipId}/move`, body);
  }

  exit(membershipId: string, body: ExitRequest): Observable<Membership> {
    return this.http.post<Membership>(`${MEMBERSHIPS}/${membershipId}/exit`, body);
  }

  /** Newest first. */
  getMemberships(enterpriseId: string): Observable<Membership[]> {
    return this.http.get<Membership[]>(`${ENTERPRISES}/${enterpriseId}/memberships`);
  }

  getLadders(enterpriseId: string, asOf?: string | null): Observable<Ladders> {
    return this.http.get<Ladders>(`${ENTERPRISES}/${enterpriseId}/ladders`, {
      params: toParams({ asOf }),
    });
  }

  getQualifications(enterpriseId: string): Observable<Qualification[]> {
    return this.http.get<Qualification[]>(`${ENTERPRISES}/${enterpriseId}/qualifications`);
  }

  addQualification(enterpriseId: string, body: AddQualificationRequest): Observable<Qualification> {
    return this.http.post<Qualification>(`${ENTERPRISES}/${enterpriseId}/qualifications`, body);
  }

  deleteQualification(enterpriseId: string, id: string): Observable<void> {
    return this.http.delete<void>(`${ENTERPRISES}/${enterpriseId}/qualifications/${id}`);
  }
}

/** Query parameters without the empty ones (null, undefined, ''). */
function toParams(
  values: Record<string, string | number | boolean | null | undefined>,
): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
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
