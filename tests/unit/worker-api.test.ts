import { MessageChannel } from 'node:worker_threads';
import { type Endpoint, expose, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/glossary/profile';
import { type PlainsightApi } from '../../lib/worker/api';
import { createLocalApi as createApi } from '../../lib/worker/node-api';

const profileCsv = [
  'type,id,code,forms,meaning,ask',
  'scale,atl,,ATL|attitude to learning,Attitude to learning,',
  'value,atl,1,,Always tries their best.,',
  'value,atl,4,,Needs to try much harder.,',
].join('\n');

describe('the worker api, called directly', () => {
  it('analyses a report with the national glossary', async () => {
    const api = createApi();
    const analysis = await api.analyse('Attendance: 88%. Phonics check 35/40.');
    expect(analysis.values.map((v) => v.kind)).toEqual(['attendance', 'phonics-check']);
    expect(analysis.readability.words).toBeGreaterThan(0);
  });

  it('uses a school profile, and going back to none', async () => {
    const api = createApi();
    expect(api.setProfile(parseProfile(profileCsv))).toEqual({ terms: 0, scales: 1 });
    expect((await api.analyse('ATL 4')).values[0]).toMatchObject({ kind: 'school-scale', meaning: 'Needs to try much harder.' });
    expect(() => parseProfile('type,id,code,forms,meaning,ask\nvalue,nope,1,,x,')).toThrow(/line 2/);
    expect((await api.analyse('ATL 4')).values).toHaveLength(1);
    api.setProfile(null);
    expect((await api.analyse('ATL 4')).values).toHaveLength(0);
  });

  it('loads English and builds the engine once when the warm-up and a report ask together', async () => {
    const { loadEnglish } = await import('../../lib/glossary/languages');
    let loads = 0;
    const api = (await import('../../lib/worker/api')).createApi({ loadEnglish: () => { loads++; return loadEnglish(); } });
    const [, first, second] = await Promise.all([api.warm(), api.analyse('EXS'), api.analyse('GDS')]);
    expect(loads).toBe(1);
    expect(first.terms[0]?.id).toBe('exs');
    expect(second.terms[0]?.id).toBe('gds');
  });

  it('refuses a language it has no words for, in plain words', async () => {
    await expect(createApi().analyse('EXS', { lang: 'zz' })).rejects.toThrow(/no words in the language "zz"/);
  });
});

describe('the worker api through comlink', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => channels.splice(0).forEach((c) => { c.port1.close(); c.port2.close(); }));

  it('gives the same analysis across a message channel as when called directly', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    expose(createApi(), nodeEndpoint(channel.port1) as Endpoint);
    const remote = wrap<PlainsightApi>(nodeEndpoint(channel.port2) as Endpoint);
    const text = 'FFT target 6. KS2 scaled score 104.';
    expect(await remote.analyse(text)).toEqual(await createApi().analyse(text));
  });
});
