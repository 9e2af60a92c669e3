/**
 * The options page: language and mode, the sites Plainsight runs on, the school's profile,
 * and what is stored, with one button that clears it all.
 */
import { html, nothing, render } from 'lit/html.js';
import { browser } from 'wxt/browser';
import type { ProfileProblem } from '../../lib/glossary/profile';
import { allowedSites, removeSite, syncRegistration } from '../sites/registration';
import { type Settings, type StoredProfile, readProfile, readSettings, writeProfile, writeSettings } from '../settings';
import type { Translate } from '../strings';
import { pageStrings } from './page-strings';
import { readProfileFile } from './profile-file';
import { settingsControls } from './settings-controls';

interface State {
  t: Translate;
  settings: Settings;
  sites: string[];
  profile?: StoredProfile;
  problems?: ProfileProblem[];
  status: string;
}

export async function startOptions(container: HTMLElement): Promise<void> {
  const settings = await readSettings();
  const state: State = {
    t: (await pageStrings(settings.lang)).t,
    settings,
    sites: await allowedSites(),
    profile: await readProfile(),
    status: '',
  };

  const refresh = async (status: string) => {
    state.settings = await readSettings();
    state.t = (await pageStrings(state.settings.lang)).t;
    state.sites = await allowedSites();
    state.profile = await readProfile();
    state.status = status;
    draw();
  };

  const change = async (next: Partial<Settings>) => {
    await writeSettings(next);
    await refresh('');
    state.status = state.t('settings.saved');
    draw();
  };

  const loadFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    state.problems = undefined;
    let text: string;
    try {
      text = await file.text();
    } catch {
      state.status = state.t('options.unreadable');
      return draw();
    }
    const read = readProfileFile(file.name, text);
    if ('problems' in read) {
      state.problems = read.problems;
      state.status = '';
    } else {
      await writeProfile(read.profile);
      state.profile = read.profile;
      state.status = state.t('options.profileLoaded', { name: file.name });
    }
    input.value = '';
    draw();
  };

  const clearAll = async () => {
    for (const site of await allowedSites()) await browser.permissions.remove({ origins: [site] });
    await syncRegistration();
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    state.problems = undefined;
    await refresh('');
    state.status = state.t('options.cleared');
    draw();
  };

  const draw = () => {
    const { t } = state;
    const profile = state.profile;
    render(html`<main>
      <h1>${t('options.title')}</h1>
      <p class="status" role="status">${state.status}</p>
      ${settingsControls(t, state.settings, (next) => void change(next))}

      <h2>${t('options.sites')}</h2>
      ${state.sites.length === 0 ? html`<p>${t('options.noSites')}</p>` : html`<ul class="sites">${state.sites.map((site) => html`<li>
        <span>${site}</span>
        <button aria-label=${t('options.removeSite', { site })} @click=${async () => { await removeSite(site); await refresh(t('options.removed', { site })); }}>${t('options.remove')}</button>
      </li>`)}</ul>`}

      <h2>${t('options.profile')}</h2>
      <p>${profile ? t('options.profileInUse', { name: profile.name }) : t('options.noProfile')}</p>
      <p><label for="profile-file">${t('options.profileFile')}</label><br>
        <input id="profile-file" type="file" accept=".csv,.json,text/csv,application/json" @change=${(e: Event) => void loadFile(e.target as HTMLInputElement)}></p>
      ${profile ? html`<p><button @click=${async () => { await writeProfile(undefined); await refresh(t('options.profileRemoved')); }}>${t('options.profileRemove')}</button></p>` : nothing}
      ${state.problems ? html`<div class="problems" role="alert">
        <p>${t('options.problems', { count: state.problems.length })}</p>
        <ul>${state.problems.map((p) => html`<li>${p.field ? t('options.problemField', { line: p.line, field: p.field, message: p.message }) : t('options.problem', { line: p.line, message: p.message })}</li>`)}</ul>
        ${profile ? html`<p>${t('options.oldProfileKept', { name: profile.name })}</p>` : nothing}
      </div>` : nothing}

      <h2>${t('options.stored')}</h2>
      <ul>
        <li>${t('options.storedSettings')}</li>
        <li>${profile ? t('options.storedProfile', { name: profile.name }) : t('options.storedNoProfile')}</li>
        <li>${t('options.storedSites', { count: state.sites.length })}</li>
        <li>${t('options.storedNothingElse')}</li>
      </ul>
      <p><button class="danger clear-all" @click=${() => void clearAll()}>${t('options.clear')}</button></p>
    </main>`, container);
  };
  draw();
}
