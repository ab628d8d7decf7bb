import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import {describe, expect, it} from 'vitest';
import type {Locale} from '@/i18n/routing';
import {checkContent} from '@/lib/site/releases';
import {shareCard} from '@/lib/site/share';
import {messageTranslate} from '@/lib/build/share-images';
import {renderShareCard, type ShareCardProps} from '@/lib/build/share-render';

// The picture itself, read back pixel by pixel: the whole card inside its
// 1200×630, with the margins ShareCard gives it. A renderer or a card change
// that lets the padding grow the box pushes the rule and the dateline off
// the bottom edge, which a share preview crops without a word.
const WHITE = 245;

async function pixels(card: ShareCardProps) {
  const {data, info} = await sharp(await renderShareCard(card))
    .removeAlpha()
    .raw()
    .toBuffer({resolveWithObject: true});
  // The red, green and blue of one pixel.
  const pixel = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
  const dark = (x: number, y: number) => Math.max(...pixel(x, y)) < 100;
  const light = (x: number, y: number) => Math.min(...pixel(x, y)) >= WHITE;
  return {info, dark, light};
}

/** Whether every pixel of the box [x0, x1) × [y0, y1) passes the test. */
function every(x0: number, x1: number, y0: number, y1: number, test: (x: number, y: number) => boolean): boolean {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (!test(x, y)) return false;
  return true;
}

const commitment: ShareCardProps = {
  countries: [
    {code: 'BE', name: 'België'},
    {code: 'FR', name: 'Frankrijk'},
  ],
  label: 'Engagement 3',
  number: 3,
  // Three lines at the heading's full size: the tallest card the content makes.
  heading: 'We hebben beslist om een Frans-Belgische werkgroep op te richten in verband met de strafvordering tegen',
  dateline: 'Brussel, 16 oktober 2017',
  title: 'Ontmoeting tussen Edouard PHILIPPE en Charles MICHEL',
};

/** Check the picture of a card: 1200×630, margins blank, the rule and dateline above the bottom margin, the heading between the countries and the rule. */
async function expectWholeCard(card: ShareCardProps): Promise<void> {
  const {info, dark, light} = await pixels(card);
  expect([info.width, info.height]).toEqual([1200, 630]);
  // The margins: 56 px above and below, 72 px on each side.
  expect(every(0, 1200, 0, 50, light), 'top margin').toBe(true);
  expect(every(0, 1200, 630 - 50, 630, light), 'bottom margin').toBe(true);
  expect(every(0, 66, 0, 630, light), 'left margin').toBe(true);
  expect(every(1200 - 66, 1200, 0, 630, light), 'right margin').toBe(true);
  // The rule above the dateline runs from margin to margin, inside the image.
  const rule = Array.from({length: 630}, (_, y) => y).filter((y) => every(80, 1120, y, y + 1, dark));
  expect(rule.length, 'a full-width rule').toBeGreaterThan(0);
  // Room under it for the dateline, and the release's title on a section's card.
  const lines = card.heading === card.title ? 1 : 2;
  expect(rule[0]!).toBeLessThan(630 - 56 - 30 * lines);
  // Text (the dateline and the title) below the rule, above the bottom margin.
  expect(every(72, 600, rule.at(-1)! + 4, 630 - 56, light), 'text under the rule').toBe(false);
  // The heading between the countries' row and the rule.
  expect(every(72, 1128, 110, rule[0]! - 4, light), 'a heading above the rule').toBe(false);
}

describe('a share image', () => {
  it('is 1200×630 with the whole card inside, its margins blank and its rule and dateline above the bottom margin', async () => {
    await expectWholeCard(commitment);
  });
});

// The extremes real releases reach, drawn from a release read by the content
// library and shared as the build shares it: every member state of the EU,
// a title of the schema's 200 characters, headings longer than any card
// holds, a release of the EU itself and one of no country.
const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
const words = (count: number, word: string) => Array.from({length: count}, (_, index) => `${word}${index}`).join(' ');
const longest = (text: string, length: number) => text.slice(0, length).trimEnd();

function release(countries: string[], title: string, heading: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'share-card-'));
  const folder = path.join(root, 'releases', '2020-01-02-extreme');
  mkdirSync(folder, {recursive: true});
  for (const locale of ['nl', 'en']) {
    const front = [
      `title: ${JSON.stringify(title)}`,
      'date: 2020-01-02',
      'place: Brussel',
      'issuer: Raad',
      'description: Beschrijving.',
      ...(countries.length > 0 ? [`countries: [${countries.join(', ')}]`] : []),
    ];
    writeFileSync(
      path.join(folder, `${locale}.md`),
      `---\n${front.join('\n')}\n---\n\n:::intro{#introduction}\nTekst 2020.\n:::\n\n:::section{#long}\n## ${heading}\n\nTekst 2020.\n:::\n\n:::commitment{#numbered}\n## ${heading}\n\nTekst 2020.\n:::\n`,
    );
  }
  const report = checkContent(root);
  rmSync(root, {recursive: true, force: true});
  expect(report.problems).toEqual([]);
  return report.releases[0]!;
}

describe('share images of every kind of release', () => {
  const title = longest(words(40, 'Gezamenlijke verklaring '), 200);
  const heading = words(30, 'Samenwerking ');
  const cases = [
    {name: 'the 28 countries of a release concerning every member state and the UK', countries: [...EU_MEMBERS, 'GB']},
    {name: 'ten countries', countries: EU_MEMBERS.slice(0, 10)},
    {name: 'the European Union', countries: ['EU']},
    {name: 'no country', countries: []},
  ];

  it.each(cases.flatMap((each) => (['nl', 'en'] as Locale[]).map((locale) => ({...each, locale}))))(
    '$name, in $locale: title, heading and dateline inside the card',
    async ({countries, locale}) => {
      const shared = release(countries, title, heading);
      const version = shared.versions[locale];
      for (const section of [undefined, version.headedSections[0], version.headedSections[1]]) {
        const {card} = await shareCard(locale, shared, section, messageTranslate);
        await expectWholeCard(card);
      }
    },
    60_000,
  );

  it('gives 28 countries as their count, and names the European Union in each language', async () => {
    const many = release([...EU_MEMBERS, 'GB'], 'Titel', 'Kop');
    expect((await shareCard('en', many, undefined, messageTranslate)).card.countryCount).toBe('28 countries');
    expect((await shareCard('nl', many, undefined, messageTranslate)).card.countryCount).toBe('28 landen');
    const eu = release(['EU'], 'Titel', 'Kop');
    expect((await shareCard('en', eu, undefined, messageTranslate)).alt).toContain('European Union');
    expect((await shareCard('nl', eu, undefined, messageTranslate)).alt).toContain('Europese Unie');
    // A plain section is no commitment: no label, no number.
    const section = eu.versions.en.headedSections[0]!;
    const {card, alt} = await shareCard('en', eu, section, messageTranslate);
    expect(card.label).toBeUndefined();
    expect(card.number).toBeUndefined();
    expect(alt).not.toMatch(/Commitment/);
  }, 60_000);
});
