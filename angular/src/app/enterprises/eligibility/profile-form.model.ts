import { FormControl, FormGroup } from '@angular/forms';
import { formatIsoDate, parseIsoDate } from '../../shared/iso-date';
import {
  EligibilityProfile,
  RdInstitutionLevel,
  SaveProfileRequest,
  TechSmeRdOption,
} from './eligibility-api.service';

export const RD_INSTITUTION_LEVELS: readonly RdInstitutionLevel[] = [
  'None',
  'BelowCity',
  'City',
  'Provincial',
  'National',
];

export const TECH_SME_RD_OPTIONS: readonly TechSmeRdOption[] = ['SalesRatio', 'CostRatio'];

/** Yes / no / not known: a select cannot hold null as a choice of its own. */
export type TriState = 'yes' | 'no' | 'unknown';
export const TRI_STATES: readonly TriState[] = ['yes', 'no', 'unknown'];

export function toTriState(value: boolean | null | undefined): TriState {
  return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}

export function fromTriState(value: TriState | null): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

export function createProfileForm() {
  return new FormGroup({
    segmentMarketSince: new FormControl<Date | null>(null),
    rdInstitutionLevel: new FormControl<RdInstitutionLevel | null>(null),
    noMajorIncidentLastYear: new FormControl<TriState>('unknown', { nonNullable: true }),
    techSmeRdOption: new FormControl<TechSmeRdOption | null>(null),
  });
}

export type ProfileForm = ReturnType<typeof createProfileForm>;

export function profileToForm(profile: EligibilityProfile) {
  return {
    segmentMarketSince: parseIsoDate(profile.segmentMarketSince),
    rdInstitutionLevel: profile.rdInstitutionLevel ?? null,
    noMajorIncidentLastYear: toTriState(profile.noMajorIncidentLastYear),
    techSmeRdOption: profile.techSmeRdOption ?? null,
  };
}

/** The request for the form's values, with the stamp read with the profile (null: none yet). */
export function toSaveRequest(
  form: ProfileForm,
  concurrencyStamp: string | null,
): SaveProfileRequest {
  const v = form.getRawValue();
  return {
    segmentMarketSince: formatIsoDate(v.segmentMarketSince),
    rdInstitutionLevel: v.rdInstitutionLevel,
    noMajorIncidentLastYear: fromTriState(v.noMajorIncidentLastYear),
    techSmeRdOption: v.techSmeRdOption,
    concurrencyStamp,
  };
}
