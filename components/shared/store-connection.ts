import type { PlainsightDb } from '../../lib/store/index';
import type { Flusher } from '../../lib/sync/index';

export type Store = typeof import('../../lib/store/index');

// The store and the sender are loaded only when a widget that saves (homework sign-offs,
// contact preferences) is on the page: a page with only a report on it never downloads
// IndexedDB code.
let storeModule: Promise<Store> | undefined;
const loadStore = (): Promise<Store> => (storeModule ??= import('../../lib/store/index'));
const loadSync = () => import('../../lib/sync/index');

interface SharedFlusher {
  flusher: Promise<Flusher>;
  stop?: () => void;
  listeners: Set<() => void>;
}

interface SharedDb {
  db: Promise<PlainsightDb>;
  users: number;
  flushers: Map<string, SharedFlusher>;
}

/**
 * One database connection per name, and one sender per name and endpoint, however many
 * widgets a page has (a page for three children has three). Each is closed or stopped when
 * the last widget using it leaves the page.
 */
const shared = new Map<string, SharedDb>();

/** A widget's hold on a database and, when it has an endpoint, on the sender for it. */
export class StoreConnection {
  /** The store's functions and the open database; rejects when this browser cannot store anything. */
  readonly ready: Promise<{ store: Store; db: PlainsightDb }>;
  private released = false;
  private readonly entry: SharedDb;

  constructor(private readonly name: string, private readonly endpoint: string | undefined, private readonly onChange: () => void) {
    let entry = shared.get(name);
    if (!entry) {
      const db = loadStore().then((store) => store.openStore(name));
      entry = { db, users: 0, flushers: new Map() };
      shared.set(name, entry);
      const made = entry;
      // A browser that cannot open IndexedDB (some private modes): the next widget tries afresh.
      db.catch(() => { if (shared.get(name) === made) shared.delete(name); });
    }
    entry.users++;
    const current = entry;
    this.entry = entry;
    this.ready = Promise.all([loadStore(), current.db]).then(([store, db]) => ({ store, db }));
    if (endpoint) {
      let sender = current.flushers.get(endpoint);
      if (!sender) {
        const listeners = new Set<() => void>();
        const made: SharedFlusher = {
          listeners,
          flusher: Promise.all([loadSync(), current.db]).then(([sync, db]) =>
            sync.createFlusher({ db, endpoint, onChange: () => { for (const listener of listeners) listener(); } })),
        };
        made.flusher.then((flusher) => {
          // Still wanted once ready: start sending (now, when online, and on a timer).
          if (current.flushers.get(endpoint) === made) made.stop = flusher.start();
        }, () => {});
        current.flushers.set(endpoint, made);
        sender = made;
      }
      sender.listeners.add(onChange);
    }
  }

  /** Asks the sender to send what is waiting now (after a new sign-off or stamp). */
  flush(): void {
    if (!this.endpoint || this.released) return;
    void this.entry.flushers.get(this.endpoint)?.flusher.then((flusher) => flusher.flush()).catch(() => {});
  }

  /** Lets go: the last widget to let go stops the sender and closes the database. */
  release(): void {
    if (this.released) return;
    this.released = true;
    const entry = this.entry;
    if (this.endpoint) {
      const sender = entry.flushers.get(this.endpoint);
      if (sender) {
        sender.listeners.delete(this.onChange);
        if (sender.listeners.size === 0) {
          sender.stop?.();
          entry.flushers.delete(this.endpoint);
        }
      }
    }
    if (--entry.users > 0) return;
    if (shared.get(this.name) === entry) shared.delete(this.name);
    // Closing waits for any save still under way, so nothing is lost.
    void entry.db.then((db) => db.close(), () => {});
  }
}
