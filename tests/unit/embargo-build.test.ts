import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {parseFeed} from '@rowanmanning/feed-parser';
import {afterAll, describe, expect, it} from 'vitest';
import {buildEnvironment, runIn, type BuildEnvironment} from '../support/build-environment';
import {filesUnder} from '@/lib/build/build-inputs';

// Embargoes: three releases, one under an embargo far ahead, one whose
// embargo has ended and one without, built as the public site is now and
// again after the first embargo ends (PUBLISH_AT).
const ORIGIN = 'https://press.example.org';
const EMBARGOED = '2026-06-01-embargoed';
const ENDED = '2026-05-01-ended';
const PLAIN = '2026-04-01-plain';
const EMBARGO = '2099-01-01T10:00:00+01:00';
// Words of the embargoed release only: none may be anywhere in the public export.
const SECRETS = ['Kwartelkoningakkoord', 'Corncrakeaccord', EMBARGOED];

const content = mkdtempSync(path.join(tmpdir(), 'embargo-'));
const environments: BuildEnvironment[] = [];
afterAll(() => {
  rmSync(content, {recursive: true, force: true});
  for (const environment of environments) rmSync(environment.root, {recursive: true, force: true});
}, 120_000);

function release(key: string, date: string, embargo: string | undefined, words: {nl: string; en: string}): void {
  const folder = path.join(content, 'releases', key);
  mkdirSync(folder, {recursive: true});
  for (const locale of ['nl', 'en'] as const) {
    const front = [
      `title: ${locale === 'nl' ? 'Bericht over het' : 'Release on the'} ${words[locale]}`,
      `date: ${date}`,
      ...(embargo ? [`embargo: ${embargo}`] : []),
      `place: ${locale === 'nl' ? 'Brussel' : 'Brussels'}`,
      `issuer: ${locale === 'nl' ? 'Kanselarij' : 'Chancellery'}`,
      `description: ${locale === 'nl' ? 'Over het' : 'On the'} ${words[locale]}.`,
      'countries: [BE]',
    ];
    const body = locale === 'nl' ? `Vandaag is het ${words.nl} gesloten, in 2026.` : `Today the ${words.en} was concluded, in 2026.`;
    writeFileSync(path.join(folder, `${locale}.md`), `---\n${front.join('\n')}\n---\n\n:::intro{#introduction}\n${body}\n:::\n`);
  }
}
release(EMBARGOED, '2026-06-01', EMBARGO, {nl: 'Kwartelkoningakkoord', en: 'Corncrakeaccord'});
release(ENDED, '2026-05-01', '2026-05-01T09:00:00+02:00', {nl: 'Grutto-akkoord', en: 'Godwit accord'});
release(PLAIN, '2026-04-01', undefined, {nl: 'Kievitakkoord', en: 'Lapwing accord'});

/** Every file of an export as text, its compressed copies and Pagefind's gzipped index read decompressed. */
function exportTexts(out: string): Map<string, string> {
  return new Map(
    filesUnder(out).map((file) => {
      const bytes = readFileSync(file);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return [path.relative(out, file), (gzipped ? gunzipSync(bytes) : bytes).toString('latin1')];
    }),
  );
}

function build(name: string, variables: Record<string, string> = {}) {
  const environment = buildEnvironment(`embargo-${name}`);
  environments.push(environment);
  rmSync(environment.root, {recursive: true, force: true});
  const result = runIn(environment, {CONTENT_DIR: content, SITE_ORIGIN: ORIGIN, ...variables});
  expect(result.status, `${result.stdout}${result.stderr}`.slice(-4000)).toBe(0);
  return {out: environment.out, output: `${result.stdout}${result.stderr}`};
}

describe('an embargoed release', () => {
  let now: ReturnType<typeof build>;

  it('is in no file of the public export built now, compressed or not, nor in its search index; the ended and the plain release are', () => {
    now = build('now');
    const texts = exportTexts(now.out);
    expect(texts.size).toBeGreaterThan(50);
    for (const [file, text] of texts) for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    for (const key of [ENDED, PLAIN]) {
      for (const locale of ['nl', 'en']) expect(existsSync(path.join(now.out, locale, key, 'index.html')), `${locale}/${key}`).toBe(true);
      expect(texts.get('sitemap.xml')).toContain(`/nl/${key}/`);
    }
    // The words of the published releases are in the search index, so its absence of the others says something.
    expect([...texts].some(([file, text]) => file.startsWith('pagefind') && text.includes('kievitakkoord'))).toBe(true);
    expect(existsSync(path.join(now.out, 'nl', EMBARGOED))).toBe(false);
    expect(existsSync(path.join(now.out, 'data', 'releases', `${EMBARGOED}.json`))).toBe(false);
  }, 900_000);

  it('is listed by the build with its instant and the time left', () => {
    expect(now.output).toMatch(new RegExp(`embargoed until ${EMBARGO.replaceAll('+', '\\+')} \\(in \\d+ d( \\d+ h)?\\): .*${EMBARGOED}/`));
  });

  it('is published by a build at an instant after its embargo, in feeds and sitemap at the embargo instant', () => {
    const after = build('after', {PUBLISH_AT: '2099-01-02T00:00:00Z'});
    for (const locale of ['nl', 'en']) {
      expect(existsSync(path.join(after.out, locale, EMBARGOED, 'index.html')), `${locale}/${EMBARGOED}`).toBe(true);
      const feed = parseFeed(readFileSync(path.join(after.out, locale, 'feed.xml'), 'utf8'));
      const entry = feed.items.find((item) => item.id === `${ORIGIN}/${locale}/${EMBARGOED}/`);
      expect(entry?.published?.toISOString()).toBe('2099-01-01T09:00:00.000Z');
    }
    const sitemap = readFileSync(path.join(after.out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${EMBARGOED}/</loc>[\\s\\S]*?<lastmod>2099-01-01T09:00:00.000Z</lastmod>`));
    // The ended release is dated by its embargo too; the plain one by its date.
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${ENDED}/</loc>[\\s\\S]*?<lastmod>2026-05-01T07:00:00.000Z</lastmod>`));
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${PLAIN}/</loc>[\\s\\S]*?<lastmod>2026-04-01T12:00:00.000Z</lastmod>`));
  }, 900_000);
});
