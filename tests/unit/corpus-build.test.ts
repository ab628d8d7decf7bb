import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {imageSize} from 'image-size';
import {afterAll, describe, expect, it} from 'vitest';
import {htmlErrors} from '../gates/html-validity';
import {buildEnvironment, runIn} from '../support/build-environment';
import {brokenLinks} from '../gates/links';
import {routing} from '@/i18n/routing';
import {createContentLibrary, type Release} from '@/lib/content';

// The corpus of real releases (tests/fixtures/corpus/, sources in its
// SOURCES.md) built as the press office would publish it, beside the
// fixture that mixes every kind of section and block: the content check
// passes, and every release's pages, data, feed entries and share images are
// there and right. It builds in an environment of its own
// (tests/support/build-environment.ts).
const ORIGIN = 'https://press.example.org';
const CORPUS = path.join('tests', 'fixtures', 'corpus', 'releases');
const KINDS = path.join('tests', 'fixtures', 'content', 'kinds', 'releases');

const content = mkdtempSync(path.join(tmpdir(), 'corpus-'));
for (const folder of [CORPUS, KINDS]) cpSync(folder, path.join(content, 'releases'), {recursive: true});
const environment = buildEnvironment('corpus');
const scratch = environment.root;
const out = environment.out;
const {checkContent} = createContentLibrary({locales: routing.locales});
const report = checkContent(content);
const releases = report.releases as Array<Release<(typeof routing.locales)[number]>>;

const file = (urlPath: string) => path.join(out, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
const read = (urlPath: string) => readFileSync(file(urlPath), 'utf8');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));

describe('the corpus of real releases', () => {
  afterAll(() => {
    rmSync(content, {recursive: true, force: true});
    rmSync(scratch, {recursive: true, force: true});
  }, 120_000);

  it('holds at least ten real releases and passes the content check with no error', () => {
    expect(readdirSync(CORPUS).length).toBeGreaterThanOrEqual(10);
    expect(report.problems).toEqual([]);
    expect(releases.length).toBe(readdirSync(CORPUS).length + readdirSync(KINDS).length);
  });

  it('builds: every release has its pages in both languages, its JSON data (valid, list items apart), its feed entry and its share images', () => {
    rmSync(scratch, {recursive: true, force: true});
    const build = runIn(environment, {CONTENT_DIR: content, SITE_ORIGIN: ORIGIN});
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-4000)).toBe(0);

    const ajv = addFormats(new Ajv2020({allErrors: true, strict: true}));
    const validate = ajv.compile(JSON.parse(readFileSync(path.join('public', 'data', 'release.schema.json'), 'utf8')) as object);
    for (const release of releases) {
      for (const locale of routing.locales) {
        const version = release.versions[locale];
        const page = read(`/${locale}/${release.key}/`);
        expect(page, `${locale}/${release.key}`).toContain(`<h1 data-pagefind-body="true">${escape(version.meta.title)}</h1>`);
        expect(existsSync(file(`/${locale}/${release.key}/side-by-side/`)), `${locale}/${release.key} side by side`).toBe(true);
        for (const image of [
          `/${locale}/${release.key}/share.png`,
          ...version.headedSections.map((section) => `/${locale}/${release.key}/${section.key}/share.png`),
        ]) {
          expect(imageSize(readFileSync(file(image))), image).toMatchObject({width: 1200, height: 630});
        }
        for (const section of version.headedSections) {
          const own = read(`/${locale}/${release.key}/${section.key}/`);
          expect(own, `${section.key}'s page`).toContain(section.titleHtml!);
        }
        const feed = parseFeed(readFileSync(file(`/${locale}/feed.xml`), 'utf8'));
        expect(
          feed.items.find((item) => item.id === `${ORIGIN}/${locale}/${release.key}/`),
          `${locale} feed entry of ${release.key}`,
        ).toMatchObject({title: version.meta.title});
      }
      const data = JSON.parse(readFileSync(file(`/data/releases/${release.key}.json`), 'utf8')) as {
        sections: Array<{kind: string; number?: number; rows: Array<{text: Record<string, string[]>; html: Record<string, string[]>}>}>;
      };
      expect(validate(data) ? [] : ajv.errorsText(validate.errors), release.key).toEqual([]);
      // A list's items stay apart in the text: one line an item.
      for (const row of data.sections.flatMap((section) => section.rows)) {
        for (const locale of routing.locales) {
          row.html[locale]!.forEach((html, index) => {
            const items = html.match(/<li>/g)?.length ?? 0;
            if (items > 1) expect(row.text[locale]![index]!.split('\n').length, `${release.key}: ${row.text[locale]![index]}`).toBeGreaterThanOrEqual(items);
          });
        }
      }
    }
  }, 900_000);

  it('makes only valid HTML, and every link and anchor on its pages resolves', () => {
    const pages = walk(out).filter((each) => each.endsWith('.html') && !each.endsWith(`${path.sep}404.html`));
    expect(htmlErrors(pages)).toEqual([]);
    const byPath = new Map(
      pages.map((each) => [`/${path.relative(out, each).split(path.sep).join('/')}`.replace(/index\.html$/, ''), readFileSync(each, 'utf8')]),
    );
    const exists = (urlPath: string) => existsSync(path.join(out, decodeURIComponent(urlPath)));
    expect(brokenLinks(byPath, exists, ORIGIN)).toEqual([]);
  }, 120_000);

  it('never calls a plain section a commitment: no label, number, position or citation on any of its outputs', () => {
    const sections = releases.flatMap((release) =>
      routing.locales.flatMap((locale) =>
        release.versions[locale].headedSections.filter((section) => section.kind === 'section').map((section) => ({release, locale, section})),
      ),
    );
    expect(sections.length).toBeGreaterThan(5);
    const commitmentWords = /\b(?:commitment|engagement)\s+\d|Commitment \{|commitment-number|"position"/i;
    for (const {release, locale, section} of sections) {
      const page = read(`/${locale}/${release.key}/${section.key}/`);
      expect(page.match(commitmentWords)?.[0], `${locale}/${release.key}/${section.key}/`).toBeUndefined();
      // Its heading on the release page carries no number, and its Share panel no "commitment".
      const onRelease = read(`/${locale}/${release.key}/`);
      const block = onRelease.slice(onRelease.indexOf(`id="${section.key}"`), onRelease.indexOf('</section>', onRelease.indexOf(`id="${section.key}"`)));
      expect(block.match(commitmentWords)?.[0], `${section.key} on ${locale}/${release.key}/`).toBeUndefined();
    }
    // A release that has no commitment says none anywhere: its pages, data and feeds.
    const plain = releases.filter((release) => release.versions[routing.defaultLocale].commitments.length === 0);
    for (const release of plain) {
      for (const found of walk(out).filter((each) => each.includes(`${path.sep}${release.key}${path.sep}`) && /\.(html|json)$/.test(each))) {
        expect(readFileSync(found, 'utf8').match(/\b(?:commitment|engagement)\s+\d/i)?.[0], found).toBeUndefined();
      }
      const data = JSON.parse(readFileSync(file(`/data/releases/${release.key}.json`), 'utf8')) as {sections: Array<{kind: string; number?: number}>};
      expect(data.sections.filter((section) => section.kind === 'commitment' || section.number !== undefined)).toEqual([]);
    }
  });

  it('numbers commitments among commitments only where a release mixes them with plain sections', () => {
    const mixed = releases.find(
      (release) => release.versions.en.commitments.length > 0 && release.versions.en.headedSections.length > release.versions.en.commitments.length,
    )!;
    expect(mixed).toBeDefined();
    for (const locale of routing.locales) {
      const [first, second] = mixed.versions[locale].commitments;
      const label = locale === 'nl' ? 'Engagement' : 'Commitment';
      expect(read(`/${locale}/${mixed.key}/${first!.key}/`)).toContain(`<title>${label} 1: `);
      expect(read(`/${locale}/${mixed.key}/${second!.key}/`)).toContain(`<title>${label} 2: `);
    }
  });

  it("names the European Union in both languages on an EU release: its page, its share image's text alternative and its JSON-LD", () => {
    const eu = releases.filter((release) => release.countries.includes('EU'));
    expect(eu.length).toBeGreaterThan(0);
    for (const release of eu) {
      for (const [locale, name] of [
        ['nl', 'Europese Unie'],
        ['en', 'European Union'],
      ] as const) {
        const page = read(`/${locale}/${release.key}/`);
        expect(page.match(/<meta property="og:image:alt" content="([^"]*)"/)?.[1], `${locale}/${release.key} og:image:alt`).toContain(name);
        const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as {
          countryOfOrigin: Array<{name: string; identifier: string}>;
        };
        expect(jsonLd.countryOfOrigin).toContainEqual({'@type': 'Country', name, identifier: 'EU'});
      }
    }
  });
});

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
