/**
 * School sites Plainsight may be allowed on: MIS report writers and marksheets, and parent
 * portals. They are optional host permissions: the extension asks for one only when a person
 * presses "Use Plainsight on this site" there. Framework-free, so Node tests and the WXT
 * config can read it.
 */
export const KNOWN_SITES = [
  '*://*.arbor.sc/*',
  '*://www.mychildatschool.com/*',
  '*://*.sims.co.uk/*',
  '*://www.sims-parent.co.uk/*',
  '*://*.isams.cloud/*',
  '*://www.classcharts.com/*',
  '*://www.go4schools.com/*',
  '*://*.bromcom.com/*',
] as const;

/** Pages the extension can never run on: the browser's own pages and other extensions' pages. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * The match pattern for the whole site a page is on ("https://school.arbor.sc/*"), or
 * undefined for a page the extension cannot run on. The port is left out: Chrome's match
 * patterns ignore it, and a pattern with one is refused.
 */
export function sitePatternFor(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (!WEB_SCHEMES.has(url.protocol) || !url.hostname) return undefined;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether a match pattern covers a page ("*://*.arbor.sc/*" covers https://x.arbor.sc/a). */
export function patternMatches(pattern: string, pageUrl: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)\/(.*)$/.exec(pattern);
  if (!parts) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  if (scheme === '*' ? !WEB_SCHEMES.has(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const pathPattern = new RegExp(`^/${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}

/** Whether Plainsight offers itself on this page as a known school site. */
export function isKnownSite(pageUrl: string): boolean {
  return KNOWN_SITES.some((pattern) => patternMatches(pattern, pageUrl));
}
