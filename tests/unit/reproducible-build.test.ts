import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';
import {buildEnvironment, runIn} from '../support/build-environment';
import {routing} from '@/i18n/routing';

// Whole builds (`npm run build`) of a content folder of one, then two
// generated releases, each in a build environment of its own
// (tests/support/build-environment.ts), sharing caches where a test says so.
// Each build takes a while on a busy machine: five in all. The cached
// builds of two releases and the cold one are the same export built thrice.
const scratch = path.join('.test-builds', 'reproducible');
const temporary = mkdtempSync(path.join(tmpdir(), 'reproducible-'));
afterAll(() => {
  rmSync(scratch, {recursive: true, force: true});
  rmSync(temporary, {recursive: true, force: true});
});

const content = path.join(temporary, 'content');
const source = path.join(temporary, 'generated');
generateContent(source, 2);
const [first, second] = readdirSync(path.join(source, 'releases')).sort();
const add = (key: string) => cpSync(path.join(source, 'releases', key), path.join(content, 'releases', key), {recursive: true});

/** What a build rendered: its share images, and the releases (with their pages) and archive pages Next rendered. */
interface Rendered {
  folder: string;
  rendered: string[];
  pages: {rendered: string[]; pages: number; cached: number; archive: {rendered: string[]; cached: number}};
}

// Both generated releases are of 2000: the archive is one page in each language.
const ARCHIVE_PAGES = ['nl/archive/2000', 'en/archive/2000'];

/**
 * Build in `.test-builds/reproducible/<name>`, with the caches of `caches`
 * (shared between builds unless named otherwise); returns the export folder
 * and what the build rendered.
 */
function build(name: string, caches = 'caches', variables: Record<string, string> = {}): Rendered {
  const environment = buildEnvironment(path.join('reproducible', name), path.join('reproducible', caches));
  const folder = environment.out;
  const records = environment.records;
  const result = runIn(environment, {SITE_ORIGIN: 'https://press.example.org', CONTENT_DIR: content, ...variables});
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  const report = JSON.parse(readFileSync(path.join(records, 'share-images.json'), 'utf8')) as {rendered: string[]};
  const pages = JSON.parse(readFileSync(path.join(records, 'pages.json'), 'utf8')) as Rendered['pages'];
  return {folder, rendered: report.rendered, pages};
}

/** Every file of an export, by its path inside it, with its bytes. */
function exported(folder: string): Map<string, Buffer> {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));
  return new Map(walk(folder).map((file) => [`/${path.relative(folder, file).split(path.sep).join('/')}`, readFileSync(file)]));
}
const differing = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)) || !a.has(file) || !b.has(file)).sort();

// The files that list every release, which a new release changes: the
// release list of each language (its page, the page's data files and the
// feed, all in the language's own folder), the sitemap, gzipped or not, and
// the archive's pages of the year the release joins, the CDN's redirect
// rules, which name every page, the index of the releases as data, and the
// search index, which holds every release.
const LOCALES = routing.locales.join('|');
const isListing = (file: string) =>
  new RegExp(`^/(${LOCALES})/[^/]+$`).test(file) ||
  new RegExp(`^/(${LOCALES})/archive/`).test(file) ||
  /^\/sitemap\.xml(\.gz)?$/.test(file) ||
  file === '/_redirects' ||
  /^\/data\/releases\.json(\.gz)?$/.test(file) ||
  file.startsWith('/pagefind/');

describe('builds that depend only on their sources', () => {
  let cold: ReturnType<typeof build>;

  it("renders a release's pages and share images once, and keeps them in the caches", () => {
    rmSync(scratch, {recursive: true, force: true});
    add(first!);
    cold = build('cold');
    // The release's 12, and the site's own card in each language and for `/`.
    expect(cold.rendered).toHaveLength(12 + 3);
    expect(cold.rendered).toEqual(expect.arrayContaining(['/nl/share.png', '/en/share.png', '/share.png']));
    expect(cold.pages).toEqual({rendered: [first], pages: 14, cached: 0, archive: {rendered: ARCHIVE_PAGES, cached: 0}});
    expect(exported(cold.folder).size).toBeGreaterThan(30);
  }, 900_000);

  it("shows a release's press contacts under it, linked, and in its JSON-LD, in each language", () => {
    for (const [locale, title] of [
      ['nl', 'Perscontacten'],
      ['en', 'Press contacts'],
    ] as const) {
      const html = readFileSync(path.join(cold.folder, locale, first!, 'index.html'), 'utf8');
      const section = /<section class="press-contacts"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(section).toContain(`<h2 id="press-contacts-title">${title}</h2>`);
      expect(section).toContain('Anne Dupont');
      expect(section).toMatch(/<a href="mailto:press-\d+@example\.org">press-\d+@example\.org<\/a>/);
      expect(section).toContain('<a href="tel:+3225010211">+32 2 501 02 11</a>');
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
        publisher: {contactPoint: Array<{name: string}>};
      };
      expect(jsonLd.publisher.contactPoint.map((point) => point.name)).toEqual(['Anne Dupont', locale === 'nl' ? 'Persdienst' : 'Press office']);
    }
  });

  it("changes only the new release's files and the listings when a release is added, rendering nothing of the other again", () => {
    expect(existsSync(cold.folder)).toBe(true);
    add(second!);
    const added = build('added');
    // Only the new release's share images: the first's, and the site's own, come from the cache.
    expect(added.rendered.length).toBe(12);
    for (const image of added.rendered) expect(image).toMatch(new RegExp(`^/(nl|en)/${second}/`));
    // A route must export a page: at most one per route is rendered again, and replaced by its cached copy.
    // The archive page lists the new release: rendered again, in each language.
    expect(added.pages).toEqual({rendered: [second], pages: 14, cached: 1, archive: {rendered: ARCHIVE_PAGES, cached: 0}});
    const before = exported(cold.folder);
    const after = exported(added.folder);
    const changed = differing(before, after);
    const ofNewRelease = (file: string) =>
      file.startsWith(`/nl/${second}/`) || file.startsWith(`/en/${second}/`) || file.startsWith(`/data/releases/${second}.json`);
    expect(changed.filter((file) => !ofNewRelease(file) && !isListing(file))).toEqual([]);
    expect(changed.filter(ofNewRelease).length).toBeGreaterThan(12);
    expect(changed).toContain('/nl/index.html');
  }, 600_000);

  it('makes a byte-identical export from the same folder with no cache, with the caches, and from the caches alone', () => {
    const added = exported(path.join(scratch, 'added', 'out'));
    const fresh = build('fresh', 'fresh-caches');
    expect(fresh.pages).toEqual({rendered: [second, first], pages: 28, cached: 0, archive: {rendered: ARCHIVE_PAGES, cached: 0}});
    expect(fresh.rendered).toHaveLength(2 * 12 + 3);
    const made = exported(fresh.folder);
    expect(differing(added, made)).toEqual([]);
    // Built again with the caches: every release and archive page comes from them.
    const again = build('again');
    expect(again.pages.cached).toBe(2);
    expect(again.pages.archive).toEqual({rendered: [], cached: 2});
    expect(again.rendered).toEqual([]);
    expect(differing(exported(again.folder), made)).toEqual([]);
  }, 900_000);

  it("renders every page again, caches or not, when the site's configuration changes, and every page shows the new office", () => {
    // The emblem is read from the public/ folder beside the configuration.
    const config = path.join(temporary, 'site.yml');
    cpSync(path.join('public', 'emblem.svg'), path.join(temporary, 'public', 'emblem.svg'));
    const offices = {nl: 'FOD Kanselarij van de Eerste Minister', en: 'FPS Chancellery of the Prime Minister'};
    writeFileSync(
      config,
      readFileSync('site.yml', 'utf8')
        .replace('nl: Kanselarij van de Eerste Minister van België', `nl: ${offices.nl}`)
        .replace('en: Office of the Prime Minister of Belgium', `en: ${offices.en}`),
    );
    const office = build('office', 'caches', {SITE_CONFIG: config});
    expect(office.pages.cached).toBe(0);
    expect(office.pages.archive.cached).toBe(0);
    const pages = [...exported(office.folder)].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const [file, bytes] of pages) {
      const band = /<div class="publisher-band">([\s\S]*?)<\/div>/.exec(bytes.toString('utf8'))?.[1] ?? '';
      const locale = /^\/(nl|en)\//.exec(file)?.[1] as 'nl' | 'en' | undefined;
      // The bilingual `/` and the root 404 name the office in both languages.
      for (const name of locale ? [offices[locale]] : Object.values(offices)) expect(band, file).toContain(`<span class="office">${name}</span>`);
    }
  }, 600_000);
});
