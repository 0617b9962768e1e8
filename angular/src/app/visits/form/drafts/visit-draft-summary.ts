import { VisitDraft } from '../../offline/visit-draft';
import { VisitDraftPayload } from '../visit-form.model';

/** A draft as the list shows it. */
export interface VisitDraftSummary {
  id: string;
  enterpriseName: string | null;
  visitDate: string | null;
  /** When the form last kept it (ISO UTC). */
  savedAt: string;
  /** Sent and refused for its content: back with the officer to correct. */
  refused: boolean;
}

/**
 * The drafts still being written (or refused by the server), the one saved last first. Queued
 * drafts are not among them: they go out by themselves and are counted as pending.
 */
export function unsentDrafts(
  drafts: readonly VisitDraft<VisitDraftPayload>[],
): VisitDraftSummary[] {
  return drafts
    .filter((d) => !d.queuedAt)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((d) => ({
      id: d.id,
      enterpriseName: d.payload.enterpriseName,
      visitDate: d.payload.visitDate,
      savedAt: d.updatedAt,
      refused: d.lastOutcome === 'invalid',
    }));
}
