import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { NeedGetList$Params } from '../../proxy/fn/need/need-get-list';
import {
  NeedAction as NeedActionModel,
  NeedActionDto,
  NeedBoardColumnDto,
  NeedCategory as NeedCategoryModel,
  NeedDto,
  NeedEventDto,
  NeedListItemDto,
  NeedStatus as NeedStatusModel,
  PagedResultDtoOfNeedListItemDto,
} from '../../proxy/models';
import { NeedService } from '../../proxy/services';

/* The needs feature's view of the generated client. */
export type NeedStatus = NeedStatusModel;
export type NeedCategory = NeedCategoryModel;
export type NeedAction = NeedActionModel;
export type Need = NeedDto;
export type NeedEvent = NeedEventDto;
export type NeedListItem = NeedListItemDto;
export type NeedPage = PagedResultDtoOfNeedListItemDto;
export type NeedBoardColumn = NeedBoardColumnDto;
export type NeedActionRequest = NeedActionDto;

export const NEED_STATUSES: readonly NeedStatus[] = [
  'Open',
  'Accepted',
  'InProgress',
  'Reopened',
  'Resolved',
  'UnresolvablePending',
  'Closed',
  'Unresolvable',
];

export const NEED_CATEGORIES: readonly NeedCategory[] = [
  'Policy',
  'Talent',
  'Technology',
  'Funding',
  'Market',
  'LandAndPremises',
  'Bottleneck',
  'Other',
];

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  Open: 'blue',
  Accepted: 'cyan',
  InProgress: 'processing',
  Reopened: 'orange',
  Resolved: 'purple',
  UnresolvablePending: 'gold',
  Closed: 'success',
  Unresolvable: 'default',
};

/** The ledger's filters as the pages hold them (null = not filtered). */
export interface NeedFilters {
  status?: NeedStatus | null;
  category?: NeedCategory | null;
  responsibleUnitId?: string | null;
  enterpriseId?: string | null;
  overdueOnly?: boolean;
  returnedOnly?: boolean;
  filter?: string | null;
}

@Injectable({ providedIn: 'root' })
export class NeedsApi {
  private readonly needs = inject(NeedService);

  getList(filters: NeedFilters, skipCount: number, maxResultCount: number): Observable<NeedPage> {
    return this.needs.needGetList({ ...toParams(filters), skipCount, maxResultCount });
  }

  export(filters: NeedFilters): Observable<HttpResponse<Blob>> {
    return this.needs.needExport$Response(toParams(filters));
  }

  getBoard(responsibleUnitId: string | null): Observable<NeedBoardColumn[]> {
    return this.needs.needGetBoard({ responsibleUnitId: responsibleUnitId || undefined });
  }

  get(id: string): Observable<Need> {
    return this.needs.needGet({ id });
  }

  act(id: string, body: NeedActionRequest): Observable<Need> {
    return this.needs.needAct({ id, body });
  }
}

function toParams(filters: NeedFilters): NeedGetList$Params {
  return {
    status: filters.status ?? undefined,
    category: filters.category ?? undefined,
    responsibleUnitId: filters.responsibleUnitId || undefined,
    enterpriseId: filters.enterpriseId || undefined,
    overdueOnly: filters.overdueOnly || undefined,
    returnedOnly: filters.returnedOnly || undefined,
    filter: filters.filter || undefined,
  };
}
