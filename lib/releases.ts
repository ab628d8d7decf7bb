// The site's content: the content library bound once to the site's locales,
// reserved URL segments and fragment ids. Pages, feeds and scripts read
// releases from here, never from `lib/content` directly.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {routing, type Locale} from '@/i18n/routing';
import {
  createContentLibrary,
  type AlignedSection as AnyAlignedSection,
  type Release as AnyRelease,
  type ReleaseVersion as AnyReleaseVersion,
} from '@/lib/content';
import {CHROME_IDS, FRAGMENT_IDS, RESERVED_SEGMENTS} from '@/lib/routes';

export type {Note, ReleaseMeta, Section} from '@/lib/content';
export type Release = AnyRelease<Locale>;
export type ReleaseVersion = AnyReleaseVersion<Locale>;
export type AlignedSection = AnyAlignedSection<Locale>;

/**
 * The parse cache's version: a hash of the library's code, of this binding
 * and of the options' source (lib/routes.ts) and the installed packages, so
 * that any change to what shapes the model starts a fresh cache.
 */
function parseCacheVersion(): string {
  const hash = createHash('sha256');
  const library = readdirSync(path.join('lib', 'content'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join('lib', 'content', name));
  for (const file of [...library, path.join('lib', 'releases.ts'), path.join('lib', 'routes.ts'), path.join('i18n', 'routing.ts'), 'package-lock.json']) {
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The parse cache folder: `CONTENT_CACHE_DIR` when set, otherwise `.cache/content`. Safe to delete. */
function parseCacheDirectory(): string {
  return path.resolve(process.env.CONTENT_CACHE_DIR || path.join('.cache', 'content'));
}

const library = createContentLibrary<Locale>({
  locales: routing.locales,
  reservedSegments: RESERVED_SEGMENTS,
  chromeIds: Object.values(CHROME_IDS),
  ids: FRAGMENT_IDS,
  cache: {directory: parseCacheDirectory(), version: parseCacheVersion()},
  // Dutch runs about a tenth longer than English (0.93 English characters per Dutch one in the statement).
  lengthRatios: {nl: 1.1},
});

export const {checkContent, getReleases, findRelease, alignParagraphs, blockFallbacks} = library;
