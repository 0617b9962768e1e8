import { Injectable, inject } from '@angular/core';
import { IncubatorLookupDto, SubDistrictDto, TechFieldDto } from '../proxy/models';
import { LookupService } from '../proxy/services';
import { cached } from './cached';

export type SubDistrict = SubDistrictDto;
export type TechField = TechFieldDto;
export type IncubatorLookup = IncubatorLookupDto;

/** Reference lists for pickers, loaded once per session. */
@Injectable({ providedIn: 'root' })
export class LookupsService {
  private readonly api = inject(LookupService);

  readonly subDistricts = cached(() => this.api.lookupGetSubDistricts());
  readonly techFields = cached(() => this.api.lookupGetTechFields());
  readonly incubators = cached(() => this.api.lookupGetIncubators());
}
