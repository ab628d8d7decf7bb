import {expect, test} from '@playwright/test';
import {brokenLinks, readLinks} from '../gates/links';
import {ORIGIN, exportedPages} from './export-pages';

// The link gate over HTTP, against each server: starting from `/`, follow
// every internal link (absolute links to the site's origin included) as a
// reader's browser would. Every target must answer 200 itself (a link to a
// redirect or a 404 is a broken link), every #fragment must exist on its
// page, and every page of the export must be reachable.
test('a crawl from / reaches every page, and every link and #fragment on the way resolves', async ({request}) => {
  test.setTimeout(120_000);
  const pages = new Map<string, string>();
  const answered = new Map<string, number>();
  const queue = ['/'];
  while (queue.length > 0) {
    const urlPath = queue.shift()!;
    if (answered.has(urlPath)) continue;
    // A browser in a language the site lacks stays on the language choice.
    const response = await request.get(urlPath, {maxRedirects: 0, headers: {'Accept-Language': 'fr-BE'}});
    answered.set(urlPath, response.status());
    if (response.status() !== 200 || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(urlPath, html);
    for (const link of readLinks(html).links) {
      const url = new URL(link, `${ORIGIN}${urlPath}`);
      if (url.origin === ORIGIN && !answered.has(url.pathname)) queue.push(url.pathname);
    }
  }

  const notOk = [...answered].filter(([, status]) => status !== 200).map(([urlPath, status]) => `${urlPath}: ${status}`);
  expect(notOk).toEqual([]);
  expect(brokenLinks(pages, (urlPath) => answered.get(urlPath) === 200, ORIGIN)).toEqual([]);
  const unreached = exportedPages().filter((urlPath) => !pages.has(urlPath));
  expect(unreached).toEqual([]);
});
