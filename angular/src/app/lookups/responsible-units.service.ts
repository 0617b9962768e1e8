import { Injectable, inject } from '@angular/core';
import { map } from 'rxjs';
import { LookupService } from '../proxy/services';
import { cached } from './cached';

export interface ResponsibleUnitLookup {
  id: string;
  name: string;
}

/** 责任单位 for pickers (visit needs, transfers, filters), read once per session. */
@Injectable({ providedIn: 'root' })
export class ResponsibleUnitsService {
  private readonly lookups = inject(LookupService);

  readonly units = cached<ResponsibleUnitLookup[]>(() =>
    this.lookups.lookupGetResponsibleUnits().pipe(map((units) => units.map((u) => ({ id: u.id, name: u.name })))),
  );
}
