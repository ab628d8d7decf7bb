import {mkdtempSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {XMLParser} from 'fast-xml-parser';
import {addDays, generateContent, UPDATE_DAYS} from '../../scripts/bench/generate-content';
import {createSiteHandler} from '../../scripts/serve';
import {readLinks} from '../gates/links';
import {buildEnvironment, runIn} from '../support/build-environment';
import {PORTS} from '../support/ports';

// The archive at the size of years of releases: the bench's generator writes
// 150 releases over two years (one every three days: the first year's run to
// three archive pages), the real build exports them, and a crawl
// over HTTP from `/en/` and `/nl/` must reach every release within two clicks
// without any listing page holding more than 50. It builds into folders of
// its own (tests/support/build-environment.ts), so out/, build/ and .cache/,
// which `npm start` and the browser suite serve, stay as they are. Larger
// archives are the bench's (npm run bench builds 1,000 releases).
const COUNT = 150;
const PORT = PORTS.archive;
const RELEASE = /^\/(nl|en)\/\d{4}-\d{2}-\d{2}-sample-\d+\/$/;

describe(`an archive of ${COUNT} releases`, () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'archive-'));
  const environment = buildEnvironment('archive-crawl');
  const scratch = environment.root;
  let server: Server | undefined;
  afterAll(() => {
    server?.close();
    rmSync(folder, {recursive: true, force: true});
    rmSync(scratch, {recursive: true, force: true});
    // Thousands of files to delete, on a busy machine.
  }, 120_000);

  it("builds; a crawl from each language's list reaches every release within two clicks, no list holding more than 50; an updated release says so on its page, in JSON-LD, the feed and the sitemap", async () => {
    generateContent(folder, COUNT);
    rmSync(scratch, {recursive: true, force: true});
    const build = runIn(environment, {CONTENT_DIR: folder, SITE_ORIGIN: `http://127.0.0.1:${PORT}`});
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-4000)).toBe(0);

    const root = path.resolve(environment.out);
    server = createServer(createSiteHandler(root));
    await new Promise<void>((resolve) => server!.listen(PORT, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${PORT}`;

    for (const locale of ['en', 'nl']) {
      // Breadth first: depth 0 is the list, 1 what it links to, 2 what those link to.
      const depth = new Map<string, number>([[`/${locale}/`, 0]]);
      const listSizes = new Map<string, number>();
      const queue = [`/${locale}/`];
      while (queue.length > 0) {
        const page = queue.shift()!;
        const here = depth.get(page)!;
        if (here === 2) continue;
        const response = await fetch(`${origin}${page}`, {redirect: 'manual'});
        expect(response.status, page).toBe(200);
        const html = await response.text();
        const links = readLinks(html)
          .links.map((link) => new URL(link, `${origin}${page}`))
          .filter((url) => url.origin === origin)
          .map((url) => url.pathname);
        const releases = new Set(links.filter((link) => RELEASE.test(link) && link.startsWith(`/${locale}/`)));
        if (page === `/${locale}/` || page.startsWith(`/${locale}/archive/`)) listSizes.set(page, releases.size);
        // Only the listing pages lead on: a release's own links (commitments, side by side) are not the archive.
        if (RELEASE.test(page)) continue;
        for (const link of links) {
          if (depth.has(link) || !link.startsWith(`/${locale}/`) || !(RELEASE.test(link) || link.startsWith(`/${locale}/archive/`))) continue;
          depth.set(link, here + 1);
          queue.push(link);
        }
      }
      const reached = [...depth.keys()].filter((link) => RELEASE.test(link));
      expect(reached.length, locale).toBe(COUNT);
      for (const link of reached.filter((each) => depth.get(each) === 2)) expect((await fetch(`${origin}${link}`, {method: 'HEAD'})).status, link).toBe(200);
      expect(listSizes.size, locale).toBeGreaterThan(COUNT / 50);
      expect(
        [...listSizes].filter(([, size]) => size > 50),
        locale,
      ).toEqual([]);
      expect(listSizes.get(`/${locale}/`)).toBe(20);
    }

    // Every tenth generated release has two updates: the newest is its last
    // change everywhere. The newest release (150) is one, so that it is in
    // the feeds, which hold the newest 50; 149 is not.
    const published = addDays('2000-01-01', COUNT * 3);
    const updated = addDays(published, UPDATE_DAYS[1]);
    const key = `${published}-sample-${COUNT}`;
    const plain = `${addDays('2000-01-01', (COUNT - 1) * 3)}-sample-${COUNT - 1}`;
    const noon = (date: string) => `${date}T12:00:00.000Z`;
    const xml = new XMLParser({ignoreAttributes: false, isArray: (name) => ['url', 'entry', 'link'].includes(name)});
    const sitemap = xml.parse(await (await fetch(`${origin}/sitemap.xml`)).text()) as {urlset: {url: Array<{loc: string; lastmod?: string}>}};
    for (const locale of ['en', 'nl']) {
      const html = await (await fetch(`${origin}/${locale}/${key}/`)).text();
      const dates = [...html.matchAll(/<dd><time datetime="([\d-]+)">/gi)].map((match) => match[1]);
      expect(dates, locale).toEqual([published, updated]);
      expect(html).toContain(locale === 'en' ? `Correction 2 in sample release ${COUNT}.` : `Correctie 2 in proefbericht ${COUNT}.`);
      expect(html).toContain(locale === 'en' ? 'Last updated' : 'Laatst bijgewerkt');
      const jsonLd = (page: string) =>
        JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(page)![1]!) as {datePublished: string; dateModified: string};
      expect(jsonLd(html)).toMatchObject({datePublished: noon(published), dateModified: noon(updated)});
      const other = await (await fetch(`${origin}/${locale}/${plain}/`)).text();
      expect(other).not.toContain(locale === 'en' ? 'Last updated' : 'Laatst bijgewerkt');
      expect(jsonLd(other).dateModified).toBe(jsonLd(other).datePublished);

      const feed = xml.parse(await (await fetch(`${origin}/${locale}/feed.xml`)).text()) as {
        feed: {entry: Array<{id: string; updated: string; published: string}>};
      };
      const entry = feed.feed.entry.find((each) => each.id.endsWith(`/${locale}/${key}/`));
      expect(entry).toMatchObject({updated: noon(updated), published: noon(published)});
      expect(sitemap.urlset.url.find((url) => url.loc.endsWith(`/${locale}/${key}/`))?.lastmod).toBe(noon(updated));
      expect(sitemap.urlset.url.find((url) => url.loc.endsWith(`/${locale}/${plain}/`))?.lastmod).toBe(noon(addDays('2000-01-01', (COUNT - 1) * 3)));
    }
  }, 1_800_000);
});
