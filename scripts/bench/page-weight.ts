// Page weight of one page as a browser loads it: bytes of HTML, CSS and
// JavaScript (raw, gzip, brotli), the number of requests, and whose the
// JavaScript is: the project's enhancements (served from /enhance/) or a
// framework's (anything else).
import {brotliCompressSync, gzipSync} from 'node:zlib';
import type {Browser} from '@playwright/test';
import {ENHANCEMENTS_PATH} from '@/lib/site/routes';

/**
 * The browser's language in every measurement: one the site lacks, so the
 * language choice page is measured itself rather than the redirect its
 * script makes for a Dutch or English browser.
 */
export const READER_LANGUAGE = 'fr-BE';

export interface Weight {
  requests: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** The project's enhancements the page loaded, gzipped. */
  ownJsGzip: number;
  /** Their names (`copy-text`). */
  ownScripts: string[];
  /** Any other JavaScript the page loaded, gzipped. */
  frameworkJsGzip: number;
}

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const gzip = (body: Buffer) => gzipSync(body, {level: 9}).length;
const sizes = (bodies: Buffer[]): Sizes => ({
  raw: bodies.reduce((sum, body) => sum + body.length, 0),
  gzip: bodies.reduce((sum, body) => sum + gzip(body), 0),
  brotli: bodies.reduce((sum, body) => sum + brotliCompressSync(body).length, 0),
});

/**
 * Load a page in Chromium and weigh everything it fetched.
 *
 * @param browser A launched browser.
 * @param url The page.
 */
export async function weighPage(browser: Browser, url: string): Promise<Weight> {
  // nginx's test certificate is made on the fly.
  const page = await browser.newPage({locale: READER_LANGUAGE, ignoreHTTPSErrors: true});
  const bodies: Record<'html' | 'css' | 'js', Buffer[]> = {html: [], css: [], js: []};
  const own: Array<{name: string; body: Buffer}> = [];
  let requests = 0;
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    requests++;
    const type = response.request().resourceType();
    const bucket = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
    if (!bucket) return;
    const {pathname} = new URL(response.url());
    pending.push(
      response.body().then(
        (body) => {
          bodies[bucket].push(body);
          if (bucket === 'js' && pathname.startsWith(ENHANCEMENTS_PATH))
            own.push({name: pathname.slice(ENHANCEMENTS_PATH.length).replace(/-\w+\.js$/, ''), body});
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await Promise.all(pending);
  await page.close();
  const js = sizes(bodies.js);
  const ownJsGzip = own.reduce((sum, {body}) => sum + gzip(body), 0);
  return {
    requests,
    html: sizes(bodies.html),
    css: sizes(bodies.css),
    js,
    ownJsGzip,
    ownScripts: own.flatMap(({name}) => name.split('.')).sort(),
    frameworkJsGzip: js.gzip - ownJsGzip,
  };
}
