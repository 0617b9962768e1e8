import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ProblemDetails, toProblemDetails } from '../../core/http/problem-details';
import { SendOutcome, VisitSender } from '../offline/visit-draft';
import { VisitOutbox } from '../offline/visit-outbox';
import { VisitsApi } from '../shared/visits-api.service';
import { VisitDraftPayload, dataUrlToBlob, toCreateVisitRequest } from './visit-form.model';

/**
 * What a failed request means for a queued draft:
 * - 0 (no network), 408, 429, 5xx and 401 (signed out: send after signing in again) → `retry`;
 * - anything else the server answered (400 validation, 403, 404, 409, 422) → `invalid`: the draft
 *   goes back to the officer with the server's message, nothing is thrown away.
 */
export function outcomeOfStatus(status: number): SendOutcome {
  if (status >= 200 && status < 300) {
    return 'sent';
  }
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) {
    return 'retry';
  }
  return 'invalid';
}

export function outcomeOfError(error: unknown): SendOutcome {
  return error instanceof HttpErrorResponse ? outcomeOfStatus(error.status) : 'retry';
}

/**
 * Sends visit drafts: uploads the signature (once per draft and session), then creates the visit
 * with the draft's idempotency key. Remembers, per key, the visit created and the last refusal,
 * for the form to navigate or show the field errors.
 */
@Injectable({ providedIn: 'root' })
export class VisitSubmitter {
  private readonly api = inject(VisitsApi);
  readonly outbox = inject(VisitOutbox<VisitDraftPayload>);

  private readonly signatures = new Map<string, string>();
  private readonly created = new Map<string, string>();
  private readonly problems = new Map<string, ProblemDetails>();
  private registered = false;

  readonly send: VisitSender<VisitDraftPayload> = async (payload, clientRequestId) => {
    this.problems.delete(clientRequestId);
    try {
      const signatureFileId = await this.uploadSignature(payload, clientRequestId);
      const visit = await firstValueFrom(
        this.api.create(toCreateVisitRequest(payload, clientRequestId, signatureFileId)),
      );
      this.created.set(clientRequestId, visit.id);
      return 'sent';
    } catch (e) {
      const outcome = outcomeOfError(e);
      if (outcome === 'invalid') {
        this.problems.set(clientRequestId, toProblemDetails(e));
      }
      return outcome;
    }
  };

  /** Lets queued drafts go out whenever the browser is back online (once per session). */
  start(): void {
    if (!this.registered) {
      this.registered = true;
      this.outbox.registerSender(this.send);
    }
  }

  createdVisitId(clientRequestId: string): string | null {
    return this.created.get(clientRequestId) ?? null;
  }

  problem(clientRequestId: string): ProblemDetails | null {
    return this.problems.get(clientRequestId) ?? null;
  }

  private async uploadSignature(
    payload: VisitDraftPayload,
    clientRequestId: string,
  ): Promise<string | null> {
    if (!payload.signature || !payload.enterpriseId) {
      return null;
    }
    // A new signature (drawn again after a refusal) is uploaded again.
    const key = `${clientRequestId}|${payload.signature.length}|${payload.signature.slice(-40)}`;
    const known = this.signatures.get(key);
    if (known) {
      return known;
    }
    const file = await firstValueFrom(
      this.api.upload(
        dataUrlToBlob(payload.signature),
        'signature.png',
        payload.enterpriseId,
        'Signature',
      ),
    );
    this.signatures.set(key, file.id);
    return file.id;
  }
}
