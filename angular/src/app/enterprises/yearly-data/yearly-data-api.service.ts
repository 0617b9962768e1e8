import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  DataProvenance as DataProvenanceModel,
  UpdateYearlyDataDto,
  YearlyDataDto,
  YearlyDataRevisionDto,
  YearlyDataStatus as YearlyDataStatusModel,
  YearlyFiguresDto,
} from '../../proxy/models';
import { YearlyDataService } from '../../proxy/services';

/*
 * The yearly-data feature's view of the generated client: components import these names only, so a
 * renamed generated type or method is fixed here.
 */
export type YearlyDataStatus = YearlyDataStatusModel;
export type DataProvenance = DataProvenanceModel;

/** A year's figures: money in yuan, counts as numbers; null (or absent) = unknown. */
export type YearlyFigures = YearlyFiguresDto;
export type YearlyFigureName = keyof YearlyFigures;

/**
 * The server always sends every property, but the schema marks none of this class DTO's properties
 * required (unlike the record DTOs), so the generated model has them all optional.
 */
export type YearlyData = Required<YearlyDataDto>;

/** The figures plus the stamp read with them (null when the year is new). */
export type SaveYearlyDataRequest = UpdateYearlyDataDto;

/** One saved version: its status, who and when, and the figures nested under `figures`. */
export type YearlyDataRevision = YearlyDataRevisionDto;

@Injectable({ providedIn: 'root' })
export class YearlyDataApi {
  private readonly api = inject(YearlyDataService);

  /** Newest first. */
  getList(enterpriseId: string): Observable<YearlyData[]> {
    return this.api.yearlyDataGetList({ enterpriseId }) as Observable<YearlyData[]>;
  }

  get(enterpriseId: string, fiscalYear: number): Observable<YearlyData> {
    return this.api.yearlyDataGet({ enterpriseId, fiscalYear }) as Observable<YearlyData>;
  }

  /** Creates or updates the year's draft. */
  save(
    enterpriseId: string,
    fiscalYear: number,
    body: SaveYearlyDataRequest,
  ): Observable<YearlyData> {
    return this.api.yearlyDataSaveDraft({
      enterpriseId,
      fiscalYear,
      body,
    }) as Observable<YearlyData>;
  }

  submit(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.api.yearlyDataSubmit({
      enterpriseId,
      fiscalYear,
      body: { concurrencyStamp },
    }) as Observable<YearlyData>;
  }

  verify(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.api.yearlyDataVerify({
      enterpriseId,
      fiscalYear,
      body: { concurrencyStamp },
    }) as Observable<YearlyData>;
  }

  reopen(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
  ): Observable<YearlyData> {
    return this.api.yearlyDataReopen({
      enterpriseId,
      fiscalYear,
      body: { concurrencyStamp },
    }) as Observable<YearlyData>;
  }

  return(
    enterpriseId: string,
    fiscalYear: number,
    concurrencyStamp: string,
    comment: string,
  ): Observable<YearlyData> {
    return this.api.yearlyDataReturn({
      enterpriseId,
      fiscalYear,
      body: { concurrencyStamp, comment },
    }) as Observable<YearlyData>;
  }

  getRevisions(enterpriseId: string, fiscalYear: number): Observable<YearlyDataRevision[]> {
    return this.api.yearlyDataGetRevisions({ enterpriseId, fiscalYear });
  }
}
