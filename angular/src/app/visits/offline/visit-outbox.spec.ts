import 'fake-indexeddb/auto';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { randomUuid } from './random-uuid';
import { SendOutcome, VisitSender } from './visit-draft';
import { VISIT_OUTBOX_DB_NAME, VISIT_OUTBOX_OWNER, VisitOutbox } from './visit-outbox';

interface Form {
  enterprise: string;
  notes: string;
}

let database = 0;

describe('VisitOutbox', () => {
  const owner = signal('officer-1');
  let dbName: string;

  function createOutbox(): VisitOutbox<Form> {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        { provide: VISIT_OUTBOX_DB_NAME, useValue: dbName },
        { provide: VISIT_OUTBOX_OWNER, useValue: () => owner() },
      ],
    });
    return TestBed.inject(VisitOutbox<Form>);
  }

  async function queued(outbox: VisitOutbox<Form>, notes = 'R&D budget'): Promise<string> {
    const draft = await outbox.saveDraft({ payload: { enterprise: 'e1', notes } });
    await outbox.enqueue(draft.id);
    return draft.id;
  }

  beforeEach(() => {
    dbName = `visit-outbox-test-${++database}`;
    owner.set('officer-1');
  });

  it('keeps a saved draft for the next outbox (a reload of the page)', async () => {
    const first = createOutbox();
    const draft = await first.saveDraft({ payload: { enterprise: 'e1', notes: '研发投入' } });

    const second = createOutbox();
    const drafts = await second.listDrafts();

    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      id: draft.id,
      clientRequestId: draft.clientRequestId,
      payload: { enterprise: 'e1', notes: '研发投入' },
      queuedAt: null,
    });
  });

  it('gives a draft its idempotency key once and keeps it through later saves', async () => {
    const outbox = createOutbox();
    const created = await outbox.saveDraft({ payload: { enterprise: 'e1', notes: '' } });
    const saved = await outbox.saveDraft({
      id: created.id,
      payload: { enterprise: 'e1', notes: 'more' },
    });

    expect(created.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.clientRequestId).toBe(created.clientRequestId);
    expect(saved.payload.notes).toBe('more');
    expect(await outbox.listDrafts()).toHaveLength(1);
  });

  it('sends a queued draft once when two flushes run at the same time', async () => {
    const outbox = createOutbox();
    await queued(outbox);
    const keys: string[] = [];
    // A slow server: the second flush starts while the first is still waiting for it.
    const send: VisitSender<Form> = (_, key) => {
      keys.push(key);
      return new Promise((resolve) => setTimeout(() => resolve('sent'), 20));
    };

    const results = await Promise.all([outbox.flush(send), outbox.flush(send)]);

    expect(keys).toHaveLength(1);
    expect(results[0]).toEqual({ sent: 1, rejected: 0, invalid: 0, kept: 0 });
    expect(results[1]).toEqual({ sent: 0, rejected: 0, invalid: 0, kept: 0 });
  });

  it('removes a draft the server took, and one it refused as a duplicate', async () => {
    const outbox = createOutbox();
    await queued(outbox, 'a');
    await queued(outbox, 'b');
    const answers: SendOutcome[] = ['sent', 'rejected'];

    const result = await outbox.flush(async () => answers.shift()!);

    expect(result).toEqual({ sent: 1, rejected: 1, invalid: 0, kept: 0 });
    expect(await outbox.listDrafts()).toEqual([]);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('keeps a draft that met a network error, queued with the same key for the next flush', async () => {
    const outbox = createOutbox();
    const id = await queued(outbox);
    const { clientRequestId } = (await outbox.getDraft(id))!;

    const failed = await outbox.flush(() => Promise.reject(new TypeError('Failed to fetch')));

    expect(failed.kept).toBe(1);
    const kept = (await outbox.getDraft(id))!;
    expect(kept).toMatchObject({
      clientRequestId,
      attempts: 1,
      lastOutcome: 'retry',
      lastError: 'Failed to fetch',
    });
    expect(kept.queuedAt).not.toBeNull();
    expect(outbox.pendingCount()).toBe(1);

    const keys: string[] = [];
    await outbox.flush(async (_, key) => (keys.push(key), 'sent'));
    expect(keys).toEqual([clientRequestId]);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('hands a draft refused as invalid back to the officer instead of losing it', async () => {
    const outbox = createOutbox();
    const id = await queued(outbox);

    const result = await outbox.flush(async () => 'invalid');

    expect(result.invalid).toBe(1);
    expect(await outbox.getDraft(id)).toMatchObject({ queuedAt: null, lastOutcome: 'invalid' });
    expect(outbox.pendingCount()).toBe(0);
  });

  it('sends only queued drafts, and only those of the signed-in user', async () => {
    const outbox = createOutbox();
    await outbox.saveDraft({ payload: { enterprise: 'e1', notes: 'still typing' } });
    owner.set('officer-2');
    await queued(outbox, 'someone else');
    owner.set('officer-1');
    await queued(outbox, 'mine');

    const sent: string[] = [];
    await outbox.flush(async (payload) => (sent.push(payload.notes), 'sent'));

    expect(sent).toEqual(['mine']);
    expect((await outbox.listDrafts()).map((d) => d.payload.notes)).toEqual(['still typing']);
  });

  it('follows the browser offline and flushes through the registered sender when back online', async () => {
    const outbox = createOutbox();
    await queued(outbox);
    const sent: string[] = [];
    window.dispatchEvent(new Event('offline'));
    expect(outbox.isOnline()).toBe(false);

    outbox.registerSender(async (_, key) => (sent.push(key), 'sent'));
    expect(sent).toEqual([]);

    window.dispatchEvent(new Event('online'));
    expect(outbox.isOnline()).toBe(true);
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0));
    expect(sent).toHaveLength(1);
  });

  it('removes a draft on request', async () => {
    const outbox = createOutbox();
    const id = await queued(outbox);
    expect(outbox.pendingCount()).toBe(1);

    await outbox.removeDraft(id);

    expect(await outbox.listDrafts()).toEqual([]);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('refuses to enqueue a draft that does not exist', async () => {
    await expect(createOutbox().enqueue('missing')).rejects.toThrow();
  });
});

describe('randomUuid', () => {
  it('makes version 4 UUIDs without crypto.randomUUID (plain HTTP)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(randomUuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
