import { type OutboxRow, type PlainsightDb, dueEntries, updateEntry } from '../store/index';

/** What the school's endpoint receives: one JSON object per POST (schema in README.md). */
export interface Envelope {
  kind: OutboxRow['kind'];
  key: string;
  createdAt: string;
  record: OutboxRow['record'];
}

export interface FlusherOptions {
  db: PlainsightDb;
  /** The school's endpoint. */
  endpoint: string;
  /** Called after any entry changes state, so a widget can show it. */
  onChange?: () => void;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  /** How often to try while there is anything waiting. */
  intervalMs?: number;
  /** The first retry's wait; each failure doubles it, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface Flusher {
  /**
   * Sends everything due now; with `everything`, also what is waiting out a back-off (the
   * device has just come online, or the page has just opened). One tab sends at a time.
   */
  flush(options?: { everything?: boolean }): Promise<void>;
  /** Flushes now, whenever the device comes online, and on a timer. Returns a stop function. */
  start(): () => void;
}

/** The Web Lock every tab takes to send, so two tabs never send the same entry at once. */
export const OUTBOX_LOCK = 'plainsight-outbox';

/** A 4xx means the data is wrong and sending it again will not help; 408 and 429 are worth a retry. */
function refused(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const reason = body.error ?? body.message;
    if (typeof reason === 'string' && reason.trim()) return reason.trim();
  } catch {
    // Not JSON: the text itself, if it is short enough to show.
  }
  return text.trim().slice(0, 300) || `The school's system answered ${response.status}.`;
}

export function createFlusher(options: FlusherOptions): Flusher {
  const {
    db, endpoint, onChange, fetch: send = globalThis.fetch.bind(globalThis), now = Date.now, random = Math.random,
    intervalMs = 30_000, baseDelayMs = 2_000, maxDelayMs = 15 * 60_000,
  } = options;
  let running: Promise<void> | null = null;

  const retryAt = (attempts: number) => {
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempts - 1));
    // Jitter: many phones coming online together do not all knock at the same moment.
    return now() + delay * (0.5 + random() / 2);
  };

  const sendOne = async (row: OutboxRow): Promise<'ok' | 'offline'> => {
    const envelope: Envelope = { kind: row.kind, key: row.key, createdAt: row.createdAt, record: row.record };
    let response: Response;
    try {
      response = await send(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': row.key },
        body: JSON.stringify(envelope),
      });
    } catch (error) {
      await updateEntry(db, row.key, (entry) => ({
        ...entry, attempts: entry.attempts + 1, nextAttemptAt: retryAt(entry.attempts + 1),
        error: `Could not reach the school (${String(error)}).`,
      }));
      return 'offline';
    }
    if (response.ok) {
      await updateEntry(db, row.key, (entry) => ({ ...entry, state: 'sent', sentAt: new Date(now()).toISOString(), attempts: entry.attempts + 1, error: undefined }));
    } else if (refused(response.status)) {
      const reason = await reasonOf(response);
      await updateEntry(db, row.key, (entry) => ({ ...entry, state: 'rejected', attempts: entry.attempts + 1, error: reason }));
    } else {
      const reason = await reasonOf(response);
      await updateEntry(db, row.key, (entry) => ({ ...entry, attempts: entry.attempts + 1, nextAttemptAt: retryAt(entry.attempts + 1), error: reason }));
    }
    return 'ok';
  };

  let everything = false;
  const drain = async () => {
    const until = everything ? Number.POSITIVE_INFINITY : now();
    everything = false;
    for (const row of await dueEntries(db, until)) {
      const result = await sendOne(row);
      onChange?.();
      // Offline: the rest would fail the same way. The 'online' event or the timer tries again.
      if (result === 'offline') return;
    }
  };

  let again = false;
  const flush = (options: { everything?: boolean } = {}): Promise<void> => {
    if (options.everything) everything = true;
    // One drain at a time in this page, and one more after it if asked for meanwhile (a new
    // sign-off may have come). Across tabs, the Web Lock: they take turns, and each turn reads
    // the outbox afresh, so an entry one tab has sent is never sent by another.
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
        do {
          again = false;
          if (locks) await locks.request(OUTBOX_LOCK, drain);
          else await drain();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    flush,
    start() {
      // Back online, or just opened: try everything now. The timer keeps to the back-off.
      const onOnline = () => void flush({ everything: true });
      void flush({ everything: true });
      globalThis.addEventListener?.('online', onOnline);
      const timer = setInterval(() => void flush(), intervalMs);
      return () => {
        globalThis.removeEventListener?.('online', onOnline);
        clearInterval(timer);
      };
    },
  };
}
