import { Injectable, inject } from '@angular/core';
import { IncubatorLookupDto, OfficerLookupDto, SubDistrictDto, TechFieldDto } from '../proxy/models';
import { LookupService } from '../proxy/services';
import { cached } from './cached';

export type SubDistrict = SubDistrictDto;
export type TechField = TechFieldDto;
export type IncubatorLookup = IncubatorLookupDto;
export type OfficerLookup = OfficerLookupDto;

/** Reference lists for pickers, loaded once per session. */
@Injectable({ providedIn: 'root' })
export class LookupsService {
  private readonly api = inject(LookupService);

  readonly subDistricts = cached(() => this.api.lookupGetSubDistricts());
  readonly techFields = cached(() => this.api.lookupGetTechFields());
  readonly incubators = cached(() => this.api.lookupGetIncubators());
  readonly officers = cached(() => this.api.lookupGetOfficers());
}
