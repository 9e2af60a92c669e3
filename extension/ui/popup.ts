/**
 * The popup: language, mode, and Plainsight on the current site. "Use Plainsight on this site"
 * asks the browser for that one site (an optional host permission), then the background
 * registers the content script there and runs it in this tab at once.
 */
import { html, nothing, render } from 'lit/html.js';
import { browser } from 'wxt/browser';
import { ask } from '../messages';
import { type Settings, readSettings, writeSettings } from '../settings';
import { isKnownSite, sitePatternFor } from '../sites/known-sites';
import type { Translate } from '../strings';
import { pageStrings } from './page-strings';
import { settingsControls } from './settings-controls';

interface State {
  t: Translate;
  settings: Settings;
  tabId?: number;
  host?: string;
  pattern?: string;
  /** A school site Plainsight may be allowed on for good (an optional host permission). */
  known: boolean;
  allowed: boolean;
  status: string;
}

export async function startPopup(container: HTMLElement): Promise<void> {
  let settings = await readSettings();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const pattern = tab?.url ? sitePatternFor(tab.url) : undefined;
  const state: State = {
    t: (await pageStrings(settings.lang)).t,
    settings,
    tabId: tab?.id,
    host: pattern && tab?.url ? new URL(tab.url).hostname : undefined,
    pattern,
    known: tab?.url ? isKnownSite(tab.url) : false,
    allowed: pattern ? await browser.permissions.contains({ origins: [pattern] }) : false,
    status: '',
  };

  const change = async (next: Partial<Settings>) => {
    settings = await writeSettings(next);
    state.settings = settings;
    if (next.lang) state.t = (await pageStrings(settings.lang)).t;
    state.status = state.t('settings.saved');
    draw();
  };

  const useHere = async () => {
    if (!state.pattern) return;
    // The request must come straight from the click: no other await before it.
    const granted = await browser.permissions.request({ origins: [state.pattern] });
    if (!granted) {
      state.status = state.t('popup.notAllowed');
      return draw();
    }
    try {
      await ask('site-enabled', { pattern: state.pattern, tabId: state.tabId });
      state.allowed = true;
      state.status = state.t('popup.running');
    } catch {
      state.status = state.t('popup.failed');
    }
    draw();
  };

  const useOnce = async () => {
    if (state.tabId === undefined) return;
    try {
      await ask('run-once', { tabId: state.tabId });
      state.status = state.t('popup.running');
    } catch {
      state.status = state.t('popup.failed');
    }
    draw();
  };

  const draw = () => {
    const { t } = state;
    render(html`<main class="stack">
      <h1>Plainsight</h1>
      ${settingsControls(t, state.settings, (next) => void change(next))}
      <section aria-labelledby="site-heading" class="stack">
        <h2 id="site-heading">${t('popup.thisSite')}</h2>
        ${state.host ? html`<p>${state.host}</p>` : nothing}
        ${!state.pattern ? html`<p>${t('popup.cannot')}</p>`
          : state.allowed ? html`<p>${t('popup.allowed')}</p>`
          : html`${state.known ? html`<p><button class="primary use-here" @click=${() => void useHere()}>${t('popup.useHere')}</button></p>`
                   : html`<p>${t('popup.onlyOnce')}</p>`}
                 <p><button class="use-once ${state.known ? '' : 'primary'}" @click=${() => void useOnce()}>${t('popup.useOnce')}</button></p>`}
      </section>
      <p class="status" role="status">${state.status}</p>
      <p><a href=${browser.runtime.getURL('/options.html')} target="_blank">${t('popup.more')}</a></p>
    </main>`, container);
  };
  draw();
}
