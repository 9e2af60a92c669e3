import type { ContactPreferences } from '../../lib/contact/types';
import type { PreferencesRecord } from '../../lib/store/index';

/** Fired on every change the family makes (not on a reset or a value set by script). `detail`: the new value, a copy. */
export class PsChangeEvent extends CustomEvent<ContactPreferences> {
  constructor(detail: ContactPreferences) {
    super('ps-change', { detail, bubbles: true, composed: true });
  }
}

/** Fired once the preferences are saved on the device (standalone only). `detail`: the saved record. */
export class PsSaveEvent extends CustomEvent<PreferencesRecord> {
  constructor(detail: PreferencesRecord) {
    super('ps-save', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ps-change': PsChangeEvent;
    'ps-save': PsSaveEvent;
  }
}
