import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';
import {createSiteHandler} from '../../scripts/serve';
import {readLinks} from '../gates/links';

// The archive at the size of years of releases: the bench's generator writes
// 300 releases over three years, the real build exports them, and a crawl
// over HTTP from `/en/` and `/nl/` must reach every release within two clicks
// without any listing page holding more than 50. This build replaces out/;
// `npm start` (and so the browser suite after it) rebuilds from content/.
const COUNT = 300;
// Derived from E2E_PORT like every test server: the browser suite's servers use E2E_PORT and E2E_PORT + 1.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const RELEASE = /^\/(nl|en)\/\d{4}-\d{2}-\d{2}-sample-\d+\/$/;

describe(`an archive of ${COUNT} releases`, () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'archive-'));
  let server: Server | undefined;
  afterAll(() => {
    server?.close();
    rmSync(folder, {recursive: true, force: true});
  });

  it('builds, and a crawl from each language\'s list reaches every release within two clicks, no list holding more than 50', async () => {
    generateContent(folder, COUNT);
    const build = spawnSync('npm', ['run', '--silent', 'build'], {env: {...process.env, CONTENT_DIR: folder}, encoding: 'utf8', timeout: 1_800_000});
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-4000)).toBe(0);

    const root = path.resolve('out');
    const policies = JSON.parse(readFileSync(path.resolve('build', 'csp.json'), 'utf8')) as Record<string, string>;
    server = createServer(createSiteHandler(root, policies));
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
        const links = readLinks(html).links.map((link) => new URL(link, `${origin}${page}`)).filter((url) => url.origin === origin).map((url) => url.pathname);
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
      expect([...listSizes].filter(([, size]) => size > 50), locale).toEqual([]);
      expect(listSizes.get(`/${locale}/`)).toBe(20);
    }
  }, 1_800_000);
});
