import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {expect, test, type Page} from '@playwright/test';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {imageSize} from 'image-size';
import {allPages, commitments, locales, messages, otherLocale, release, releases} from './site';
import {EXPORT, ORIGIN, exportedPages, htmlFiles, sitePath} from './export-pages';

const fileFor = (urlPath: string) => path.join(EXPORT, urlPath, urlPath.endsWith('/') ? 'index.html' : '');

test.describe('links between languages', () => {
  // `/` would otherwise send the browser on to its language.
  test.use({javaScriptEnabled: false, locale: 'fr-BE'});

  test('the export holds exactly the pages the site has', () => {
    expect(exportedPages()).toEqual([...allPages()].sort());
  });

  test('every page has one absolute canonical and reciprocal nl, en and x-default alternates', async ({page}) => {
    const alternatesOf = new Map<string, Record<string, string>>();
    for (const urlPath of exportedPages()) {
      await page.goto(urlPath);
      const canonical = await page.locator('head link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(canonical, urlPath).toEqual([`${ORIGIN}${urlPath}`]);
      const alternates = Object.fromEntries(
        await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      ) as Record<string, string>;
      expect(Object.keys(alternates).sort(), urlPath).toEqual(['en', 'nl', 'x-default']);
      expect(alternates['x-default']).toBe(`${ORIGIN}/`);
      alternatesOf.set(urlPath, alternates);
      // Feed autodiscovery: the page's own language's feed, or both on `/`.
      const feeds = await page
        .locator('head link[rel="alternate"][type="application/atom+xml"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const language = urlPath.split('/')[1];
      expect(feeds, `${urlPath}: feed links`).toEqual(language ? [`${ORIGIN}/${language}/feed.xml`] : locales.map((locale) => `${ORIGIN}/${locale}/feed.xml`));
      expect(await page.locator('head meta[name="description"]').getAttribute('content'), `${urlPath}: description`).toBeTruthy();
    }
    for (const [urlPath, alternates] of alternatesOf) {
      const own = urlPath === '/' ? undefined : urlPath.split('/')[1];
      if (own) expect(alternates[own], `${urlPath} names itself`).toBe(`${ORIGIN}${urlPath}`);
      for (const locale of locales) {
        const target = sitePath(alternates[locale]!);
        expect(target && alternatesOf.has(target), `${urlPath} → ${alternates[locale]}`).toBe(true);
        if (own) expect(alternatesOf.get(target!)![own], `${target} points back to ${urlPath}`).toBe(`${ORIGIN}${urlPath}`);
      }
    }
  });
});

test('every other HTML file in the export is a 404 document: noindex once, no canonical', () => {
  const pages = new Set(exportedPages().map((urlPath) => fileFor(urlPath)));
  const notFoundDocuments = htmlFiles().filter((file) => !pages.has(file));
  // The bilingual 404 (as `404.html` and `404/`), Next's own copy, and one per
  // language, twice: `{locale}/404/` and its copy `{locale}/404.html` for static hosts.
  expect(notFoundDocuments.length).toBe(3 + 2 * locales.length);
  for (const file of notFoundDocuments) {
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<meta name="robots" content="noindex"\/?>/g), file).toHaveLength(1);
    expect(html, file).not.toContain('rel="canonical"');
  }
});

test.describe('share metadata', () => {
  for (const locale of locales) {
    test(`${locale}: the statement and every commitment have their own 1200×630 share image`, async ({page}) => {
      const pages = [`/${locale}/${release.key}/`, ...commitments(locale).map((section) => `/${locale}/${release.key}/${section.key}/`)];
      const images = new Set<string>();
      for (const urlPath of pages) {
        await page.goto(urlPath);
        const meta = (property: string) => page.locator(`head meta[property="${property}"]`).first().getAttribute('content');
        expect(await meta('og:type'), urlPath).toBe('article');
        expect(await meta('og:locale'), urlPath).toBe(locale === 'nl' ? 'nl_BE' : 'en_GB');
        expect(await meta('og:locale:alternate'), urlPath).toBe(otherLocale(locale) === 'nl' ? 'nl_BE' : 'en_GB');
        expect(await meta('article:published_time'), urlPath).toBe('2017-10-16T12:00:00.000Z');
        expect(await meta('og:image:width')).toBe('1200');
        expect(await meta('og:image:height')).toBe('630');
        expect(await meta('og:image:alt')).toBeTruthy();
        // The alt text names the release's countries in the page's language.
        for (const code of release.countries) expect(await meta('og:image:alt'), urlPath).toContain(new Intl.DisplayNames([locale], {type: 'region'}).of(code));
        expect(await page.locator('head meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
        const image = (await meta('og:image'))!;
        const file = path.join(EXPORT, sitePath(image) ?? 'missing');
        expect(existsSync(file), image).toBe(true);
        const size = imageSize(readFileSync(file));
        expect([size.type, size.width, size.height], image).toEqual(['png', 1200, 630]);
        images.add(image);
      }
      expect(images.size).toBe(pages.length);
    });
  }
});

test.describe('the site share image', () => {
  // A language the site does not have: `/` stays the language choice instead of negotiating.
  test.use({locale: 'fr-BE'});

  test('`/`, every listing page and the other pages that are not a release show the site card, 1200×630, in their language', async ({page}) => {
    const notReleases = allPages().filter((urlPath) => !releases.some((each) => urlPath.includes(`/${each.key}/`)));
    expect(notReleases).toEqual(expect.arrayContaining(['/', '/nl/', '/en/', '/nl/archive/', '/en/archive/']));
    for (const urlPath of notReleases) {
      await page.goto(urlPath);
      const meta = (property: string) => page.locator(`head meta[property="${property}"]`).first().getAttribute('content');
      expect(await meta('og:type'), urlPath).toBe('website');
      const image = (await meta('og:image'))!;
      // The language's card, or the bilingual one at `/`.
      const locale = locales.find((each) => urlPath.startsWith(`/${each}/`));
      expect(sitePath(image), urlPath).toBe(locale ? `/${locale}/share.png` : '/share.png');
      expect(await meta('og:image:alt'), urlPath).toContain(messages(locale ?? 'nl').Layout!.siteName!);
      expect(await page.locator('head meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      const size = imageSize(readFileSync(path.join(EXPORT, sitePath(image)!)));
      expect([size.type, size.width, size.height], image).toEqual(['png', 1200, 630]);
    }
  });
});

test.describe('sitemap and robots.txt', () => {
  test('the sitemap lists every page, and nothing else, with both language alternates', () => {
    const xml = readFileSync(path.join(EXPORT, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const parsed = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link'}).parse(xml) as {
      urlset: {url: Array<{loc: string; 'xhtml:link': Array<{'@_hreflang': string; '@_href': string}>}>};
    };
    const urls = parsed.urlset.url;
    expect(urls.map((url) => sitePath(url.loc)).sort()).toEqual(exportedPages());
    for (const url of urls) {
      const hreflangs = url['xhtml:link'].map((link) => link['@_hreflang']).sort();
      expect(hreflangs, url.loc).toEqual(['en', 'nl', 'x-default']);
      for (const link of url['xhtml:link']) expect(existsSync(fileFor(sitePath(link['@_href'])!)), link['@_href']).toBe(true);
    }
  });

  test('the sitemap passes xmllint with the sitemaps.org schema, which refuses an xhtml:link before lastmod', () => {
    const schema = path.resolve('tests', 'support', 'schemas', 'sitemap.xsd');
    const lint = (file: string) => spawnSync('xmllint', ['--noout', '--schema', schema, file], {encoding: 'utf8'});
    const result = lint(path.join(EXPORT, 'sitemap.xml'));
    expect(result.status, result.stderr).toBe(0);
    // The order Next's own writer used: the schema must say no to it, or the check above proves nothing.
    const folder = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
    try {
      const misordered = path.join(folder, 'sitemap.xml');
      writeFileSync(
        misordered,
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${ORIGIN}/nl/</loc><xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/"/><lastmod>2017-10-16</lastmod></url></urlset>`,
      );
      const refused = lint(misordered);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('lastmod');
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });

  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(path.join(EXPORT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});

test.describe('Atom feeds', () => {
  for (const locale of locales) {
    test(`${locale}: the feed is valid Atom with every release in full, linking to pages in the export`, () => {
      const xml = readFileSync(path.join(EXPORT, locale, 'feed.xml'), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = parseFeed(xml);
      const raw = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link'}).parse(xml) as {
        feed: {id: string; entry: Array<{id: string; content: unknown}>};
      };
      expect(feed.meta.type).toBe('atom');
      expect(raw.feed.id).toBe(`${ORIGIN}/${locale}/`);
      expect(feed.title).toBeTruthy();
      expect(feed.updated?.toISOString()).toBe('2017-10-16T12:00:00.000Z');
      expect(feed.self).toBe(`${ORIGIN}/${locale}/feed.xml`);
      expect(feed.items).toHaveLength(1);
      const [item] = feed.items;
      expect(item!.id).toBe(`${ORIGIN}/${locale}/${release.key}/`);
      expect(raw.feed.entry[0]!.id).toBe(item!.id);
      expect(item!.title).toBe(release.versions[locale].meta.title);
      expect(item!.updated).toBeTruthy();
      for (const section of commitments(locale)) expect(item!.content).toContain(section.title!);
      expect(existsSync(fileFor(sitePath(item!.url!)!)), item!.url!).toBe(true);
      // Every page announcing the feed: checked with the alternates above.
      // The feed's language, on its root element, as Atom takes it.
      expect(new XMLParser({ignoreAttributes: false}).parse(xml).feed['@_xml:lang']).toBe(locale);
    });
  }

  test('each feed passes jing with the Atom RELAX NG schema (RFC 4287), which refuses a feed without its id', () => {
    const schema = path.resolve('tests', 'support', 'schemas', 'atom.rnc');
    const jing = (file: string) => spawnSync('jing', ['-c', schema, file], {encoding: 'utf8'});
    for (const locale of locales) {
      const result = jing(path.join(EXPORT, locale, 'feed.xml'));
      expect(result.status, `${locale}: ${result.stdout}${result.stderr}`).toBe(0);
    }
    const folder = mkdtempSync(path.join(tmpdir(), 'feed-'));
    try {
      const broken = path.join(folder, 'feed.xml');
      writeFileSync(broken, readFileSync(path.join(EXPORT, 'en', 'feed.xml'), 'utf8').replace(/<id>[^<]*<\/id>/, ''));
      expect(jing(broken).status).not.toBe(0);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });
});

test.describe('JSON-LD', () => {
  const read = async (page: Page) =>
    JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown> & {
      author: Array<Record<string, string>>;
      hasPart?: Array<Record<string, string>>;
      workTranslation: Array<Record<string, string>>;
      isPartOf?: Record<string, string>;
      publisher: Record<string, unknown>;
      locationCreated: Record<string, string>;
    };

  for (const locale of locales) {
    test(`${locale}: statement and commitment pages describe themselves as linked NewsArticles`, async ({page}) => {
      const meta = release.versions[locale].meta;
      const statementUrl = `${ORIGIN}/${locale}/${release.key}/`;
      await page.goto(`/${locale}/${release.key}/`);
      const statement = await read(page);
      expect(statement).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': statementUrl,
        headline: meta.title,
        datePublished: '2017-10-16T12:00:00.000Z',
        inLanguage: locale,
        locationCreated: {'@type': 'Place', name: meta.place},
        mainEntityOfPage: {'@type': 'WebPage', '@id': statementUrl},
        publisher: {'@type': 'Organization', name: meta.issuer, url: `${ORIGIN}/`, logo: {'@type': 'ImageObject', url: `${ORIGIN}/icon.svg`}},
        // The release's own countries, named in the page's language.
        countryOfOrigin: release.countries.map((code) => ({
          '@type': 'Country',
          identifier: code,
          name: new Intl.DisplayNames([locale], {type: 'region'}).of(code),
        })),
      });
      // The publisher's logo is a file of the export.
      expect(existsSync(path.join(EXPORT, 'icon.svg'))).toBe(true);
      expect(statement.author).toEqual(meta.authors.map((author) => ({'@type': 'Person', name: author.name, jobTitle: author.role})));
      expect(statement.hasPart!.map((part) => part['@id'])).toEqual(commitments(locale).map((section) => `${ORIGIN}/${locale}/${release.key}/${section.key}/`));
      expect(statement.workTranslation).toEqual([
        {'@type': 'NewsArticle', '@id': `${ORIGIN}/${otherLocale(locale)}/${release.key}/`, inLanguage: otherLocale(locale)},
      ]);

      for (const section of commitments(locale)) {
        await page.goto(`/${locale}/${release.key}/${section.key}/`);
        const commitment = await read(page);
        expect(commitment, section.key).toMatchObject({
          '@type': 'NewsArticle',
          '@id': `${ORIGIN}/${locale}/${release.key}/${section.key}/`,
          headline: section.title,
          inLanguage: locale,
          position: section.number,
          datePublished: '2017-10-16T12:00:00.000Z',
          locationCreated: {'@type': 'Place', name: meta.place},
          mainEntityOfPage: {'@type': 'WebPage', '@id': `${ORIGIN}/${locale}/${release.key}/${section.key}/`},
          publisher: {'@type': 'Organization', name: meta.issuer, url: `${ORIGIN}/`, logo: {'@type': 'ImageObject', url: `${ORIGIN}/icon.svg`}},
        });
        expect(commitment.isPartOf!['@id'], section.key).toBe(statementUrl);
        expect(commitment.workTranslation, section.key).toEqual([
          {'@type': 'NewsArticle', '@id': `${ORIGIN}/${otherLocale(locale)}/${release.key}/${section.key}/`, inLanguage: otherLocale(locale)},
        ]);
        expect(commitment.author, section.key).toEqual(statement.author);
      }
    });
  }
});

test.describe('the releases as data', () => {
  const read = (urlPath: string) => JSON.parse(readFileSync(path.join(EXPORT, urlPath), 'utf8')) as Record<string, unknown>;
  const ajv = addFormats(new Ajv2020({allErrors: true, strict: true}));
  const validate = (schema: string, document: unknown) => {
    const check = ajv.compile(JSON.parse(readFileSync(path.join('public', 'data', schema), 'utf8')) as object);
    return check(document) ? [] : ajv.errorsText(check.errors).split(', ');
  };

  test('the index and every release document pass their JSON Schemas, which refuse a broken document', () => {
    const index = read('/data/releases.json') as {$schema: string; releases: Array<{key: string; data: string}>};
    expect(validate('releases.schema.json', index)).toEqual([]);
    expect(index.$schema).toBe(`${ORIGIN}/data/releases.schema.json`);
    expect(index.releases.map((each) => each.key)).toEqual(releases.map((each) => each.key));
    for (const {key, data} of index.releases) {
      expect(data).toBe(`${ORIGIN}/data/releases/${key}.json`);
      expect(validate('release.schema.json', read(sitePath(data)!))).toEqual([]);
    }
    // The schemas can fail: a section without rows, a commitment without its number, an unknown field.
    const document = read(`/data/releases/${release.key}.json`) as {sections: Array<Record<string, unknown>>};
    const broken = (change: (copy: typeof document) => void) => {
      const copy = structuredClone(document);
      change(copy);
      return validate('release.schema.json', copy);
    };
    expect(broken((copy) => (copy.sections[0]!.rows = []))).not.toEqual([]);
    expect(broken((copy) => delete copy.sections.find((section) => section.kind === 'commitment')!.number)).not.toEqual([]);
    expect(broken((copy) => ((copy as Record<string, unknown>).extra = true))).not.toEqual([]);
    expect(validate('releases.schema.json', {...index, releases: [{...index.releases[0], date: '16 October 2017'}]})).not.toEqual([]);
  });

  test('a release document is what the side-by-side pages show: the same sections and rows, under the same anchors, in both languages', () => {
    const document = read(`/data/releases/${release.key}.json`) as {
      key: string;
      date: string;
      countries: string[];
      versions: Record<string, {url: string; title: string}>;
      sections: Array<{
        key: string;
        kind: string;
        number?: number;
        titles?: Record<string, string>;
        urls: Record<string, string>;
        rows: Array<{id: string; text: Record<string, string[]>}>;
      }>;
    };
    expect(document).toMatchObject({key: release.key, date: release.date, countries: release.countries});
    for (const locale of locales) {
      const version = release.versions[locale];
      expect(document.versions[locale]).toMatchObject({url: `${ORIGIN}/${locale}/${release.key}/`, title: version.meta.title});
      expect(document.sections.map((section) => section.key)).toEqual(version.sections.map((section) => section.key));
      expect(document.sections.filter((section) => section.kind === 'commitment').map((section) => [section.number, section.titles![locale]])).toEqual(
        version.commitments.map((section) => [section.number, section.title]),
      );
      const sideBySide = readFileSync(fileFor(`/${locale}/${release.key}/side-by-side/`), 'utf8');
      for (const section of document.sections) {
        expect(sitePath(section.urls[locale]!)?.replace(/#.*/, '')).toMatch(new RegExp(`^/${locale}/${release.key}/`));
        for (const row of section.rows) {
          expect(sideBySide, row.id).toContain(`id="${row.id}"`);
          // Every paragraph of the row, in each language, is the text the statement has in that section.
          for (const other of locales) {
            const texts = release.versions[other].sections.find((each) => each.key === section.key)!.paragraphs.map((paragraph) => paragraph.text);
            for (const text of row.text[other]!) expect(texts).toContain(text);
          }
        }
      }
    }
  });
});
