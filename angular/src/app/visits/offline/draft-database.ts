import { DBSchema, IDBPDatabase, openDB } from 'idb';
import { VisitDraft } from './visit-draft';

const STORE = 'drafts';
const VERSION = 1;

interface OutboxSchema extends DBSchema {
  drafts: { key: string; value: VisitDraft; indexes: { byOwner: string } };
}

/** The drafts in the device's IndexedDB: one object store keyed by draft id, indexed by owner. */
export class DraftDatabase {
  private connection: Promise<IDBPDatabase<OutboxSchema>> | null = null;

  constructor(private readonly name: string) {}

  async list(ownerId: string): Promise<VisitDraft[]> {
    return (await this.open()).getAllFromIndex(STORE, 'byOwner', ownerId);
  }

  async get(id: string): Promise<VisitDraft | undefined> {
    return (await this.open()).get(STORE, id);
  }

  async delete(id: string): Promise<void> {
    await (await this.open()).delete(STORE, id);
  }

  /**
   * Reads a draft, changes it and writes it back in one transaction, so two writers cannot both
   * see "no draft yet" (and give it two different idempotency keys). `change` returns what to
   * store, or undefined to leave the store as it is.
   */
  async update(
    id: string,
    change: (existing: VisitDraft | undefined) => VisitDraft | undefined,
  ): Promise<VisitDraft | undefined> {
    const tx = (await this.open()).transaction(STORE, 'readwrite');
    const next = change(await tx.store.get(id));
    if (next) {
      await tx.store.put(next);
    }
    await tx.done;
    return next;
  }

  close(): void {
    const connection = this.connection;
    this.connection = null;
    connection?.then((db) => db.close()).catch(() => undefined);
  }

  private open(): Promise<IDBPDatabase<OutboxSchema>> {
    if (!this.connection) {
      const reset = () => (this.connection = null);
      this.connection = openDB<OutboxSchema>(this.name, VERSION, {
        upgrade(db) {
          db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('byOwner', 'ownerId');
        },
        // A newer version of the app in another tab wants to upgrade: let it, reopen on next use.
        blocking: () => this.close(),
        terminated: reset,
      });
      // Storage can be refused (private mode, quota): let the next call try again.
      this.connection.catch(reset);
    }
    return this.connection;
  }
}
