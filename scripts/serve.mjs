// npm start (after the build): serves the demo school site on http://127.0.0.1:5173 and the
// widget bundle again on http://127.0.0.1:5174, a second origin that stands in for a CDN.
// Every demo page is sent with a strict Content Security Policy and Trusted Types enforced,
// so the demo shows the widgets working the way a careful school would run them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createReceiver } from './receiver.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const SITE_PORT = Number(process.env.PORT ?? 5173);
const CDN_PORT = SITE_PORT + 1;
const HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

export function contentSecurityPolicy(cdn) {
  return [
    "default-src 'self'", `script-src 'self' ${cdn}`, "style-src 'self'", "img-src 'self' data:",
    `connect-src 'self' ${cdn}`, "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'",
    "form-action 'self'", "frame-ancestors 'none'",
    "require-trusted-types-for 'script'", 'trusted-types plainsight lit-html',
  ].join('; ');
}

/** URL path → file: the site's pages, its sample reports, and the built widgets. */
const SITE_ROUTES = [
  ['/widgets/', 'dist/widgets/'],
  ['/samples/', 'demo/samples/'],
  ['/school/', 'demo/school/'],
  ['/', 'demo/'],
];

async function fileFor(routes, pathname) {
  for (const [prefix, folder] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(root, folder);
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== base && !file.startsWith(base + sep)) return null; // no way out of the folder
    try {
      const info = await stat(file);
      return info.isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return null;
    }
  }
  return null;
}

function serve(port, routes, headersFor, receiver) {
  const server = createServer(async (request, response) => {
    if (receiver && (await receiver.handle(request, response))) return;
    const { pathname } = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    if (pathname === '/' && routes === SITE_ROUTES) {
      response.writeHead(302, { location: '/school/' });
      response.end();
      return;
    }
    const file = await fileFor(routes, pathname);
    let body;
    try {
      if (!file) throw new Error('not found');
      body = await readFile(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headersFor('.txt', pathname) });
      response.end('Not found.');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...headersFor(extname(file), pathname) });
    response.end(body);
  });
  return new Promise((done) => server.listen(port, HOST, () => done(server)));
}

export async function startDemo({ sitePort = SITE_PORT, cdnPort = CDN_PORT } = {}) {
  const cdn = `http://${HOST}:${cdnPort}`;
  // The school's endpoint: what the homework widget's outbox sends arrives here.
  const receiver = createReceiver();
  const site = await serve(sitePort, SITE_ROUTES, (ext, pathname) => ({
    'x-content-type-options': 'nosniff',
    ...(ext === '.html' ? { 'content-security-policy': contentSecurityPolicy(cdn) } : {}),
    // The staff page's snippet names the bundle and the samples here: any site it is pasted
    // into may load them, as it would from a school's own web server or a CDN.
    ...(/^\/(widgets|samples)\//.test(pathname) ? { 'access-control-allow-origin': '*' } : {}),
  }), receiver);
  const cdnServer = await serve(cdnPort, [['/widgets/', 'dist/widgets/']], () => ({
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  }));
  return { site, cdn: cdnServer, receiver, siteUrl: `http://${HOST}:${sitePort}`, cdnUrl: cdn };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { siteUrl, cdnUrl } = await startDemo();
  console.log(`Plainsight demo: open ${siteUrl} in your browser.`);
  console.log(`  School website: ${siteUrl}/`);
  console.log(`  Staff page (make the snippet): ${siteUrl}/staff.html`);
  console.log(`  For the browser extension: a pretend MIS ${siteUrl}/mis/ and parent portal ${siteUrl}/portal/report.html`);
  console.log(`  What the school has received from the homework outbox: ${siteUrl}/receiver/records`);
  console.log(`  The widget bundle, as a CDN would serve it: ${cdnUrl}/widgets/plainsight.js`);
  console.log('Press Ctrl+C to stop.');
}
