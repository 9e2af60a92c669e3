/**
 * Where the content script runs: the sites a person allowed (optional host permissions), kept
 * as one registered content script that the browser remembers across restarts.
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT = '/content-scripts/content.js';
export const PAGE_STYLES = '/plainsight-page.css';
const REGISTRATION_ID = 'plainsight-sites';

/** Hosts the manifest grants outright (only a test build has any): the manifest runs the script there. */
function manifestHosts(): Set<string> {
  return new Set(browser.runtime.getManifest().host_permissions ?? []);
}

/** The sites the person allowed, as match patterns. */
export async function allowedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const fixed = manifestHosts();
  return origins.filter((origin) => !fixed.has(origin));
}

/** Makes the registered content script match exactly the allowed sites. */
export async function syncRegistration(): Promise<void> {
  const matches = await allowedSites();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
    return;
  }
  const script = { id: REGISTRATION_ID, matches, js: [CONTENT_SCRIPT], css: [PAGE_STYLES], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Runs Plainsight in one tab now: after a site is allowed, or once through activeTab. */
export async function runOnce(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_STYLES] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

export async function enableSite(pattern: string, tabId?: number): Promise<void> {
  const granted = await browser.permissions.contains({ origins: [pattern] });
  if (!granted) throw new Error('Plainsight was not allowed on this site.');
  await syncRegistration();
  if (tabId !== undefined) await runOnce(tabId);
}

/** Takes a site off the list: its permission and its registration. */
export async function removeSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
  await syncRegistration();
}
