// Page weight of one page as a browser loads it: bytes of HTML, CSS and
// JavaScript (raw, gzip, brotli), the number of requests, and how much of the
// JavaScript is the project's own.
import {gzipSync, brotliCompressSync} from 'node:zlib';
import {build} from 'esbuild';
import type {Browser} from '@playwright/test';

export interface Weight {
  requests: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** The project's own client components on the page, minified, gzipped. */
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

// The project's client components, and a string each keeps through
// minification, by which its presence in a page's JavaScript is recognised.
const CLIENT_COMPONENTS = [
  {file: 'components/HashKeepingLink.tsx', marker: 'fallbacks'},
  {file: 'components/CopyCommitment.tsx', marker: 'copy-commitment'},
];

let ownSizes: Map<string, number> | undefined;

/** Each client component bundled alone (React left out), minified and gzipped. */
async function ownComponentSizes(): Promise<Map<string, number>> {
  if (ownSizes) return ownSizes;
  ownSizes = new Map();
  for (const {file} of CLIENT_COMPONENTS) {
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
 */
export async function weighPage(browser: Browser, url: string): Promise<Weight> {
  const page = await browser.newPage();
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
  const script = Buffer.concat(bodies.js).toString('utf8');
  const own = await ownComponentSizes();
  const present = CLIENT_COMPONENTS.filter(({marker}) => script.includes(marker)).map(({file}) => file);
  return {
    requests,
    html: sizes(bodies.html),
    css: sizes(bodies.css),
    js: sizes(bodies.js),
    ownJsGzip: present.reduce((sum, file) => sum + (own.get(file) ?? 0), 0),
    ownComponents: present.map((file) => file.replace(/^components\/|\.tsx$/g, '')),
  };
}
