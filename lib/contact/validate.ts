import {
  ACCESS_NEEDS, type AccessNeed, CHANNELS, type Carer, type Channel, type ChannelChoice, type ContactPreferences,
  DAYS, type Day, TIMES, type TimeOfDay,
} from './types';

/** Why a value is not right yet: a code (for a translated message), and plain English words. */
export interface ContactProblem {
  /** Where: "carers[0].channels[1].address", "consent.agreed", "carers". */
  path: string;
  code: ProblemCode;
  message: string;
}

export type ProblemCode =
  | 'carers-empty' | 'name-empty' | 'channels-empty'
  | 'phone-empty' | 'phone-characters' | 'phone-invalid' | 'mobile-needed'
  | 'email-empty' | 'email-invalid'
  | 'address-empty' | 'interpreter-language' | 'consent-needed';

/** The English words for each problem. The widget shows its own translation of each. */
export const MESSAGES: Record<ProblemCode, string> = {
  'carers-empty': 'Add at least one parent or carer.',
  'name-empty': 'Enter the name of this parent or carer.',
  'channels-empty': 'Choose at least one way we can contact this person.',
  'phone-empty': 'Enter a phone number.',
  'phone-characters': 'A phone number can only have numbers, spaces, and a + at the start.',
  'phone-invalid': 'This is not a full phone number. A UK number has 11 numbers and starts with 0, like 07700 900123. For a number outside the UK, start with + and the country code, like +33 6 12 34 56 78.',
  'mobile-needed': 'Text messages need a mobile number. UK mobile numbers start with 07, like 07700 900123.',
  'email-empty': 'Enter an email address.',
  'email-invalid': 'This is not a full email address. It should look like name@example.com.',
  'address-empty': 'Enter the address for letters.',
  'interpreter-language': 'Choose the language for the interpreter.',
  'consent-needed': 'Tick the box to say you agree, so the school can use these details.',
};

export type PhoneCheck =
  | { ok: true; /** E.164: "+447700900123". */ e164: string; mobile: boolean; uk: boolean }
  | { ok: false; code: 'phone-empty' | 'phone-characters' | 'phone-invalid' };

/**
 * Checks a phone number: a UK number (01…, 02…, 03…, 07…, 08… with 10 or 11 digits), the same
 * with +44 (a "(0)" after it is allowed), or an international number with + or 00 and the
 * country code (E.164: 8 to 15 digits). Spaces, dashes, dots and brackets are allowed.
 */
export function checkPhone(raw: string): PhoneCheck {
  const text = raw.trim();
  if (!text) return { ok: false, code: 'phone-empty' };
  if (!/^\+?[\d\s().-]+$/.test(text)) return { ok: false, code: 'phone-characters' };
  let digits = text.replace(/\(0\)/, '').replace(/[\s().-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  let e164: string;
  if (digits.startsWith('+44')) {
    const national = digits.slice(3);
    if (!/^[1-9]\d{8,9}$/.test(national)) return { ok: false, code: 'phone-invalid' };
    e164 = `+44${national}`;
  } else if (digits.startsWith('+')) {
    if (!/^\+[1-9]\d{7,14}$/.test(digits)) return { ok: false, code: 'phone-invalid' };
    e164 = digits;
  } else {
    // A UK number written the UK way: 0, then 9 or 10 more digits (mobiles: 07 and 9 more).
    if (!/^0[1-9]\d{8,9}$/.test(digits)) return { ok: false, code: 'phone-invalid' };
    if (digits.startsWith('07') && digits.length !== 11) return { ok: false, code: 'phone-invalid' };
    e164 = `+44${digits.slice(1)}`;
  }
  const uk = e164.startsWith('+44');
  if (uk && e164[3] === '7' && e164.length !== 13) return { ok: false, code: 'phone-invalid' };
  // UK mobiles are 07…; outside the UK any number may take texts, so it is taken as one.
  return { ok: true, e164, uk, mobile: uk ? e164[3] === '7' : true };
}

/**
 * Checks an email address the way a person would: something, @, a domain with a dot; no
 * spaces, no two dots together. Not every address RFC 5322 allows, but every one people use.
 */
export function checkEmail(raw: string): { ok: true } | { ok: false; code: 'email-empty' | 'email-invalid' } {
  const text = raw.trim();
  if (!text) return { ok: false, code: 'email-empty' };
  const match = /^([^\s@]+)@([^\s@]+)$/.exec(text);
  if (!match) return { ok: false, code: 'email-invalid' };
  const [, local, domain] = match as unknown as [string, string, string];
  if (local.length > 64 || text.length > 254) return { ok: false, code: 'email-invalid' };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return { ok: false, code: 'email-invalid' };
  if (!/^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u.test(local)) return { ok: false, code: 'email-invalid' };
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, code: 'email-invalid' };
  for (const label of labels) {
    if (!/^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label)) return { ok: false, code: 'email-invalid' };
  }
  if (!/^\p{L}{2,}$/u.test(labels.at(-1)!) && !/^xn--[a-z0-9-]+$/i.test(labels.at(-1)!)) return { ok: false, code: 'email-invalid' };
  return { ok: true };
}

const problem = (path: string, code: ProblemCode): ContactProblem => ({ path, code, message: MESSAGES[code] });

/** Whether a channel needs a number or address written with it. */
export function needsAddress(channel: Channel): boolean {
  return channel === 'phone' || channel === 'text' || channel === 'email' || channel === 'letter';
}

/** The problems with one way of contact: its address for the kind of channel it is. */
export function checkChannel(choice: ChannelChoice, path: string): ContactProblem[] {
  const address = choice.address.trim();
  switch (choice.channel) {
    case 'phone':
    case 'text': {
      const phone = checkPhone(address);
      if (!phone.ok) return [problem(path, phone.code)];
      if (choice.channel === 'text' && !phone.mobile) return [problem(path, 'mobile-needed')];
      return [];
    }
    case 'email': {
      const email = checkEmail(address);
      return email.ok ? [] : [problem(path, email.code)];
    }
    case 'letter':
      return address ? [] : [problem(path, 'address-empty')];
    default:
      return [];
  }
}

/** Whether a family has written anything at all (an empty form is "missing", not "wrong"). */
export function isEmpty(value: ContactPreferences): boolean {
  return value.carers.every((carer) => !carer.name.trim() && carer.channels.every((choice) => !choice.address.trim()));
}

/**
 * Every problem with a value, in the order the form shows its fields. `consentVersion`: the
 * version of the consent words in use; an agreement to another version must be given again.
 */
export function validatePreferences(value: ContactPreferences, options: { consentVersion?: string } = {}): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (value.carers.length === 0) problems.push(problem('carers', 'carers-empty'));
  value.carers.forEach((carer, index) => {
    const at = `carers[${index}]`;
    if (!carer.name.trim()) problems.push(problem(`${at}.name`, 'name-empty'));
    if (carer.channels.length === 0) problems.push(problem(`${at}.channels`, 'channels-empty'));
    carer.channels.forEach((choice, position) => problems.push(...checkChannel(choice, `${at}.channels[${position}].address`)));
    if (carer.interpreter && !carer.interpreterLanguage.trim()) problems.push(problem(`${at}.interpreterLanguage`, 'interpreter-language'));
  });
  const version = options.consentVersion;
  if (!value.consent.agreed || (version !== undefined && value.consent.version !== version)) problems.push(problem('consent.agreed', 'consent-needed'));
  return problems;
}

// ---- Reading a value from anywhere (an attribute, the device, a school's system) -------------

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const pick = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
  Array.isArray(value) ? allowed.filter((item) => value.includes(item)) : [];

/** A new carer with nothing filled in; reports and letters on, English. */
export function emptyCarer(id: string): Carer {
  return {
    id, name: '', relationship: '', getsReports: true, channels: [], bestDays: [], bestTimes: [], avoid: '',
    language: 'en', interpreter: false, interpreterLanguage: '', prefersTalking: false, access: [], accessNote: '', goodNews: false,
  };
}

/** An empty value: one carer, nothing agreed. */
export function emptyPreferences(newId: () => string, consentVersion = '1'): ContactPreferences {
  return { schemaVersion: 1, carers: [emptyCarer(newId())], consent: { agreed: false, version: consentVersion, agreedAt: '' } };
}

/**
 * Makes a full value out of anything that looks like one, keeping what fits and dropping what
 * does not: unknown channels, days and needs; channels given twice (the first is kept).
 */
export function normalisePreferences(input: unknown, newId: () => string, consentVersion = '1'): ContactPreferences {
  const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const carersIn = Array.isArray(source.carers) ? source.carers : [];
  const carers: Carer[] = carersIn.map((raw): Carer => {
    const carer = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const seen = new Set<Channel>();
    const channels: ChannelChoice[] = [];
    for (const item of Array.isArray(carer.channels) ? carer.channels : []) {
      const choice = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const channel = choice.channel as Channel;
      if (!CHANNELS.includes(channel) || seen.has(channel)) continue;
      seen.add(channel);
      channels.push({ channel, address: needsAddress(channel) ? text(choice.address) : '' });
    }
    return {
      id: text(carer.id) || newId(),
      name: text(carer.name),
      relationship: text(carer.relationship),
      getsReports: carer.getsReports !== false,
      channels,
      bestDays: pick<Day>(DAYS, carer.bestDays),
      bestTimes: pick<TimeOfDay>(TIMES, carer.bestTimes),
      avoid: text(carer.avoid),
      language: text(carer.language) || 'en',
      interpreter: carer.interpreter === true,
      interpreterLanguage: carer.interpreter === true ? text(carer.interpreterLanguage) : '',
      prefersTalking: carer.prefersTalking === true,
      access: pick<AccessNeed>(ACCESS_NEEDS, carer.access),
      accessNote: text(carer.accessNote),
      goodNews: carer.goodNews === true,
    };
  });
  const consentIn = (source.consent && typeof source.consent === 'object' ? source.consent : {}) as Record<string, unknown>;
  const agreed = consentIn.agreed === true;
  return {
    schemaVersion: 1,
    carers: carers.length > 0 ? carers : [emptyCarer(newId())],
    consent: { agreed, version: text(consentIn.version) || consentVersion, agreedAt: agreed ? text(consentIn.agreedAt) : '' },
  };
}
