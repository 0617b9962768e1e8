import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/*
 * The yearly-data feature's only HTTP access. Written over HttpClient until the generated client has
 * these endpoints; then the bodies switch to `src/app/proxy/` services and the components stay as they are.
 */

export type YearlyDataStatus = 'Draft' | 'Submitted' | 'Verified' | 'Returned';
export type DataProvenance =
  'SelfReported' | 'EnteredByOfficer' | 'VerifiedByBureau' | 'OfficialList';

/** A year's figures: money in yuan, counts as numbers; null = unknown. */
export interface YearlyFigures {
  salesRevenue: number | null;
  totalIncome: number | null;
  highTechIncome: number | null;
  rdExpense: number | null;
  domesticRdExpense: number | null;
  costAndExpenseTotal: number | null;
  operatingRevenue: number | null;
  mainBusinessRevenue: number | null;
  netProfit: number | null;
  netAssets: number | null;
  totalAssets: number | null;
  totalLiabilities: number | null;
  employees: number | null;
  techStaff: number | null;
  rdStaff: number | null;
  ipClass1Count: number | null;
  ipClass1SelfDevelopedCount: number | null;
  ipClass2Count: number | null;
  conversions: number | null;
  newEquityFinancing: number | null;
}

export type YearlyFigureName = keyof YearlyFigures;

export interface YearlyData extends YearlyFigures {
  id: string;
  enterpriseId: string;
  fiscalYear: number;
  status: YearlyDataStatus;
  provenance: DataProvenance;
  returnComment: string | null;
  submittedAt: string | null;
  verifiedAt: string | null;
  lastModificationTime: string | null;
  concurrencyStamp: string;
}

export interface SaveYearlyDataRequest extends YearlyFigures {
  /** null when the year is new. */
  concurrencyStamp: string | null;
}

export interface YearlyDataRevision extends YearlyFigures {
  status: YearlyDataStatus;
  comment: string | null;
  userName: string | null;
  time: string;
}

@Injectable({ providedIn: 'root' })
export class YearlyDataApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  getList(enterpriseId: string): Observable<YearlyData[]> {
    return this.http.get<YearlyData[]>(base(enterpriseId));
  }

  get(enterpriseId: string, fiscalYear: number): Observable<YearlyData> {
    return this.http.get<YearlyData>(`${base(enterpriseId)}/${fiscalYear}`);
  }

  /** Creates or updates the year's draft. */
  save(
    enterpriseId: string,
    fiscalYear: number,
    body: SaveYearlyDataRequest,
  ): Observable<YearlyData> {
    return this.http.put<YearlyData>(`${base(enterpriseId)}/${fiscalYear}`, body);
  }

  submit(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.http.post<YearlyData>(`${base(enterpriseId)}/${fiscalYear}/submit`, {
      concurrencyStamp,
    });
  }

  verify(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.http.post<YearlyData>(`${base(enterpriseId)}/${fiscalYear}/verify`, {
      concurrencyStamp,
    });
  }

  reopen(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.http.post<YearlyData>(`${base(enterpriseId)}/${fiscalYear}/reopen`, {
      concurrencyStamp,
    });
  }

  return(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
    comment: string,
  ): Observable<YearlyData> {
    return this.http.post<YearlyData>(`${base(enterpriseId)}/${fiscalYear}/return`, {
      concurrencyStamp,
      comment,
    });
  }

  getRevisions(enterpriseId: string, fiscalYear: number): Observable<YearlyDataRevision[]> {
    return this.http.get<YearlyDataRevision[]>(`${base(enterpriseId)}/${fiscalYear}/revisions`);
  }
}

function base(enterpriseId: string): string {
  return `/api/app/enterprises/${enterpriseId}/yearly-data`;
}
