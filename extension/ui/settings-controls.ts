/** Language and mode: the same two controls in the popup and on the options page. */
import { html } from 'lit/html.js';
import { LANGUAGES } from '../../lib/glossary/language-list';
import type { Mode, Settings } from '../settings';
import type { Translate } from '../strings';

const MODES: Mode[] = ['auto', 'teacher', 'parent'];

export function settingsControls(t: Translate, settings: Settings, change: (next: Partial<Settings>) => void) {
  return html`
    <p class="field">
      <label for="lang">${t('settings.language')}</label>
      <select id="lang" @change=${(e: Event) => change({ lang: (e.target as HTMLSelectElement).value })}>
        ${Object.entries(LANGUAGES).map(([code, language]) => html`<option value=${code} lang=${code} ?selected=${code === settings.lang}>${language.name}</option>`)}
      </select>
    </p>
    <fieldset>
      <legend>${t('settings.mode')}</legend>
      ${MODES.map((mode) => html`<label class="choice"><input type="radio" name="mode" value=${mode} .checked=${settings.mode === mode}
        @change=${() => change({ mode })}> ${t(`settings.modes.${mode}`)}</label>`)}
    </fieldset>`;
}
