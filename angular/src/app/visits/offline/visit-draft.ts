/** A visit form's state kept on the device until the server has it. */
export interface VisitDraft<T = unknown> {
  /** The draft's own key on the device; the form keeps it to save again. */
  id: string;
  /** The signed-in user who wrote it: only they see and send it. */
  ownerId: string;
  /**
   * The idempotency key the server creates the visit with, at most once. Given when the draft is
   * first saved and never changed, so a resend after a lost answer finds the visit already made.
   */
  clientRequestId: string;
  /** What the form holds; the outbox never looks inside. */
  payload: T;
  createdAt: string;
  updatedAt: string;
  /** When the officer pressed submit; null while the draft is still being written (or was refused). */
  queuedAt: string | null;
  /** Sending attempts so far. */
  attempts: number;
  /** Why the last attempt did not go through: to try again later, or refused as invalid. */
  lastOutcome: 'retry' | 'invalid' | null;
  /** The error of the last failed attempt, for support. */
  lastError: string | null;
}

/**
 * What the server made of one draft:
 * - `sent`: the visit exists now (created, or found by its clientRequestId): the draft goes.
 * - `rejected`: refused for good and nothing to fix (e.g. a duplicate visit): the draft goes.
 * - `invalid`: refused for its content (a validation error): the draft stays, back with the officer.
 * - `retry`: no answer (network down, timeout, 5xx): the draft stays queued with the same key.
 * A sender that throws counts as `retry`.
 */
export type SendOutcome = 'sent' | 'rejected' | 'invalid' | 'retry';

export type VisitSender<T = unknown> = (
  payload: T,
  clientRequestId: string,
) => Promise<SendOutcome>;

export interface FlushResult {
  sent: number;
  rejected: number;
  invalid: number;
  /** Still queued: to be tried again. */
  kept: number;
}
