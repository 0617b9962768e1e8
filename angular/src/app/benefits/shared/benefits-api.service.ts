import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  BenefitGrantDto,
  BenefitLedgerPageDto,
  BenefitPolicy as BenefitPolicyModel,
  CreateBenefitGrantDto,
  UpdateBenefitGrantDto,
} from '../../proxy/models';
import { BenefitGrantService } from '../../proxy/services';

/* The benefits ledger's view of the generated client. Dates are `yyyy-MM-dd`; amounts are yuan. */
export type BenefitPolicy = BenefitPolicyModel;
export type BenefitGrant = BenefitGrantDto;
export type BenefitPage = BenefitLedgerPageDto;
export type BenefitRequest = CreateBenefitGrantDto;
export type BenefitUpdate = UpdateBenefitGrantDto;

export const BENEFIT_POLICIES: readonly BenefitPolicy[] = [
  'PoolCultivationFund',
  'HighTechAward',
  'SrdiAward',
  'RdSubsidy',
  'TechTransferFund',
  'TalentSubsidy',
  'Other',
];

/** Mirrors BenefitConsts / PlanningConsts on the server (which enforces them anyway). */
export const BenefitLimits = {
  batch: 100,
  note: 1000,
  minYear: 2000,
  maxAmount: 100_000_000,
} as const;

export interface BenefitFilters {
  enterpriseId?: string | null;
  policy?: BenefitPolicy | null;
  year?: number | null;
  filter?: string | null;
}

@Injectable({ providedIn: 'root' })
export class BenefitsApi {
  private readonly grants = inject(BenefitGrantService);

  getList(
    filters: BenefitFilters,
    skipCount: number,
    maxResultCount: number,
  ): Observable<BenefitPage> {
    return this.grants.benefitGrantGetList({ ...toParams(filters), skipCount, maxResultCount });
  }

  /** The ledger as .xlsx with the list's filters and its total. */
  export(filters: BenefitFilters): Observable<HttpResponse<Blob>> {
    return this.grants.benefitGrantExport$Response(toParams(filters));
  }

  get(id: string): Observable<BenefitGrant> {
    return this.grants.benefitGrantGet({ id });
  }

  create(body: BenefitRequest): Observable<BenefitGrant> {
    return this.grants.benefitGrantCreate({ body });
  }

  update(id: string, body: BenefitUpdate): Observable<BenefitGrant> {
    return this.grants.benefitGrantUpdate({ id, body });
  }

  delete(id: string): Observable<void> {
    return this.grants.benefitGrantDelete({ id });
  }
}

function toParams(filters: BenefitFilters) {
  return {
    enterpriseId: filters.enterpriseId || undefined,
    policy: filters.policy ?? undefined,
    year: filters.year ?? undefined,
    filter: filters.filter || undefined,
  };
}
