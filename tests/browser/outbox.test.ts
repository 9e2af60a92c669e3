import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import type { SignOff } from '../../lib/homework/types';
import { latestPreferences, listPreferences, listSignOffs, openStore, outboxEntry, saveFeedback, savePreferences, saveSignOff } from '../../lib/store/index';
import { DB_VERSION, type PlainsightDb, UPGRADES } from '../../lib/store/schema';
import { createFlusher } from '../../lib/sync/index';

let count = 0;
const dbName = () => `plainsight-test-${Date.now()}-${++count}`;

function signOff(overrides: Partial<SignOff> = {}): SignOff {
  return {
    id: crypto.randomUUID(), assignmentId: 'maths-1', pupilId: 'p1', status: 'done',
    signedBy: 'Amira Khan', signedAt: new Date().toISOString(), ...overrides,
  };
}

async function receiver(path: string, method = 'POST'): Promise<{ records: { key: string }[]; posts: Record<string, number> }> {
  const response = await fetch(`/receiver${path}`, { method });
  return response.json();
}

describe('the store', () => {
  let db: PlainsightDb;
  let name: string;
  beforeEach(async () => {
    name = dbName();
    db = await openStore(name);
  });
  afterEach(async () => {
    db.close();
    await deleteDB(name);
  });

  it('saves a sign-off and its outbox entry together, and keeps it after the database is closed', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    db.close();
    db = await openStore(name);
    expect(await listSignOffs(db, 'p1')).to.deep.equal([record]);
    expect((await outboxEntry(db, record.id))?.state).to.equal('waiting');
  });

  it('never writes over a sign-off, and a failed save leaves no outbox entry behind', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    let failed = false;
    try {
      await saveSignOff(db, { ...record, status: 'not-done', reason: 'changed' });
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
    expect((await listSignOffs(db, 'p1'))[0]!.status).to.equal('done');
    expect(await db.count('outbox')).to.equal(1);
  });

  it('keeps every saved version of a family\'s contact preferences, the newest in force', async () => {
    const first = { id: crypto.randomUUID(), formKey: 'family-1', savedAt: '2026-11-01T10:00:00.000Z', value: { language: 'en' } };
    const second = { id: crypto.randomUUID(), formKey: 'family-1', savedAt: '2026-11-02T10:00:00.000Z', value: { language: 'ur' } };
    await savePreferences(db, first);
    await savePreferences(db, second);
    expect((await latestPreferences(db, 'family-1'))?.value).to.deep.equal({ language: 'ur' });
    expect((await listPreferences(db)).map((record) => record.id)).to.deep.equal([first.id, second.id]);
    expect((await outboxEntry(db, second.id))?.kind).to.equal('contact-preferences');
  });

  it('opens a database made by version 1 and upgrades it without losing a record', async () => {
    const oldName = dbName();
    const record = signOff();
    const old = await openDB(oldName, 1, { upgrade: (v1, _o, _n, tx) => UPGRADES[0]!(v1 as unknown as PlainsightDb, tx as never) });
    await old.put('signoffs' as never, record as never);
    old.close();
    const upgraded = await openStore(oldName);
    expect(upgraded.version).to.equal(DB_VERSION);
    expect(await listSignOffs(upgraded, 'p1')).to.deep.equal([record]);
    await saveFeedback(upgraded, { id: 'f1', assignmentId: 'maths-1', pupilId: 'p1', stampId: 'star', givenAt: new Date().toISOString() });
    expect(await upgraded.count('feedback')).to.equal(1);
    upgraded.close();
    await deleteDB(oldName);
  });
});

describe('the outbox', () => {
  let db: PlainsightDb;
  let name: string;
  let clock: number;
  const now = () => clock;
  beforeEach(async () => {
    name = dbName();
    db = await openStore(name);
    clock = Date.now();
    await receiver('/reset');
  });
  afterEach(async () => {
    db.close();
    await deleteDB(name);
    await receiver('/reset');
  });

  it('with the school down for a while, then up, delivers each sign-off exactly once', async () => {
    const records = [signOff(), signOff(), signOff()];
    for (const record of records) await saveSignOff(db, record);
    const flusher = createFlusher({ db, endpoint: '/receiver', now, random: () => 1, baseDelayMs: 1000 });
    await receiver('/mode?set=down');
    await flusher.flush();
    const waiting = await outboxEntry(db, records[0]!.id);
    expect(waiting).to.include({ state: 'waiting', attempts: 1 });
    expect(waiting?.error).to.match(/down/);
    // Not due yet: nothing is sent before the back-off ends.
    await receiver('/mode?set=up');
    await flusher.flush();
    expect((await receiver('/records', 'GET')).records).to.have.length(0);
    clock += 60_000;
    await flusher.flush();
    await flusher.flush();
    const { records: received, posts } = await receiver('/records', 'GET');
    expect(received.map((r) => r.key).sort()).to.deep.equal(records.map((r) => r.id).sort());
    expect(Object.values(posts)).to.deep.equal([1, 1, 1]);
    for (const record of records) expect((await outboxEntry(db, record.id))?.state).to.equal('sent');
  });

  it('sends at once, back-off or not, when the device comes back online', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    const flusher = createFlusher({ db, endpoint: '/receiver', now });
    await receiver('/mode?set=down');
    await flusher.flush();
    await receiver('/mode?set=up');
    await flusher.flush();
    expect((await outboxEntry(db, record.id))?.state).to.equal('waiting');
    await flusher.flush({ everything: true });
    expect((await outboxEntry(db, record.id))?.state).to.equal('sent');
  });

  it('backs off exponentially, with jitter, after each failure', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    await receiver('/mode?set=down');
    const waits: number[] = [];
    const flusher = createFlusher({ db, endpoint: '/receiver', now, random: () => 0, baseDelayMs: 1000, maxDelayMs: 5000 });
    for (let attempt = 0; attempt < 4; attempt++) {
      await flusher.flush();
      const row = await db.get('outbox', record.id);
      waits.push(row!.nextAttemptAt - clock);
      clock = row!.nextAttemptAt;
    }
    // random() = 0 is the shortest jitter: half of 1, 2, 4 and then the 5-second cap.
    expect(waits).to.deep.equal([500, 1000, 2000, 2500]);
  });

  it('stops on a 4xx that says the data is wrong, and keeps the reason to show', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    await receiver('/mode?set=reject');
    const flusher = createFlusher({ db, endpoint: '/receiver', now });
    await flusher.flush();
    clock += 3_600_000;
    await flusher.flush();
    const entry = await outboxEntry(db, record.id);
    expect(entry).to.include({ state: 'rejected', attempts: 1 });
    expect(entry?.error).to.match(/does not know this pupil/);
  });

  it('keeps trying without a network, and says why', async () => {
    const record = signOff();
    await saveSignOff(db, record);
    const flusher = createFlusher({ db, endpoint: 'http://127.0.0.1:9/nowhere', now });
    await flusher.flush();
    const entry = await outboxEntry(db, record.id);
    expect(entry).to.include({ state: 'waiting', attempts: 1 });
    expect(entry?.error).to.match(/Could not reach the school/);
  });

  it('two tabs sending at once lose nothing and double nothing', async () => {
    const records = Array.from({ length: 20 }, () => signOff());
    for (const record of records) await saveSignOff(db, record);
    // Two frames stand in for two tabs: each its own page and flusher, the same database.
    type Tab = Window & { ready?: boolean; signAndSend(name: string, count: number): Promise<void> };
    const frames = await Promise.all([0, 1].map(() => new Promise<HTMLIFrameElement>((resolve) => {
      const frame = document.createElement('iframe');
      frame.src = '/tests/fixtures/outbox-tab.html';
      frame.title = 'another tab';
      document.body.append(frame);
      const wait = () => ((frame.contentWindow as Tab | null)?.ready ? resolve(frame) : setTimeout(wait, 20));
      wait();
    })));
    // Both tabs sign off ten more pieces and send, at the same time.
    await Promise.all(frames.map((frame) => (frame.contentWindow as Tab).signAndSend(name, 10)));
    const { records: received, posts } = await receiver('/records', 'GET');
    expect(received).to.have.length(40);
    expect(await db.count('signoffs')).to.equal(40);
    expect(Object.values(posts).every((times) => times === 1)).to.equal(true);
    for (const frame of frames) frame.remove();
  });
});
