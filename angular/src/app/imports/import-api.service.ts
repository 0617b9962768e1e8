import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ImportFileFormat,
  ImportKind as ImportKindDto,
  ImportPreviewDto,
  ImportResultDto,
  ImportRowErrorDto,
} from '../proxy/models';
import { ImportService } from '../proxy/services';

/* The feature's view of the generated client: the wizard imports these names only. */
export type ImportKind = ImportKindDto;
export type ImportPreview = ImportPreviewDto;
export type ImportRowError = ImportRowErrorDto;
export type ImportResult = ImportResultDto;
export type ImportFormat = ImportFileFormat;

export const IMPORT_KINDS: readonly ImportKind[] = ['Enterprises', 'YearlyData', 'Qualifications'];

@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly api = inject(ImportService);

  /** The kind's .xlsx template in the user's language; the response is kept for its file name. */
  template(kind: ImportKind): Observable<HttpResponse<Blob>> {
    return this.api.importGetTemplate$Response({ kind });
  }

  /** Checks every row; writes nothing. */
  preview(kind: ImportKind, file: Blob): Observable<ImportPreview> {
    return this.api.importPreview({ kind, body: { file } });
  }

  /** Imports the same file its clean preview described (the fingerprint says which). */
  commit(kind: ImportKind, file: Blob, fingerprint: string): Observable<ImportResult> {
    return this.api.importCommit({ kind, body: { file, fingerprint } });
  }
}
