import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { IssuedReportDto, SemiAnnualReportDto } from '../../proxy/models';
import { SemiAnnualReportService } from '../../proxy/services';
import { HalfYear } from './half-year';

/*
 * The report pages' view of the generated client: pages import these names only, so a renamed
 * generated type or method is fixed here.
 */
export type SemiAnnualReport = SemiAnnualReportDto;
export type IssuedReport = IssuedReportDto;

@Injectable({ providedIn: 'root' })
export class ReportApiService {
  private readonly api = inject(SemiAnnualReportService);

  /** The issued report of the half-year, or its live draft (district-wide readers only; others get 404). */
  get(p: HalfYear): Observable<SemiAnnualReport> {
    return this.api.semiAnnualReportGet({ year: p.year, half: p.half });
  }

  issued(): Observable<IssuedReport[]> {
    return this.api.semiAnnualReportGetIssuedList();
  }

  issue(p: HalfYear): Observable<SemiAnnualReport> {
    return this.api.semiAnnualReportIssue({ body: { year: p.year, half: p.half } });
  }

  export(p: HalfYear): Observable<HttpResponse<Blob>> {
    return this.api
      .semiAnnualReportExport$Response({ year: p.year, half: p.half })
      .pipe(map((response) => response as HttpResponse<Blob>));
  }
}
