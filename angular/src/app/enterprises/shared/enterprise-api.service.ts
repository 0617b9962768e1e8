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
      filter: request.filter ?? undefined,
      subDistrictCode: request.subDistrictCode ?? undefined,
      industryFieldCode: request.industryFieldCode ?? undefined,
      sorting: request.sorting ?? undefined,
      skipCount: request.skipCount,
      maxResultCount: request.maxResultCount,
    });
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
