/**
 * A family's contact preferences: the value of <ps-contact-preferences>, what a form submits
 * (as JSON, under the element's `name`) and what the outbox sends. The JSON Schema is in
 * components/contact-preferences/README.md. Every field is always present, so a school's
 * system can import it without guessing.
 */

/** Ways a school can reach a carer. */
export const CHANNELS = ['phone', 'text', 'email', 'app', 'letter', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Days of the week, Monday first (ISO 8601). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** Parts of the day: morning 8–12, midday 12–2, afternoon 2–5, evening 5–8. */
export const TIMES = ['morning', 'midday', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES)[number];

export const ACCESS_NEEDS = ['large-print', 'read-aloud', 'quiet-room', 'step-free'] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

/** One way to reach a carer, in the carer's order of preference. */
export interface ChannelChoice {
  channel: Channel;
  /**
   * The phone number (phone, text), email address (email) or postal address (letter), as the
   * carer wrote it. Empty for app and meeting.
   */
  address: string;
}

export interface Carer {
  /** A random id, stable across saves, so a school can match a carer from one version to the next. */
  id: string;
  name: string;
  /** In the carer's own words: "Mum", "Dad", "Grandmother", "Foster carer". */
  relationship: string;
  /** Whether this carer should get reports and letters. */
  getsReports: boolean;
  /** Most preferred first. */
  channels: ChannelChoice[];
  bestDays: Day[];
  bestTimes: TimeOfDay[];
  /** Times to avoid, in the carer's words: "Not Fridays 12 to 2". */
  avoid: string;
  /** BCP 47 language code for letters and messages: "en", "ur", "pl". */
  language: string;
  interpreter: boolean;
  /** BCP 47 code of the language an interpreter should speak; empty when no interpreter. */
  interpreterLanguage: string;
  /** Would rather talk than read. */
  prefersTalking: boolean;
  access: AccessNeed[];
  accessNote: string;
  /** Wants a call home with good news too. */
  goodNews: boolean;
}

export interface Consent {
  agreed: boolean;
  /** The version of the words agreed to (the element's `consent-version`). */
  version: string;
  /** When they agreed (ISO 8601), or empty. */
  agreedAt: string;
}

export interface ContactPreferences {
  /** The format's version. */
  schemaVersion: 1;
  carers: Carer[];
  consent: Consent;
}
