import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {routing} from '@/i18n/routing';

type Messages = {[key: string]: string | Messages};

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

const load = (locale: string): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;

describe('UI messages', () => {
  const [reference, ...others] = routing.locales;

  it.each(others)('has the same keys in %s as in the reference locale', (locale) => {
    expect(keys(load(locale)).sort()).toEqual(keys(load(reference)).sort());
  });

  it.each(routing.locales)('has no empty message in %s', (locale) => {
    const messages = load(locale);
    for (const key of keys(messages)) {
      const value = key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part]!, messages);
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it.each(routing.locales)('names %s in its own language, distinctly', (locale) => {
    const names = routing.locales.map((each) => (load(each).LanguageSwitch as Messages).name);
    expect(new Set(names).size).toBe(routing.locales.length);
    expect(new Intl.DateTimeFormat((load(locale).Locale as Messages).intl as string).resolvedOptions().locale).toMatch(new RegExp(`^${locale}`));
  });
});
