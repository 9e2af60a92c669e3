// Runs in Chromium for npm run bench: the store and the outbox, as a widget would use them.
import type { SignOff } from '../../lib/homework/types';
import { type PlainsightDb, listSignOffs, openStore, outboxEntry, saveSignOff, saveSignOffs } from '../../lib/store/index';
import { createFlusher } from '../../lib/sync/index';

function signOffs(count: number, pupilId: string): SignOff[] {
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(), assignmentId: `hw-${i % 40}`, pupilId, status: i % 7 ? 'done' : 'not-done',
    ...(i % 7 ? {} : { reason: 'Was ill' }), note: 'All done, thank you.', signedBy: 'A parent',
    signedAt: new Date(Date.now() + i).toISOString(),
  }));
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function runStoreBench(count: number) {
  const stamp = Date.now();
  // The budget: all written (in one transaction, as when a week is signed together) and read back.
  const bulkDb: PlainsightDb = await openStore(`plainsight-bench-bulk-${stamp}`);
  const bulk = signOffs(count, 'bulk');
  const [readBack, bulkMs] = await timed(async () => {
    await saveSignOffs(bulkDb, bulk);
    return listSignOffs(bulkDb, 'bulk');
  });
  // For comparison: the same number, one transaction each, as separate sign-offs.
  const singleDb = await openStore(`plainsight-bench-single-${stamp}`);
  const [, singleMs] = await timed(() => Promise.all(signOffs(count, 'single').map((record) => saveSignOff(singleDb, record))));
  singleDb.close();
  // The outbox drains everything to the receiver.
  const [, drainMs] = await timed(() => createFlusher({ db: bulkDb, endpoint: '/receiver' }).flush());
  let sent = 0;
  for (const record of bulk) if ((await outboxEntry(bulkDb, record.id))?.state === 'sent') sent++;
  bulkDb.close();
  return { bulkMs, singleMs, readBack: readBack.length, drainMs, sent };
}

(window as unknown as { runStoreBench: typeof runStoreBench }).runStoreBench = runStoreBench;
