/**
 * The extension's words: locales/LL/ui.json, key "extension". A tiny translator in the i18next
 * format (keys, {{values}}, _one/_other plurals) so the content script stays small; English
 * stands in for any string a language does not have yet.
 */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

type Strings = { [key: string]: unknown };

function lookup(strings: Strings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) node = (node as Strings | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

function find(strings: Strings, lang: string, key: string, count: unknown): string | undefined {
  if (typeof count === 'number') {
    const plural = lookup(strings, `${key}_${new Intl.PluralRules(lang).select(count)}`) ?? lookup(strings, `${key}_other`);
    if (plural !== undefined) return plural;
  }
  return lookup(strings, key);
}

export function makeTranslate(lang: string, local: Strings, english: Strings): Translate {
  return (key, options = {}) => {
    const template = find(local, lang, key, options.count) ?? find(english, 'en', key, options.count) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

/** The "extension" part of a ui.json file. */
export function extensionStrings(ui: unknown): Strings {
  const part = (ui as Strings | undefined)?.extension;
  return part && typeof part === 'object' ? (part as Strings) : {};
}
