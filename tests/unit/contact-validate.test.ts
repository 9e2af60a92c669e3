import { describe, expect, it } from 'vitest';
import {
  MESSAGES, checkChannel, checkEmail, checkPhone, emptyPreferences, isEmpty, normalisePreferences, validatePreferences,
} from '../../lib/contact/validate';
import type { ContactPreferences } from '../../lib/contact/types';

let ids = 0;
const newId = () => `id-${++ids}`;

function filled(): ContactPreferences {
  const value = emptyPreferences(newId, '2');
  value.carers[0] = { ...value.carers[0]!, name: 'Amira Khan', relationship: 'Mum', channels: [{ channel: 'text', address: '07700 900123' }, { channel: 'email', address: 'amira@example.com' }] };
  value.consent = { agreed: true, version: '2', agreedAt: '2026-11-24T10:00:00.000Z' };
  return value;
}

describe('checkPhone', () => {
  it.each([
    ['07700 900123', '+447700900123', true],
    ['07700900123', '+447700900123', true],
    ['+44 7700 900123', '+447700900123', true],
    ['+44 (0)7700 900123', '+447700900123', true],
    ['0044 7700 900123', '+447700900123', true],
    ['01632 960123', '+441632960123', false],
    ['020 7946 0123', '+442079460123', false],
    ['(01632) 960-123', '+441632960123', false],
    ['+33 6 12 34 56 78', '+33612345678', true],
    ['+1 (415) 555-0132', '+14155550132', true],
    ['+92 300 1234567', '+923001234567', true],
  ])('takes %s', (raw, e164, mobile) => {
    const result = checkPhone(raw);
    expect(result).toMatchObject({ ok: true, e164, mobile });
  });

  it.each([
    ['', 'phone-empty'],
    ['   ', 'phone-empty'],
    ['07700 9OO123', 'phone-characters'],
    ['call me', 'phone-characters'],
    ['07700 90012', 'phone-invalid'],
    ['07700 9001234', 'phone-invalid'],
    ['7700 900123', 'phone-invalid'],
    ['+44 07700 900123', 'phone-invalid'],
    ['+44 7700 90012', 'phone-invalid'],
    ['+0 123 4567', 'phone-invalid'],
    ['+1234567', 'phone-invalid'],
    ['+1234 5678 9012 3456', 'phone-invalid'],
    ['00000000000', 'phone-invalid'],
  ])('refuses %j with %s', (raw, code) => {
    expect(checkPhone(raw)).toEqual({ ok: false, code });
  });
});

describe('checkEmail', () => {
  it.each(['amira@example.com', 'a.khan+school@mail.example.co.uk', 'Zoë@exämple.cymru', '  amira@example.com  ', "o'neil@example.ie"])('takes %s', (raw) => {
    expect(checkEmail(raw)).toEqual({ ok: true });
  });
  it.each([
    ['', 'email-empty'],
    ['amira', 'email-invalid'],
    ['amira@', 'email-invalid'],
    ['@example.com', 'email-invalid'],
    ['amira@example', 'email-invalid'],
    ['amira@@example.com', 'email-invalid'],
    ['amira khan@example.com', 'email-invalid'],
    ['amira..khan@example.com', 'email-invalid'],
    ['amira@example..com', 'email-invalid'],
    ['amira@-example.com', 'email-invalid'],
    ['amira@example.c', 'email-invalid'],
    ['amira@example.com.', 'email-invalid'],
  ])('refuses %j with %s', (raw, code) => {
    expect(checkEmail(raw)).toEqual({ ok: false, code });
  });
});

describe('checkChannel', () => {
  it('asks for a mobile for texts, any number for calls, an address for letters, nothing for app or meeting', () => {
    expect(checkChannel({ channel: 'text', address: '01632 960123' }, 'p')[0]).toMatchObject({ path: 'p', code: 'mobile-needed' });
    expect(checkChannel({ channel: 'phone', address: '01632 960123' }, 'p')).toEqual([]);
    expect(checkChannel({ channel: 'letter', address: ' ' }, 'p')[0]?.code).toBe('address-empty');
    expect(checkChannel({ channel: 'app', address: '' }, 'p')).toEqual([]);
    expect(checkChannel({ channel: 'meeting', address: '' }, 'p')).toEqual([]);
  });

  it('says what is wrong in plain words, without jargon', () => {
    for (const message of Object.values(MESSAGES)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).not.toMatch(/E\.164|invalid|RFC|format|field/i);
    }
  });
});

describe('validatePreferences', () => {
  it('finds nothing wrong with a filled-in value', () => {
    expect(validatePreferences(filled(), { consentVersion: '2' })).toEqual([]);
  });

  it('gives each problem with the path of its field, in the order of the form', () => {
    const value = filled();
    value.carers.push({ ...value.carers[0]!, id: 'c2', name: ' ', channels: [{ channel: 'phone', address: '123' }, { channel: 'email', address: 'x@y' }], interpreter: true, interpreterLanguage: '' });
    value.carers[0]!.channels = [];
    value.consent.agreed = false;
    expect(validatePreferences(value).map((p) => `${p.path} ${p.code}`)).toEqual([
      'carers[0].channels channels-empty',
      'carers[1].name name-empty',
      'carers[1].channels[0].address phone-invalid',
      'carers[1].channels[1].address email-invalid',
      'carers[1].interpreterLanguage interpreter-language',
      'consent.agreed consent-needed',
    ]);
  });

  it('asks again for consent when the words agreed to have changed', () => {
    expect(validatePreferences(filled(), { consentVersion: '3' }).map((p) => p.code)).toEqual(['consent-needed']);
  });

  it('tells an empty value from a wrong one', () => {
    expect(isEmpty(emptyPreferences(newId))).toBe(true);
    expect(isEmpty(filled())).toBe(false);
  });
});

describe('normalisePreferences', () => {
  it('fills in every field, and drops what does not fit', () => {
    const value = normalisePreferences({
      carers: [{ name: 'Dad', channels: [{ channel: 'email', address: 'd@example.com' }, { channel: 'fax', address: '1' }, { channel: 'email', address: 'again@example.com' }, { channel: 'app', address: 'ignored' }], bestDays: ['mon', 'someday'], access: ['quiet-room', 'x'] }],
      consent: { agreed: 'yes' },
    }, newId, '4');
    expect(value.schemaVersion).toBe(1);
    expect(value.carers[0]).toMatchObject({
      name: 'Dad', getsReports: true, language: 'en', bestDays: ['mon'], access: ['quiet-room'],
      channels: [{ channel: 'email', address: 'd@example.com' }, { channel: 'app', address: '' }],
    });
    expect(value.carers[0]!.id).toMatch(/^id-/);
    expect(value.consent).toEqual({ agreed: false, version: '4', agreedAt: '' });
    expect(normalisePreferences(null, newId).carers).toHaveLength(1);
  });
});
