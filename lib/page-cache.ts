// The page cache: each release's pages as `next build` rendered them, kept
// in a folder outside the export under a hash of everything they are made
// from (the release's model and files, the site's origin, and every file of
// the code that renders a page). The per-release routes ask Next to render
// only the releases the cache does not hold; scripts/page-cache.ts copies
// the others into the export after `next build`, and keeps the new ones.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {routing} from '@/i18n/routing';
import type {Release} from '@/lib/releases';
import {buildOrigin} from '@/lib/site-origin';

/**
 * Everything in the project a page can be made from. Generous on purpose:
 * a change to any of these renders every page again. Tests render nothing.
 */
const RENDERING_CODE = [
  'app',
  'components',
  'enhancements',
  'i18n',
  'lib',
  'messages',
  'public',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** The page cache folder: `PAGE_CACHE_DIR` when set, otherwise `.cache/pages`. Safe to delete. */
export function pageCacheDirectory(): string {
  return path.resolve(process.env.PAGE_CACHE_DIR || path.join('.cache', 'pages'));
}

function files(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((name) => files(path.join(target, name)));
}

// Read once per process: Next calls the routes' generateStaticParams in each worker.
let codeHash: string | undefined;
function renderingCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const file of RENDERING_CODE.flatMap((root) => files(root)).filter((each) => !/\.test\.tsx?$/.test(each))) {
    hash
      .update(`${file.split(path.sep).join('/')}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

/**
 * The cache key of a release's pages: a hash of its model, its language
 * files' bytes, the origin its absolute URLs point at and the rendering code.
 *
 * @param release The release.
 */
function releasePagesKey(release: Release): string {
  const hash = createHash('sha256')
    .update(renderingCodeHash())
    .update(`\0${buildOrigin(process.env.SITE_ORIGIN)}\0`);
  hash.update(JSON.stringify(release));
  for (const locale of routing.locales) {
    const file = release.versions[locale].file;
    hash.update(`\0${locale}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The cache entry of a release's pages: `<folder>/<key>/<locale>/<release>/…`. */
export function pagesEntry(release: Release, cacheRoot: string = pageCacheDirectory()): string {
  return path.join(cacheRoot, releasePagesKey(release));
}

/** Whether the page cache holds this release's pages as they would be rendered now. */
export function hasCachedPages(release: Release): boolean {
  return existsSync(pagesEntry(release));
}
