// The site's content: the content library bound once to the site's locales,
// reserved URL segments and fragment ids. Pages, feeds and scripts read
// releases from here, never from `lib/content` directly.
import path from 'node:path';
import {routing, type Locale} from '@/i18n/routing';
import {buildInputs, hashInputs} from '@/lib/build/build-inputs';
import {
  createContentLibrary,
  type AlignedSection as AnyAlignedSection,
  type Release as AnyRelease,
  type ReleaseVersion as AnyReleaseVersion,
} from '@/lib/content';
import {CHROME_IDS, FRAGMENT_IDS, RESERVED_SEGMENTS} from '@/lib/site/routes';

export type {Note, ReleaseMeta, Section} from '@/lib/content';
// What pages need of the library besides releases: they never import it themselves.
export {NUMBER_SEPARATOR} from '@/lib/content';
export type Release = AnyRelease<Locale>;
export type ReleaseVersion = AnyReleaseVersion<Locale>;
export type AlignedSection = AnyAlignedSection<Locale>;

/**
 * The parse cache's version: a hash of what shapes the model (the library's
 * code, this binding, the options' source and the installed packages), so
 * that any change to it starts a fresh cache.
 */
const parseCacheVersion = (): string => hashInputs(buildInputs().model);

/**
 * The content folder: `CONTENT_DIR` when set (benchmarks and tests point it
 * at generated content), otherwise `content/` in the project.
 */
export function contentDirectory(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}

/** The parse cache folder: `CONTENT_CACHE_DIR` when set, otherwise `.cache/content`. Safe to delete. */
function parseCacheDirectory(): string {
  return path.resolve(process.env.CONTENT_CACHE_DIR || path.join('.cache', 'content'));
}

const library = createContentLibrary<Locale>({
  directory: contentDirectory,
  locales: routing.locales,
  reservedSegments: RESERVED_SEGMENTS,
  chromeIds: Object.values(CHROME_IDS),
  ids: FRAGMENT_IDS,
  cache: {directory: parseCacheDirectory(), version: parseCacheVersion()},
  // Dutch runs about a tenth longer than English (0.93 English characters per Dutch one in the statement).
  lengthRatios: {nl: 1.1},
});

export const {checkContent, getReleases, findRelease, alignParagraphs, blockFallbacks} = library;
