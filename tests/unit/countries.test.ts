import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createTranslator, type AbstractIntlMessages} from 'next-intl';
import {describe, expect, it} from 'vitest';
import type {Locale} from '@/i18n/routing';
import type {Translate} from '@/lib/site/dates';
import {commitmentJsonLd, statementJsonLd} from '@/lib/site/json-ld';
import {checkContent} from '@/lib/site/releases';
import {shareCard} from '@/lib/site/share';

// A release from the Netherlands and Denmark, read through the site's own binding of the library.
const [release] = checkContent(path.join('tests', 'fixtures', 'content', 'other-countries')).releases;

// Outside Next, shareCard gets a translator over the message files (as the bench does).
const translate: Translate = async ({locale, namespace}) => {
  const messages = JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as AbstractIntlMessages;
  return createTranslator({locale, messages, namespace}) as Awaited<ReturnType<Translate>>;
};

const expected: Record<Locale, string[]> = {nl: ['Nederland', 'Denemarken'], en: ['Netherlands', 'Denmark']};
const absent = /Belgi|Fran[ck]/;

describe.each(['nl', 'en'] as const)('a release from other countries, in %s', (locale) => {
  it('is read with its own countries', () => {
    expect(release?.countries).toEqual(['NL', 'DK']);
  });

  it('names them, and not Belgium or France, in the share images and their alt text', async () => {
    for (const section of [undefined, release!.versions[locale].commitments[0]]) {
      const {card, alt} = await shareCard(locale, release!, section, translate);
      expect(card.countries).toEqual([
        {code: 'NL', name: expected[locale][0]},
        {code: 'DK', name: expected[locale][1]},
      ]);
      for (const name of expected[locale]) expect(alt).toContain(name);
      expect(alt).not.toMatch(absent);
      expect(JSON.stringify(card)).not.toMatch(absent);
    }
  });

  it('names them, and not Belgium or France, in the JSON-LD', () => {
    for (const data of [statementJsonLd(release!, locale), commitmentJsonLd(release!, release!.versions[locale].commitments[0]!, locale)]) {
      expect(data.countryOfOrigin).toEqual([
        {'@type': 'Country', name: expected[locale][0], identifier: 'NL'},
        {'@type': 'Country', name: expected[locale][1], identifier: 'DK'},
      ]);
      expect(JSON.stringify(data)).not.toMatch(absent);
    }
  });
});

describe('UI messages', () => {
  it.each(['nl', 'en'])('name no country in %s: countries come from the release', (locale) => {
    expect(readFileSync(`messages/${locale}.json`, 'utf8')).not.toMatch(/Belgi|Fran[ck]|\bNederland\b|Netherlands|Denmark|Denemarken/);
  });
});
