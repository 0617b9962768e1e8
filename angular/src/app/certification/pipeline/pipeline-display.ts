import { ApplicationStage } from './pipeline-api.service';

/** What a move to a stage asks for before it is sent. */
export type MoveInputKind = 'none' | 'certificate' | 'reason';

/** Approved needs the certificate number and issue date; Rejected and Withdrawn need a reason. */
export function moveInputKind(stage: ApplicationStage): MoveInputKind {
  switch (stage) {
    case 'Approved':
      return 'certificate';
    case 'Rejected':
    case 'Withdrawn':
      return 'reason';
    default:
      return 'none';
  }
}

export function moveNeedsInput(stage: ApplicationStage): boolean {
  return moveInputKind(stage) !== 'none';
}

/** Whether a drop is offered: another column, and (once known) one the application allows. */
export function canDropOn(
  from: ApplicationStage,
  to: ApplicationStage,
  allowed: readonly ApplicationStage[] | null,
): boolean {
  return from !== to && (allowed === null || allowed.includes(to));
}

/** The completeness (0–1) as a whole percentage, clamped; 0 for anything not a number. */
export function completenessPercent(completeness: number | null | undefined): number {
  if (completeness === null || completeness === undefined || !Number.isFinite(completeness)) {
    return 0;
  }
  return Math.round(Math.min(1, Math.max(0, completeness)) * 100);
}

/** The progress bar's state: complete in green, the rest normal. */
export function completenessStatus(completeness: number | null | undefined): 'success' | 'normal' {
  return completenessPercent(completeness) >= 100 ? 'success' : 'normal';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since a time (0 for a time in the future or unreadable). */
export function daysSince(since: string | null | undefined, now: Date = new Date()): number {
  const time = since ? new Date(since).getTime() : NaN;
  if (Number.isNaN(time)) {
    return 0;
  }
  return Math.max(0, Math.floor((now.getTime() - time) / DAY_MS));
}

export const STAGE_COLORS: Record<ApplicationStage, string> = {
  Candidate: 'default',
  Preparing: 'blue',
  Submitted: 'geekblue',
  UnderReview: 'purple',
  Publicized: 'orange',
  Approved: 'green',
  Rejected: 'red',
  Withdrawn: 'default',
};

/** What the move modal collects; empty strings count as missing. */
export interface MoveDetails {
  note: string;
  certificateNumber: string;
  issuedOn: string | null;
  expiresOn: string | null;
}

export const EMPTY_MOVE_DETAILS: MoveDetails = {
  note: '',
  certificateNumber: '',
  issuedOn: null,
  expiresOn: null,
};

/** The fields a move to a stage still lacks (names as in MoveApplicationDto). */
export function missingMoveFields(stage: ApplicationStage, details: MoveDetails): string[] {
  switch (moveInputKind(stage)) {
    case 'certificate':
      return [
        ...(details.certificateNumber.trim() ? [] : ['certificateNumber']),
        ...(details.issuedOn ? [] : ['issuedOn']),
      ];
    case 'reason':
      return details.note.trim() ? [] : ['note'];
    default:
      return [];
  }
}

/** The move request for a stage: only the fields that stage takes, trimmed. */
export function toMoveInput(
  stage: ApplicationStage,
  concurrencyStamp: string,
  details: MoveDetails = EMPTY_MOVE_DETAILS,
): {
  stage: ApplicationStage;
  concurrencyStamp: string;
  note: string | null;
  certificateNumber?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
} {
  const note = details.note.trim() || null;
  if (moveInputKind(stage) === 'certificate') {
    return {
      stage,
      concurrencyStamp,
      note,
      certificateNumber: details.certificateNumber.trim(),
      issuedOn: details.issuedOn,
      expiresOn: details.expiresOn,
    };
  }
  return { stage, concurrencyStamp, note };
}
