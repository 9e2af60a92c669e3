/**
 * The built extension in real Chromium, for the extension's end-to-end tests and its bench:
 * a test build (with PLAINSIGHT_TEST_HOSTS, so no permission prompt) and the store build, the
 * demo's MIS and portal pages served on localhost, and a proxy that catches any request that
 * tries to leave the machine.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { contentSecurityPolicy } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS } from './browser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TEST_HOSTS = 'http://127.0.0.1/* http://localhost/*';
export const TEST_BUILD = join(ROOT, '.output/test/chrome-mv3');
export const STORE_BUILD_DIR = '.output/test-store';
export const STORE_BUILD = join(ROOT, STORE_BUILD_DIR, 'chrome-mv3');

const run = promisify(execFile);

/** Builds the test version and the store version of the extension, side by side. */
export async function buildExtensions(): Promise<void> {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  const env = { ...process.env, NODE_ENV: 'production' };
  await Promise.all([
    run(wxt, ['build', '--mv3'], { cwd: ROOT, env: { ...env, PLAINSIGHT_TEST_HOSTS: TEST_HOSTS } }),
    run(wxt, ['build', '--mv3'], { cwd: ROOT, env: { ...env, PLAINSIGHT_TEST_HOSTS: '', PLAINSIGHT_OUT_DIR: STORE_BUILD_DIR } }),
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

/** Serves demo/ (the MIS and portal pages) with the demo's strict security policy. */
export async function serveDemo(port: number): Promise<{ server: Server; url: string }> {
  const base = join(ROOT, 'demo');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(base, decodeURIComponent(pathname)));
    if (!file.startsWith(base + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(extname(file) === '.html' ? { 'content-security-policy': contentSecurityPolicy(`http://127.0.0.1:${port}`) } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found.');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * A proxy every non-local request would go through: it records the request and refuses it.
 * Chromium never sends loopback addresses to a proxy, so only requests that would leave the
 * machine arrive here, whichever part of the browser (page, extension, service worker) made them.
 */
export async function leakTrap(port: number): Promise<{ server: Server; leaks: string[] }> {
  const leaks: string[] = [];
  const server = createServer((request, response) => {
    leaks.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    leaks.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { server, leaks };
}

/** The browser's own calls home (time, updates, autofill, sign-in), switched off so the trap only sees real leaks. */
const QUIET_FLAGS = [
  '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,SignInProfileCreation',
  '--disable-client-side-phishing-detection', '--disable-domain-reliability', '--no-pings', '--disable-default-apps',
  '--disable-extensions-http-throttling', '--extensions-update-frequency=2147483647', '--no-service-autorun',
];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** Every URL any page asked for. */
  requests: string[];
  /** Uncaught errors in pages. */
  errors: string[];
  open(url: string): Promise<Page>;
}

export async function launchWithExtension(dir: string, proxyPort: number): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...QUIET_FLAGS, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--window-size=1280,900'],
    enableExtensions: [dir],
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'));
  const extensionId = new URL(worker.url()).host;
  const requests: string[] = [];
  const errors: string[] = [];
  // The service worker's own fetches (the language files) are recorded too.
  const session = await worker.createCDPSession();
  session.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
  await session.send('Network.enable');
  return {
    browser,
    extensionId,
    requests,
    errors,
    async open(url) {
      const page = await browser.newPage();
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(`${url}: ${String(error)}`));
      await page.goto(url);
      return page;
    },
  };
}

/** Chromium's own calls home, which no flag fully silences; anything else reaching the trap is a leak. */
export const BROWSER_OWN_HOSTS = /^(CONNECT |GET http:\/\/|POST http:\/\/)?[^/]*\b(googleapis\.com|google\.com|gvt1\.com)(:\d+)?(\/|$)/;

/** One DevTools session per page, holding the shadow root once found: looking it up again is heavy work for the page. */
const shadowRoots = new WeakMap<Page, Promise<{ session: CDPSession; objectId: string }>>();

async function findShadowRoot(page: Page): Promise<{ session: CDPSession; objectId: string }> {
  await page.waitForSelector('plainsight-ui');
  const session = await page.createCDPSession();
  const { result: host } = await session.send('Runtime.evaluate', { expression: 'document.querySelector("plainsight-ui")' });
  const { node } = await session.send('DOM.describeNode', { objectId: host.objectId!, depth: 1, pierce: true });
  const shadowRoot = node.shadowRoots?.[0];
  if (!shadowRoot) throw new Error('The extension has no shadow root on this page.');
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId });
  // The DOM agent mirrors the whole page while enabled: switch it off once the root is found.
  await session.send('DOM.disable').catch(() => {});
  return { session, objectId: object.objectId! };
}

/**
 * Calls a function on the extension's CLOSED shadow root, through the DevTools protocol (page
 * scripts cannot reach it; a test can). `fn` gets the shadow root as `this`, and `args`.
 */
export async function inShadow<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  let found = shadowRoots.get(page);
  if (!found) {
    found = findShadowRoot(page);
    shadowRoots.set(page, found);
    found.catch(() => shadowRoots.delete(page));
  }
  const { session, objectId } = await found;
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId, functionDeclaration: fn, arguments: args.map((value) => ({ value })), returnByValue: true, awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** Waits until a function on the shadow root returns something truthy. */
export async function waitInShadow<T>(page: Page, fn: string, timeoutMs = 10_000, ...args: unknown[]): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await inShadow<T>(page, fn, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting in the shadow root for: ${fn}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs axe in a page (or a frame) and returns its violations as short lines. */
export async function axeViolations(page: Page, context: string | null = null): Promise<string[]> {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(selector ?? document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, context);
}
