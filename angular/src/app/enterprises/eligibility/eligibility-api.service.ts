import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AssessEligibilityInput,
  CriterionDto,
  EligibilityProfileDto,
  EligibilityResultDto,
  EligibilityVerdict as EligibilityVerdictModel,
  EnterpriseEligibilityDto,
  EnterpriseFacts as EnterpriseFactsModel,
  FiscalYearFacts as FiscalYearFactsModel,
  KindAssessmentDto,
  MeasureDto,
  QualificationKind as QualificationKindModel,
  RdInstitutionLevel as RdInstitutionLevelModel,
  ScoreSummary as ScoreSummaryModel,
  TechSmeRdOption as TechSmeRdOptionModel,
  UpdateEligibilityProfileDto,
} from '../../proxy/models';
import { EligibilityService } from '../../proxy/services';

/*
 * The eligibility feature's view of the generated client: components import these names only, so a
 * renamed generated type or method is fixed here.
 */
export type QualificationKind = QualificationKindModel;
export type EligibilityVerdict = EligibilityVerdictModel;
export type RdInstitutionLevel = Exclude<RdInstitutionLevelModel, null>;
export type TechSmeRdOption = Exclude<TechSmeRdOptionModel, null>;
export type EnterpriseFacts = EnterpriseFactsModel;
export type FiscalYearFacts = FiscalYearFactsModel;
export type Measure = MeasureDto;
export type ScoreSummary = ScoreSummaryModel;
/** One criterion: passed true/false, or null when unknown; measures and message already localised. */
export type Criterion = CriterionDto;
/** One kind's verdict, score range and criteria under one rule set. */
export type KindAssessment = KindAssessmentDto;
/** The stored assessment of an enterprise's verified data. */
export type EnterpriseEligibility = EnterpriseEligibilityDto;
/** A what-if result: nothing stored. */
export type EligibilityResult = EligibilityResultDto;
export type AssessRequest = AssessEligibilityInput;
export type EligibilityProfile = EligibilityProfileDto;
export type SaveProfileRequest = UpdateEligibilityProfileDto;

@Injectable({ providedIn: 'root' })
export class EligibilityApi {
  private readonly api = inject(EligibilityService);

  /** Assesses the enterprise's verified data as of the date (yyyy-MM-dd) and stores the run. */
  getForEnterprise(enterpriseId: string, asOf: string): Observable<EnterpriseEligibility> {
    return this.api.eligibilityGetForEnterprise({ enterpriseId, asOf });
  }

  /** Assesses the given facts; stores nothing (what-if). */
  assess(body: AssessRequest): Observable<EligibilityResult> {
    return this.api.eligibilityAssess({ body });
  }

  getProfile(enterpriseId: string): Observable<EligibilityProfile> {
    return this.api.eligibilityGetProfile({ enterpriseId });
  }

  saveProfile(enterpriseId: string, body: SaveProfileRequest): Observable<EligibilityProfile> {
    return this.api.eligibilityUpdateProfile({ enterpriseId, body });
  }
}
