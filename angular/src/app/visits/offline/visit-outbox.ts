import {
  DestroyRef,
  Injectable,
  InjectionToken,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { AppConfigStore } from '../../core/config/app-config.store';
import { DraftDatabase } from './draft-database';
import { randomUuid } from './random-uuid';
import { FlushResult, SendOutcome, VisitDraft, VisitSender } from './visit-draft';

/** The IndexedDB database the drafts live in (tests give each case its own). */
export const VISIT_OUTBOX_DB_NAME = new InjectionToken<string>('VISIT_OUTBOX_DB_NAME', {
  providedIn: 'root',
  factory: () => 'incubation-visit-outbox',
});

/** Whose drafts these are: the signed-in user's id, read as a signal. */
export const VISIT_OUTBOX_OWNER = new InjectionToken<() => string>('VISIT_OUTBOX_OWNER', {
  providedIn: 'root',
  factory: () => {
    const store = inject(AppConfigStore);
    return () => store.currentUser().id ?? '';
  },
});

/**
 * Visit drafts kept on the phone until the server has them. The form saves its state on every
 * change (`saveDraft`), marks it for sending on submit (`enqueue`) and sends with `flush`; drafts
 * that found no network stay queued, with the same idempotency key, and go out again when the
 * browser is back online (through the sender given to `registerSender`).
 *
 * `inject(VisitOutbox<MyForm>)` types the payload; the outbox never looks inside it.
 */
@Injectable({ providedIn: 'root' })
export class VisitOutbox<T = unknown> {
  private readonly db = new DraftDatabase(inject(VISIT_OUTBOX_DB_NAME));
  private readonly owner = inject(VISIT_OUTBOX_OWNER);

  private readonly pending = signal(0);
  private readonly online = signal(typeof navigator === 'undefined' || navigator.onLine !== false);
  private readonly busy = signal(false);

  /** Drafts of the current user waiting to be sent. */
  readonly pendingCount = this.pending.asReadonly();
  /** What the browser says about the network (a hint: `flush` finds out for sure). */
  readonly isOnline = this.online.asReadonly();
  /** True while a flush is sending. */
  readonly flushing = this.busy.asReadonly();

  private sender: VisitSender<T> | null = null;
  private running: Promise<FlushResult> | null = null;
  private followUp: Promise<FlushResult> | null = null;

  constructor() {
    effect(() => {
      this.owner();
      untracked(() => void this.refreshCount().catch(() => undefined));
    });

    if (typeof window !== 'undefined') {
      const goOnline = () => {
        this.online.set(true);
        this.autoFlush();
      };
      const goOffline = () => this.online.set(false);
      window.addEventListener('online', goOnline);
      window.addEventListener('offline', goOffline);
      inject(DestroyRef).onDestroy(() => {
        window.removeEventListener('online', goOnline);
        window.removeEventListener('offline', goOffline);
        this.db.close();
      });
    }
  }

  /**
   * Keeps the form's current state. Without an id a new draft is started; its idempotency key is
   * given once, here, and kept through every later save. Saving does not change whether the draft
   * is queued.
   */
  async saveDraft(draft: { id?: string; payload: T }): Promise<VisitDraft<T>> {
    const id = draft.id ?? randomUuid();
    const ownerId = this.owner();
    const now = new Date().toISOString();
    const saved = await this.db.update(id, (existing) => {
      if (existing && existing.ownerId !== ownerId) {
        throw new Error(`Draft ${id} belongs to another user.`);
      }
      return existing
        ? { ...existing, payload: draft.payload, updatedAt: now }
        : {
            id,
            ownerId,
            clientRequestId: randomUuid(),
            payload: draft.payload,
            createdAt: now,
            updatedAt: now,
            queuedAt: null,
            attempts: 0,
            lastOutcome: null,
            lastError: null,
          };
    });
    askForPersistentStorage();
    return saved as VisitDraft<T>;
  }

  /** The current user's drafts, oldest first. */
  async listDrafts(): Promise<VisitDraft<T>[]> {
    const drafts = (await this.db.list(this.owner())) as VisitDraft<T>[];
    return drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async getDraft(id: string): Promise<VisitDraft<T> | undefined> {
    const draft = await this.db.get(id);
    return draft?.ownerId === this.owner() ? (draft as VisitDraft<T>) : undefined;
  }

  async removeDraft(id: string): Promise<void> {
    if (await this.getDraft(id)) {
      await this.db.delete(id);
    }
    await this.refreshCount();
  }

  /** Marks a saved draft for sending (the officer pressed submit). */
  async enqueue(id: string): Promise<void> {
    const ownerId = this.owner();
    const queued = await this.db.update(id, (existing) =>
      existing && existing.ownerId === ownerId
        ? { ...existing, queuedAt: new Date().toISOString(), lastOutcome: null, lastError: null }
        : undefined,
    );
    if (!queued) {
      throw new Error(`No draft ${id} to enqueue.`);
    }
    await this.refreshCount();
  }

  /**
   * The sender `flush()` uses by default and the one that runs when the browser comes back online.
   * Registering sends what is waiting, when online. Returns the unregistration.
   */
  registerSender(send: VisitSender<T>): () => void {
    this.sender = send;
    this.autoFlush();
    return () => {
      if (this.sender === send) {
        this.sender = null;
      }
    };
  }

  /**
   * Sends the queued drafts one at a time, oldest first. Re-entrant: a call while a flush runs
   * waits for it and then makes (at most) one more pass, so no draft is sent twice at once.
   */
  flush(send: VisitSender<T> | null = this.sender): Promise<FlushResult> {
    if (!send) {
      return Promise.reject(new Error('No sender for the visit outbox.'));
    }
    if (!this.running) {
      this.running = this.sendQueued(send).finally(() => (this.running = null));
      return this.running;
    }
    this.followUp ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.followUp = null;
        return this.flush(send);
      });
    return this.followUp;
  }

  private async sendQueued(send: VisitSender<T>): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, rejected: 0, invalid: 0, kept: 0 };
    this.busy.set(true);
    try {
      const queued = (await this.listDrafts())
        .filter((d) => d.queuedAt)
        .sort((a, b) => a.queuedAt!.localeCompare(b.queuedAt!));
      for (const { id } of queued) {
        // Read again: the officer may have removed it while earlier drafts were being sent.
        const draft = await this.getDraft(id);
        if (!draft?.queuedAt) {
          continue;
        }
        const { outcome, error } = await attempt(send, draft);
        if (outcome === 'sent' || outcome === 'rejected') {
          await this.db.delete(id);
        } else {
          await this.db.update(
            id,
            (current) =>
              current && {
                ...current,
                queuedAt: outcome === 'invalid' ? null : current.queuedAt,
                attempts: current.attempts + 1,
                lastOutcome: outcome,
                lastError: error,
              },
          );
        }
        result[outcome === 'retry' ? 'kept' : outcome]++;
        await this.refreshCount();
      }
    } finally {
      this.busy.set(false);
    }
    return result;
  }

  private autoFlush(): void {
    if (this.sender && this.online()) {
      this.flush().catch(() => undefined);
    }
  }

  private async refreshCount(): Promise<void> {
    const drafts = await this.db.list(this.owner());
    this.pending.set(drafts.filter((d) => d.queuedAt).length);
  }
}

async function attempt<T>(
  send: VisitSender<T>,
  draft: VisitDraft<T>,
): Promise<{ outcome: SendOutcome; error: string | null }> {
  try {
    const outcome = await send(draft.payload, draft.clientRequestId);
    return { outcome, error: null };
  } catch (e) {
    return { outcome: 'retry', error: e instanceof Error ? e.message : String(e) };
  }
}

let persistenceAsked = false;

/** Asks once that the browser not evict the drafts under storage pressure (it may say no). */
function askForPersistentStorage(): void {
  if (!persistenceAsked && typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persistenceAsked = true;
    navigator.storage.persist().catch(() => undefined);
  }
}
