import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateEnterpriseDto,
  EnterpriseContactDto,
  EnterpriseContactInput,
  EnterpriseDto,
  EnterpriseListItemDto,
  UpdateEnterpriseDto,
} from '../../proxy/models';
import { EnterpriseService } from '../../proxy/services';

/*
 * The feature's view of the generated client: pages import these names only, so a renamed
 * generated type or method is fixed here.
 */
export type Enterprise = EnterpriseDto;
export type EnterpriseListItem = EnterpriseListItemDto;
export type EnterpriseContact = EnterpriseContactDto;
export type EnterpriseContactRequest = EnterpriseContactInput;
export type CreateEnterpriseRequest = CreateEnterpriseDto;
export type UpdateEnterpriseRequest = UpdateEnterpriseDto;

export interface EnterpriseListRequest {
  filter?: string | null;
  subDistrictCode?: string | null;
  industryFieldCode?: string | null;
  /** true: only 规上 enterprises; null: all. */
  isAboveScale?: boolean | null;
  /** true: only 科学研究和技术服务业; null: all. */
  isSciTechService?: boolean | null;
  sorting?: string | null;
  skipCount: number;
  maxResultCount: number;
}

export interface EnterprisePage {
  totalCount: number;
  items: EnterpriseListItem[];
}

@Injectable({ providedIn: 'root' })
export class EnterpriseApi {
  private readonly api = inject(EnterpriseService);

  getList(request: EnterpriseListRequest): Observable<EnterprisePage> {
    return this.api.enterpriseGetList({
      ...listFilters(request),
      skipCount: request.skipCount,
      maxResultCount: request.maxResultCount,
    });
  }

  /**
   * The list as .xlsx with its filters and sorting (the server ignores paging). The generated call
   * asks for a blob; the whole response is kept for its Content-Disposition file name.
   */
  export(
    request: Omit<EnterpriseListRequest, 'skipCount' | 'maxResultCount'>,
  ): Observable<HttpResponse<Blob>> {
    return this.api.enterpriseExport$Response(listFilters(request));
  }

  get(id: string): Observable<Enterprise> {
    return this.api.enterpriseGet({ id });
  }

  create(body: CreateEnterpriseRequest): Observable<Enterprise> {
    return this.api.enterpriseCreate({ body });
  }

  update(id: string, body: UpdateEnterpriseRequest): Observable<Enterprise> {
    return this.api.enterpriseUpdate({ id, body });
  }

  delete(id: string): Observable<void> {
    return this.api.enterpriseDelete({ id });
  }
}

/** The list's filters and sorting as query parameters; empty ones are left out. */
function listFilters(request: Omit<EnterpriseListRequest, 'skipCount' | 'maxResultCount'>) {
  return {
    filter: request.filter || undefined,
    subDistrictCode: request.subDistrictCode || undefined,
    industryFieldCode: request.industryFieldCode || undefined,
    isAboveScale: request.isAboveScale ?? undefined,
    isSciTechService: request.isSciTechService ?? undefined,
    sorting: request.sorting || undefined,
  };
}
