import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {imageSize} from 'image-size';
import {createServer, type Server} from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, describe, expect, it} from 'vitest';
import {htmlErrors} from '../gates/html-validity';
import {buildEnvironment, runIn} from '../support/build-environment';
import {brokenLinks} from '../gates/links';
import {CHROMIUM_LAUNCH} from '../support/chromium';
import {PORTS} from '../support/ports';
import {createSiteHandler} from '../../scripts/serve';
import {routing} from '@/i18n/routing';
import {createContentLibrary, type Release} from '@/lib/content';
import {generateContent} from '../../scripts/bench/generate-content';

// The corpus of real releases (tests/fixtures/corpus/, sources in its
// SOURCES.md) built as the press office would publish it, beside the
// fixture that mixes every kind of section and block and a stream of
// generated releases: the content check passes, and every release's pages,
// data, feed entries and share images are there and right, and search finds
// what a journalist looks for among them (in Chromium). It builds in an
// environment of its own (tests/support/build-environment.ts).
const ORIGIN = 'https://press.example.org';
const CORPUS = path.join('tests', 'fixtures', 'corpus', 'releases');
const KINDS = path.join('tests', 'fixtures', 'content', 'kinds', 'releases');
const GENERATED = 60;

const content = mkdtempSync(path.join(tmpdir(), 'corpus-'));
const generated = path.join(content, 'generated');
generateContent(generated, GENERATED);
for (const folder of [CORPUS, KINDS, path.join(generated, 'releases')]) cpSync(folder, path.join(content, 'releases'), {recursive: true});
rmSync(generated, {recursive: true, force: true});
const isGenerated = (key: string) => /-sample-\d+$/.test(key);
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

// After both parts: the search part reads the export the first part builds.
afterAll(() => {
  rmSync(content, {recursive: true, force: true});
  rmSync(scratch, {recursive: true, force: true});
}, 120_000);

describe('the corpus of real releases', () => {
  it('holds at least ten real releases and passes the content check with no error', () => {
    expect(readdirSync(CORPUS).length).toBeGreaterThanOrEqual(10);
    expect(report.problems).toEqual([]);
    expect(releases.length).toBe(readdirSync(CORPUS).length + readdirSync(KINDS).length + GENERATED);
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
        // The feed holds the newest releases: the real ones and the fixture, not the generated stream of 2000.
        if (isGenerated(release.key)) continue;
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
    // The generated releases' pages are the statement's kind, which the browser suite checks.
    const pages = walk(out).filter(
      (each) => each.endsWith('.html') && !each.endsWith(`${path.sep}404.html`) && !path.relative(out, each).split(path.sep).some(isGenerated),
    );
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

// Search as a journalist uses it, in Chromium, on this export (the real
// releases among 60 generated ones), served as npm start serves it.
describe('search over the corpus and a stream of generated releases', () => {
  const origin = `http://127.0.0.1:${PORTS.corpus}`;
  const messages = (locale: string) => (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as {Search: Record<string, string>}).Search;
  let server: Server | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  /** A page of the export in Chromium, once the search has said how it went. */
  async function search(address: string): Promise<Page> {
    if (!server) {
      server = createServer(createSiteHandler(path.resolve(out)));
      await new Promise<void>((resolve) => server!.listen(PORTS.corpus, '127.0.0.1', resolve));
      browser = await chromium.launch(CHROMIUM_LAUNCH);
    }
    // A context of its own for each page: axe asks for one.
    const page = await (await browser!.newContext()).newPage();
    await page.goto(`${origin}${address}`);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent?.endsWith('…'));
    return page;
  }
  /** The releases a search lists, by their addresses. */
  const listed = async (page: Page) => page.locator('ol.search-results > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const key = (prefix: string) => releases.find((release) => release.key.startsWith(prefix))!.key;

  const FINDS: Array<{locale: string; query: string; release: string; what: string}> = [
    {locale: 'en', query: 'Rotterdam', release: '2023-03-27', what: 'a dateline place'},
    {locale: 'nl', query: 'Brasschaat', release: '2020-11-04', what: 'a dateline place'},
    {locale: 'en', query: 'Tusk', release: '2016-02-18', what: "an author's surname"},
    {locale: 'nl', query: 'De Croo', release: '2021-12-16', what: "an author's name"},
    {locale: 'en', query: 'European Council', release: '2017-06-22', what: 'an issuer'},
    {locale: 'nl', query: 'Europese Raad', release: '2016-02-18', what: 'an issuer'},
    {locale: 'en', query: 'Germany', release: '2023-03-27', what: 'a country, named in English'},
    {locale: 'nl', query: 'Duitsland', release: '2023-03-27', what: 'a country, named in Dutch'},
    // Named nowhere in this release's text or header: found by its countries alone.
    {locale: 'en', query: 'European Union', release: '2017-06-22', what: 'a country, named in English'},
    {locale: 'nl', query: 'Europese Unie', release: '2017-06-22', what: 'a country, named in Dutch'},
  ];

  it("finds a release by its dateline's place, its authors, its issuer and its countries, in each language, and links only its own language", async () => {
    const lost: string[] = [];
    for (const {locale, query, release, what} of FINDS) {
      const page = await search(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      const found = await listed(page);
      if (!found.includes(`/${locale}/${key(release)}/`)) lost.push(`${what}: "${query}" on /${locale}/search/ lists ${found.join(', ') || 'nothing'}`);
      expect(found.filter((href) => !href?.startsWith(`/${locale}/`))).toEqual([]);
      await page.context().close();
    }
    expect(lost).toEqual([]);
  }, 120_000);

  it('finds nothing for a word that occurs nowhere, or only in the other language, says so plainly and offers the archive', async () => {
    for (const [locale, query] of [
      ['en', 'azzzz'],
      ['nl', 'azzzz'],
      ['en', 'qxjvbrwk'],
      ['nl', 'frontrunner'],
      ['nl', 'bottlenecks'],
    ] as const) {
      const page = await search(`/${locale}/search/?q=${query}`);
      expect(await page.locator('[data-search-status]').textContent(), `${locale}: ${query}`).toBe(messages(locale).none!.replace('{query}', query));
      expect(await listed(page), `${locale}: ${query}`).toEqual([]);
      await expect.poll(() => page.locator('[data-search-archive] a').isVisible()).toBe(true);
      await page.context().close();
    }
  }, 60_000);

  it('narrows by year, country and kind from the address, shows each choice in the form after a reload, and orders by date on request', async () => {
    const eu = releases.filter((release) => release.countries.includes('EU')).map((release) => `/en/${release.key}/`);
    expect(eu.length).toBe(2);
    // A country alone: every EU release and nothing else.
    const page = await search('/en/search/?country=EU');
    expect((await listed(page)).sort()).toEqual(eu.sort());
    // The words, the year and the country together, and the same once reloaded.
    await page.goto(`${origin}/en/search/?q=Tusk&year=2017&country=EU`);
    for (let round = 0; round < 2; round++) {
      await page.locator('[data-search-status]:not(:empty)').waitFor();
      await expect.poll(() => listed(page)).toEqual([`/en/${key('2017-06-22')}/`]);
      expect(await page.locator('#search-year').inputValue()).toBe('2017');
      expect(await page.locator('#search-country').inputValue()).toBe('EU');
      expect(await page.locator('#search-query').inputValue()).toBe('Tusk');
      await page.reload();
    }
    // The kind, in the page's language: the two sets of remarks, newest first.
    await page.goto(`${origin}/nl/search/?kind=toespraak&sort=newest`);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    await expect.poll(() => listed(page)).toEqual([`/nl/${key('2017-06-22')}/`, `/nl/${key('2016-02-18')}/`]);
    // Belgian releases, newest first: their dates go down.
    await page.goto(`${origin}/en/search/?country=BE&sort=newest`);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    await expect.poll(async () => (await listed(page)).length).toBe(20);
    const dates = (await listed(page)).map((href) => /\/en\/(\d{4}-\d{2}-\d{2})/.exec(href!)![1]!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2024-02-12');
    await page.context().close();
  }, 60_000);

  it('is operable by keyboard alone, with no axe violation, and each result shows its dateline and kind', async () => {
    const page = await search('/en/search/?q=Benelux');
    expect((await listed(page)).length).toBeGreaterThanOrEqual(2);
    // From the words field, by Tab: the year, the country; choose Luxembourg by typing, then submit.
    await page.locator('#search-query').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-year');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-country');
    await page.keyboard.type('Luxembourg');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(messages('en').button);
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=LU/);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    await expect.poll(async () => (await listed(page)).sort()).toEqual([`/en/${key('2017-11-08')}/`, `/en/${key('2021-12-16')}/`].sort());
    expect(await page.locator('ol.search-results > li .search-meta').first().textContent()).toMatch(/^(The Hague|Brussels), .+ 20(17|21) · Joint declaration$/);
    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('links each result and each section it names to an anchor that exists on its page', async () => {
    const checked: string[] = [];
    for (const [locale, query] of [
      ['en', 'security council'],
      ['nl', 'kinderen'],
      ['en', 'sample'],
    ] as const) {
      const page = await search(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      const links = await page.locator('ol.search-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      expect(links.length, `${locale}: ${query}`).toBeGreaterThan(1);
      for (const link of links) {
        const [pathname, fragment] = link.split('#');
        const html = read(pathname!);
        if (fragment) expect(html, link).toContain(`id="${fragment}"`);
        checked.push(link);
      }
      await page.context().close();
    }
    expect(checked.filter((link) => link.includes('#')).length).toBeGreaterThan(3);
  }, 60_000);
});

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
