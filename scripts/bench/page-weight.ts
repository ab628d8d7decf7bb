// Page weight of one page as a browser loads it: bytes of HTML, CSS and
// JavaScript (raw, gzip, brotli), the number of requests, and how much of the
// JavaScript is the project's own: the client components its route uses,
// each measured bundled alone.
import {gzipSync, brotliCompressSync} from 'node:zlib';
import {build} from 'esbuild';
import type {Browser} from '@playwright/test';
import {clientComponentFiles, clientComponentsOf, routeOf} from './client-components';

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
  /** The project's client components the page's route uses, each bundled alone, minified, gzipped. */
  ownJsGzip: number;
  ownComponents: string[];
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizes = (bodies: Buffer[]): Sizes => ({
  raw: bodies.reduce((sum, body) => sum + body.length, 0),
  gzip: bodies.reduce((sum, body) => sum + gzipSync(body, {level: 9}).length, 0),
  brotli: bodies.reduce((sum, body) => sum + brotliCompressSync(body).length, 0),
});

let ownSizes: Map<string, number> | undefined;

/** Each client component bundled alone (React left out), minified and gzipped. */
async function ownComponentSizes(): Promise<Map<string, number>> {
  if (ownSizes) return ownSizes;
  ownSizes = new Map();
  for (const file of clientComponentFiles()) {
    const result = await build({entryPoints: [file], bundle: true, minify: true, write: false, format: 'esm', jsx: 'automatic', external: ['react', 'react/jsx-runtime'], logLevel: 'silent'});
    ownSizes.set(file, gzipSync(Buffer.from(result.outputFiles[0]!.contents), {level: 9}).length);
  }
  return ownSizes;
}

/**
 * Load a page in Chromium and weigh everything it fetched.
 *
 * @param browser A launched browser.
 * @param url The page.
 * @param exportedPath The page's path in the export (`/nl/404` for a 404), by which its route is found.
 */
export async function weighPage(browser: Browser, url: string, exportedPath: string): Promise<Weight> {
  // nginx's test certificate is made on the fly.
  const page = await browser.newPage({locale: READER_LANGUAGE, ignoreHTTPSErrors: true});
  const bodies: Record<'html' | 'css' | 'js', Buffer[]> = {html: [], css: [], js: []};
  let requests = 0;
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    requests++;
    const type = response.request().resourceType();
    const bucket = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
    if (bucket) pending.push(response.body().then((body) => void bodies[bucket].push(body), () => undefined));
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await Promise.all(pending);
  await page.close();
  const own = await ownComponentSizes();
  const present = clientComponentsOf(routeOf(exportedPath)).sort();
  return {
    requests,
    html: sizes(bodies.html),
    css: sizes(bodies.css),
    js: sizes(bodies.js),
    ownJsGzip: present.reduce((sum, file) => sum + (own.get(file) ?? 0), 0),
    ownComponents: present.map((file) => file.replace(/^components\/|\.tsx$/g, '')),
  };
}
