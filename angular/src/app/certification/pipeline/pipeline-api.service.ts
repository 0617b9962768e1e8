import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ApplicationCardDto,
  ApplicationEventDto,
  ApplicationStage as ApplicationStageModel,
  CertificationApplicationDto,
  EvidenceItemDto,
  EvidenceState as EvidenceStateModel,
  MoveApplicationDto,
  OfficialListImportResultDto,
  PipelineColumnDto,
  QualificationKind,
  UnmatchedRowDto,
  UpdateEvidenceDto,
} from '../../proxy/models';
import { CertificationApplicationService } from '../../proxy/services';

/*
 * The pipeline board's view of the generated client: the board imports these names only, so a
 * renamed generated type or method is fixed here. Dates are `yyyy-MM-dd`.
 */
export type ApplicationStage = ApplicationStageModel;
export type EvidenceState = EvidenceStateModel;
export type PipelineColumn = PipelineColumnDto;
export type ApplicationCard = ApplicationCardDto;
export type Application = CertificationApplicationDto;
export type EvidenceItem = EvidenceItemDto;
export type ApplicationEvent = ApplicationEventDto;
export type MoveInput = MoveApplicationDto;
export type EvidenceInput = UpdateEvidenceDto;
export type ImportResult = OfficialListImportResultDto;
export type UnmatchedRow = UnmatchedRowDto;

/** The board's columns, left to right (the server sends one per stage). */
export const PIPELINE_STAGES: readonly ApplicationStage[] = [
  'Candidate',
  'Preparing',
  'Submitted',
  'UnderReview',
  'Publicized',
  'Approved',
  'Rejected',
  'Withdrawn',
];

export const EVIDENCE_STATES: readonly EvidenceState[] = [
  'Missing',
  'Provided',
  'Verified',
  'Expired',
];

/** The stages an official list can move applications to. */
export const LIST_STAGES: readonly ApplicationStage[] = ['Publicized', 'Approved'];

/** Cards per column the board asks for (the count shows the rest). */
export const MAX_PER_COLUMN = 50;

@Injectable({ providedIn: 'root' })
export class PipelineApi {
  private readonly applications = inject(CertificationApplicationService);

  getPipeline(kind: QualificationKind, year: number): Observable<PipelineColumn[]> {
    return this.applications.certificationApplicationGetPipeline({
      kind,
      year,
      maxPerColumn: MAX_PER_COLUMN,
    });
  }

  /** The board of a kind and year as .xlsx (stage, days, completeness, missing materials). */
  exportPipeline(kind: QualificationKind, year: number): Observable<HttpResponse<Blob>> {
    return this.applications.certificationApplicationExport$Response({ kind, year });
  }

  get(id: string): Observable<Application> {
    return this.applications.certificationApplicationGet({ id });
  }

  move(id: string, input: MoveInput): Observable<Application> {
    return this.applications.certificationApplicationMove({ id, body: input });
  }

  updateEvidence(id: string, input: EvidenceInput): Observable<Application> {
    return this.applications.certificationApplicationUpdateEvidence({ id, body: input });
  }

  /** Uploads an official list (.xlsx); the XSRF header is added by HttpClient as for any POST. */
  importOfficialList(input: {
    file: File;
    kind: QualificationKind;
    year: number;
    stage: ApplicationStage;
    issuedOn: string | null;
  }): Observable<ImportResult> {
    return this.applications.certificationApplicationImportOfficialList({
      body: {
        File: input.file,
        Kind: input.kind,
        Year: input.year,
        Stage: input.stage,
        IssuedOn: input.issuedOn ?? undefined,
      },
    });
  }
}
