import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FeedbackMark, SignOff } from '../homework/types';

/** What the outbox sends, and where each entry stands. */
export type OutboxKind = 'signoff' | 'feedback' | 'contact-preferences';
export type OutboxState = 'waiting' | 'sent' | 'rejected';

export interface OutboxRow {
  /** The record's id, sent as the Idempotency-Key so the school can drop a repeat. */
  key: string;
  kind: OutboxKind;
  record: SignOff | FeedbackMark | PreferencesRecord;
  state: OutboxState;
  attempts: number;
  createdAt: string;
  /** When to try again (ms since 1970); 0 means now. */
  nextAttemptAt: number;
  sentAt?: string;
  /** Why the school refused it, or why the last try failed. */
  error?: string;
}

/**
 * One saved version of a family's contact preferences. Each save is a new record, so what a
 * family said before is never lost; the newest for a form is the one in force.
 */
export interface PreferencesRecord {
  id: string;
  /** Which family's form this is (a pupil or family id the school gives). */
  formKey: string;
  savedAt: string;
  value: Record<string, unknown>;
}

export interface PlainsightSchema extends DBSchema {
  signoffs: { key: string; value: SignOff; indexes: { pupilId: string } };
  feedback: { key: string; value: FeedbackMark; indexes: { pupilId: string } };
  outbox: { key: string; value: OutboxRow; indexes: { state: OutboxState } };
  preferences: { key: string; value: PreferencesRecord; indexes: { formKey: string } };
}

export type PlainsightDb = IDBPDatabase<PlainsightSchema>;
type UpgradeTransaction = IDBPTransaction<PlainsightSchema, StoreNames<PlainsightSchema>[], 'versionchange'>;

/**
 * The numbered upgrades: upgrade N takes a database at version N - 1 to version N. A new
 * version only ever adds a step, so a database from any older version opens without loss.
 */
export const UPGRADES: ((db: PlainsightDb, tx: UpgradeTransaction) => void)[] = [
  // 1: sign-offs and the outbox.
  (db) => {
    db.createObjectStore('signoffs', { keyPath: 'id' });
    db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('state', 'state');
  },
  // 2: teachers' stamps and slips; sign-offs found by pupil.
  (db, tx) => {
    db.createObjectStore('feedback', { keyPath: 'id' }).createIndex('pupilId', 'pupilId');
    tx.objectStore('signoffs').createIndex('pupilId', 'pupilId');
  },
  // 3: families' contact preferences, every saved version.
  (db) => {
    db.createObjectStore('preferences', { keyPath: 'id' }).createIndex('formKey', 'formKey');
  },
];

export const DB_VERSION = UPGRADES.length;
