import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { VisitGetList$Params } from '../../proxy/fn/visit/visit-get-list';
import {
  CreateVisitDto,
  EnterpriseTimelineItemDto,
  OfficerCoverageDto,
  OfficerOptionDto,
  PagedResultDtoOfVisitListItemDto,
  PolicyTopicDto,
  StoredFileDto,
  StoredFilePurpose,
  UnitKpiDto,
  VisitDto,
  VisitKind as VisitKindModel,
  VisitKpiDto,
  VisitListItemDto,
} from '../../proxy/models';
import { FileService, VisitService } from '../../proxy/services';

/*
 * The visits feature's view of the generated client: pages import these names only.
 * Dates are `yyyy-MM-dd`, times ISO UTC strings.
 */
export type VisitKind = VisitKindModel;
export type Visit = VisitDto;
export type VisitListItem = VisitListItemDto;
export type VisitPage = PagedResultDtoOfVisitListItemDto;
export type VisitKpis = VisitKpiDto;
export type UnitKpi = UnitKpiDto;
export type OfficerCoverage = OfficerCoverageDto;
export type PolicyTopic = PolicyTopicDto;
export type OfficerOption = OfficerOptionDto;
export type CreateVisitRequest = CreateVisitDto;
export type StoredFile = StoredFileDto;
export type FilePurpose = StoredFilePurpose;
export type EnterpriseTimelineItem = EnterpriseTimelineItemDto;

export const VISIT_KINDS: readonly VisitKind[] = [
  'OnSite',
  'OnSiteOffice',
  'Symposium',
  'Phone',
  'Video',
];

/** The ledger's filters as the pages hold them (null = not filtered). */
export interface VisitFilters {
  from?: string | null;
  to?: string | null;
  subDistrictCode?: string | null;
  /** Visits this officer took part in. */
  officerId?: string | null;
  kind?: VisitKind | null;
  filter?: string | null;
}

@Injectable({ providedIn: 'root' })
export class VisitsApi {
  private readonly visits = inject(VisitService);
  private readonly files = inject(FileService);

  getList(filters: VisitFilters, skipCount: number, maxResultCount: number): Observable<VisitPage> {
    return this.visits.visitGetList({ ...toParams(filters), skipCount, maxResultCount });
  }

  /** The ledger as .xlsx with the list's filters; the response is kept for its file name. */
  export(filters: VisitFilters): Observable<HttpResponse<Blob>> {
    return this.visits.visitExport$Response(toParams(filters));
  }

  get(id: string): Observable<Visit> {
    return this.visits.visitGet({ id });
  }

  create(body: CreateVisitRequest): Observable<Visit> {
    return this.visits.visitCreate({ body });
  }

  getKpis(from: string | null, to: string | null): Observable<VisitKpis> {
    return this.visits.visitGetKpis({ from: from || undefined, to: to || undefined });
  }

  getPolicyTopics(): Observable<PolicyTopic[]> {
    return this.visits.visitGetPolicyTopics();
  }

  getOfficerOptions(): Observable<OfficerOption[]> {
    return this.visits.visitGetOfficerOptions();
  }

  getEnterpriseTimeline(enterpriseId: string): Observable<EnterpriseTimelineItem[]> {
    return this.visits.visitGetEnterpriseTimeline({ enterpriseId });
  }

  upload(
    file: Blob,
    fileName: string,
    enterpriseId: string,
    purpose: FilePurpose,
  ): Observable<StoredFile> {
    const named = file instanceof File ? file : new File([file], fileName, { type: file.type });
    return this.files.fileUpload({ body: { file: named, enterpriseId, purpose } });
  }
}

function toParams(filters: VisitFilters): VisitGetList$Params {
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    subDistrictCode: filters.subDistrictCode || undefined,
    officerId: filters.officerId || undefined,
    kind: filters.kind ?? undefined,
    filter: filters.filter || undefined,
  };
}
