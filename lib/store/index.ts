import { openDB } from 'idb';
import type { FeedbackMark, SignOff } from '../homework/types';
import { DB_VERSION, type OutboxKind, type OutboxRow, type PlainsightDb, type PreferencesRecord, UPGRADES } from './schema';

export type { OutboxKind, OutboxRow, OutboxState, PlainsightDb, PreferencesRecord } from './schema';
/** What a widget shows of an outbox entry. */
export type OutboxEntry = Omit<OutboxRow, 'record' | 'nextAttemptAt'>;

/** Opens (or makes, or upgrades) the one Plainsight database on this device. */
export function openStore(name = 'plainsight'): Promise<PlainsightDb> {
  return openDB(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) UPGRADES[version]!(db, tx);
    },
  });
}

function outboxRow(kind: OutboxKind, record: OutboxRow['record'], createdAt: string): OutboxRow {
  return { key: record.id, kind, record, state: 'waiting', attempts: 0, createdAt, nextAttemptAt: 0 };
}

/**
 * Saves a parent's sign-off and its outbox entry in one transaction: both are kept, or
 * neither. `add`, not `put`: a sign-off is never written over.
 */
export function saveSignOff(db: PlainsightDb, signOff: SignOff): Promise<void> {
  return saveSignOffs(db, [signOff]);
}

/** Saves several sign-offs at once (a whole week signed together): all of them, or none. */
export async function saveSignOffs(db: PlainsightDb, signOffs: SignOff[]): Promise<void> {
  const tx = db.transaction(['signoffs', 'outbox'], 'readwrite');
  const signoffStore = tx.objectStore('signoffs');
  const outbox = tx.objectStore('outbox');
  await Promise.all([
    ...signOffs.flatMap((signOff) => [signoffStore.add(signOff), outbox.add(outboxRow('signoff', signOff, signOff.signedAt))]),
    tx.done,
  ]);
}

/** A pupil's sign-offs, oldest first. */
export async function listSignOffs(db: PlainsightDb, pupilId: string): Promise<SignOff[]> {
  const all = await db.getAllFromIndex('signoffs', 'pupilId', pupilId);
  return all.sort((a, b) => a.signedAt.localeCompare(b.signedAt));
}

/** Saves a teacher's stamp or slip and its outbox entry in one transaction. */
export async function saveFeedback(db: PlainsightDb, mark: FeedbackMark): Promise<void> {
  const tx = db.transaction(['feedback', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('feedback').add(mark),
    tx.objectStore('outbox').add(outboxRow('feedback', mark, mark.givenAt)),
    tx.done,
  ]);
}

/** A pupil's stamps and slips, oldest first. */
export async function listFeedback(db: PlainsightDb, pupilId: string): Promise<FeedbackMark[]> {
  const all = await db.getAllFromIndex('feedback', 'pupilId', pupilId);
  return all.sort((a, b) => a.givenAt.localeCompare(b.givenAt));
}

/** Saves a new version of a family's contact preferences and its outbox entry, in one transaction. */
export async function savePreferences(db: PlainsightDb, record: PreferencesRecord): Promise<void> {
  const tx = db.transaction(['preferences', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('preferences').add(record),
    tx.objectStore('outbox').add(outboxRow('contact-preferences', record, record.savedAt)),
    tx.done,
  ]);
}

/** The newest saved version of one family's preferences. */
export async function latestPreferences(db: PlainsightDb, formKey: string): Promise<PreferencesRecord | undefined> {
  const versions = await db.getAllFromIndex('preferences', 'formKey', formKey);
  return versions.sort((a, b) => a.savedAt.localeCompare(b.savedAt)).at(-1);
}

/** Every version saved on this device, oldest first (what a staff export shows). */
export async function listPreferences(db: PlainsightDb): Promise<PreferencesRecord[]> {
  const all = await db.getAll('preferences');
  return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Where one record stands in the outbox (its key is the record's id). */
export async function outboxEntry(db: PlainsightDb, key: string): Promise<OutboxEntry | undefined> {
  const row = await db.get('outbox', key);
  if (!row) return undefined;
  const { record: _record, nextAttemptAt: _next, ...entry } = row;
  return entry;
}

/** The entries waiting to be sent whose time has come, oldest first. */
export async function dueEntries(db: PlainsightDb, now: number): Promise<OutboxRow[]> {
  const waiting = await db.getAllFromIndex('outbox', 'state', 'waiting');
  return waiting.filter((row) => row.nextAttemptAt <= now).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Changes one outbox entry, reading and writing in one transaction so no change is lost. */
export async function updateEntry(db: PlainsightDb, key: string, change: (row: OutboxRow) => OutboxRow): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const row = await tx.store.get(key);
  if (row) await tx.store.put(change(row));
  await tx.done;
}
