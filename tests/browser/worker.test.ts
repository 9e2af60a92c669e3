import { expect } from '@open-wc/testing';
import { loadEnglish, loadLanguage } from '../../lib/glossary/languages';
import { connectWorker } from '../../lib/worker/client';
import { createLocalApi } from '../../lib/worker/node-api';

describe('the engine in a real Worker', () => {
  const worker = new Worker(new URL('../../lib/worker/worker.ts', import.meta.url), { type: 'module' });
  const engine = connectWorker(worker, { loadEnglish, loadLanguage });
  after(() => worker.terminate());

  it('analyses a report off the main thread, the same as in the page', async () => {
    const text = 'Reading: EXS. Attendance 91.2%. FFT target 6. Phonics check 33/40.';
    const analysis = await engine.analyse(text);
    expect(analysis.values.map((v) => v.kind)).to.deep.equal(['attendance', 'gcse', 'phonics-check']);
    expect(analysis).to.deep.equal(await createLocalApi().analyse(text));
  });

  it('takes a school profile and reports a bad one in plain words', async () => {
    await engine.setProfile('{ "scales": [ { "id": "atl", "name": "ATL", "prefixes": ["ATL"], "values": [ { "code": "2", "meaning": "Tries hard." } ] } ] }');
    const analysis = await engine.analyse('ATL 2');
    expect(analysis.values[0]?.meaning).to.equal('Tries hard.');
    let message = '';
    try {
      await engine.setProfile('{ "scales": [ { "id": "atl" } ] }');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.match(/line 1/);
    expect((await engine.analyse('ATL 2')).values).to.have.length(1);
  });

  it('refuses an unknown language', async () => {
    let message = '';
    try {
      await engine.analyse('EXS', { lang: 'zz' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.match(/no words in the language "zz"/);
  });
});
