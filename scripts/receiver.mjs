// A school's receiving end, for the demo and the tests: it takes each outbox POST, keeps one
// record per Idempotency-Key (a repeat is answered but not kept twice), and can be told to be
// down (503) or to refuse (422) so tests can see retries and refusals.
const MAX_BODY = 256 * 1024;

export function createReceiver() {
  const records = new Map();
  const posts = new Map();
  let mode = 'up';

  const send = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const readBody = (req) => new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('too big'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

  return {
    records,
    posts,
    /** Handles /receiver requests; false for any other path. */
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://receiver');
      if (!url.pathname.startsWith('/receiver')) return false;
      if (req.method === 'GET' && url.pathname === '/receiver/records') {
        send(res, 200, { records: [...records.values()], posts: Object.fromEntries(posts) });
      } else if (req.method === 'POST' && url.pathname === '/receiver/mode') {
        mode = url.searchParams.get('set') ?? 'up';
        send(res, 200, { mode });
      } else if (req.method === 'POST' && url.pathname === '/receiver/reset') {
        records.clear();
        posts.clear();
        mode = 'up';
        send(res, 200, { ok: true });
      } else if (req.method === 'POST' && url.pathname === '/receiver') {
        if (mode === 'down') return send(res, 503, { error: 'The school system is down for a moment.' }), true;
        const key = req.headers['idempotency-key'];
        let envelope;
        try {
          envelope = JSON.parse(await readBody(req));
        } catch {
          return send(res, 400, { error: 'This is not a record the school can read.' }), true;
        }
        if (mode === 'reject') return send(res, 422, { error: 'The school does not know this pupil. Check the pupil with the school office.' }), true;
        if (typeof key !== 'string' || key !== envelope?.key || !envelope?.record) {
          return send(res, 400, { error: 'The record has no key, or the key does not match.' }), true;
        }
        posts.set(key, (posts.get(key) ?? 0) + 1);
        const duplicate = records.has(key);
        if (!duplicate) records.set(key, envelope);
        send(res, 200, { ok: true, duplicate });
      } else {
        send(res, 404, { error: 'Not found.' });
      }
      return true;
    },
  };
}
