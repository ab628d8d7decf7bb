// Writes N synthetic but valid releases (both locales, an intro, five
// commitments, a closing, two press contacts; every tenth with two updates) into a content
// folder, for build-scaling benchmarks and the archive test:
//   tsx scripts/bench/generate-content.ts <folder> <N>
// then point the site at it with CONTENT_DIR=<folder>.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {routing} from '@/i18n/routing';

const KEYS = ['justice', 'prisons', 'minors', 'dialogue', 'migration'];

// A corrected paragraph says the same with one word more, in both languages.
const sentence = (locale: string, release: number, section: string, paragraph: number, corrected = false) =>
  locale === 'nl'
    ? `Dit is alinea ${paragraph} van sectie ${section} in proefbericht ${release}, met genoeg ${corrected ? 'verbeterde ' : ''}woorden om op een echte alinea van een verklaring te lijken en de opmaak te beproeven.`
    : `This is paragraph ${paragraph} of section ${section} in sample release ${release}, with enough ${corrected ? 'corrected ' : ''}words to resemble a real paragraph of a statement and exercise the layout.`;

/** How many days after a corrected release its two updates are dated. */
export const UPDATE_DAYS = [2, 40] as const;

/** An ISO date so many days later. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function releaseFile(locale: string, index: number, date: string, corrected = false): string {
  const front = [
    '---',
    `title: ${locale === 'nl' ? 'Proefbericht' : 'Sample release'} ${index}`,
    `date: ${date}`,
    `place: ${locale === 'nl' ? 'Brussel' : 'Brussels'}`,
    `issuer: ${locale === 'nl' ? 'Kanselarij' : 'Chancellery'}`,
    `description: ${locale === 'nl' ? 'Een gegenereerd bericht voor metingen.' : 'A generated release for measurements.'}`,
    'countries: [BE, FR]',
    'authors:',
    '  - name: Charles Michel',
    `    role: ${locale === 'nl' ? 'Eerste minister' : 'Prime Minister'}`,
    // Press contacts: a spokesperson with both ways to reach them, and a press office by telephone.
    'contacts:',
    '  - name: Anne Dupont',
    `    role: ${locale === 'nl' ? 'Woordvoerder' : 'Spokesperson'}`,
    `    email: press-${index}@example.org`,
    '    telephone: +32 2 501 02 11',
    `  - name: ${locale === 'nl' ? 'Persdienst' : 'Press office'}`,
    `    role: ${locale === 'nl' ? 'Kanselarij' : 'Chancellery'}`,
    '    telephone: +32 2 501 02 12',
    // Every tenth release was corrected twice after publication.
    ...(index % 10 === 0
      ? [
          'updates:',
          ...[UPDATE_DAYS[0], UPDATE_DAYS[1]].flatMap((days, n) => [
            `  - date: ${addDays(date, days)}`,
            `    note: ${locale === 'nl' ? `Correctie ${n + 1}` : `Correction ${n + 1}`} in ${locale === 'nl' ? 'proefbericht' : 'sample release'} ${index}.`,
          ]),
        ]
      : []),
    '---',
    '',
  ];
  const body = [
    ':::intro{#introduction}',
    sentence(locale, index, 'intro', 1),
    ':::',
    '',
    ...KEYS.flatMap((key, n) => [
      `:::commitment{#${key}}`,
      `## ${locale === 'nl' ? 'Engagement over' : 'Commitment on'} ${key} (${n + 1})`,
      '',
      ...[1, 2, 3].flatMap((p) => [sentence(locale, index, key, p, corrected && n === 0 && p === 1), '']),
      ':::',
      '',
    ]),
    ':::closing{#next-meeting}',
    sentence(locale, index, 'closing', 1),
    ':::',
    '',
  ];
  return [...front, ...body].join('\n');
}

/**
 * Fill a folder with N generated releases, replacing what was there.
 *
 * @param folder The content folder (it gets `releases/` inside).
 * @param count How many releases.
 */
export function generateContent(folder: string, count: number): void {
  rmSync(folder, {recursive: true, force: true});
  for (let index = 1; index <= count; index++) writeRelease(folder, index);
}

function writeRelease(folder: string, index: number, corrected = false): void {
  // One every three days: 300 releases span three years, each with more than one archive page.
  const day = addDays('2000-01-01', index * 3);
  const dir = path.join(folder, 'releases', `${day}-sample-${index}`);
  mkdirSync(dir, {recursive: true});
  for (const locale of routing.locales) writeFileSync(path.join(dir, `${locale}.md`), releaseFile(locale, index, day, corrected));
}

/**
 * Correct one paragraph of one generated release, in both languages (a
 * word added to its first commitment's first paragraph): the edit a press
 * office makes when a published release carries a wrong figure.
 *
 * @param folder The content folder generateContent filled.
 * @param index The release's number, from 1.
 */
export function correctRelease(folder: string, index: number): void {
  writeRelease(folder, index, true);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'generate-content.ts'))) {
  const [folder, count] = process.argv.slice(2);
  if (!folder || !count) {
    console.error('usage: tsx scripts/bench/generate-content.ts <folder> <N>');
    process.exit(2);
  }
  generateContent(path.resolve(folder), Number(count));
  console.log(`${count} releases in ${folder}`);
}
