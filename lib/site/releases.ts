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

/**
 * The instant the site is published as it is at: `PUBLISH_AT` (an ISO
 * instant) when set, as `npm run build` sets it once for all its steps,
 * otherwise now.
 */
export function publishAt(): Date {
  const at = process.env.PUBLISH_AT;
  if (!at) return new Date();
  // With its offset, as an embargo is written: a time without one would be the building machine's.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(at) || Number.isNaN(Date.parse(at))) {
    throw new Error(`PUBLISH_AT is ${JSON.stringify(at)}: it must be an instant with its offset, such as 2026-12-08T09:00:00Z`);
  }
  return new Date(at);
}

/**
 * Whether a release is published at an instant: not embargoed, or embargoed
 * until then or earlier.
 *
 * @param release The release.
 * @param at The instant (`publishAt()` by default).
 */
export function isPublished(release: Release, at: Date = publishAt()): boolean {
  return release.embargo === undefined || Date.parse(release.embargo) <= at.getTime();
}

/**
 * What `content:check` and the build say of an embargoed release: its
 * folder, the instant as written, and the time left from `at`
 * (`embargoed until 2026-12-08T10:00:00+01:00 (in 3 h 12 min): content/releases/…/`).
 *
 * @param release An embargoed release.
 * @param at The instant the site is published as it is at.
 */
export function embargoNotice(release: Release, at: Date): string {
  const version = release.versions[routing.defaultLocale];
  const left = Math.max(0, Date.parse(release.embargo!) - at.getTime());
  const parts: Array<[number, string]> = [
    [Math.floor(left / 86_400_000), 'd'],
    [Math.floor(left / 3_600_000) % 24, 'h'],
    [Math.floor(left / 60_000) % 60, 'min'],
    [Math.ceil(left / 1000) % 60, 's'],
  ];
  // The two largest units that are not zero: "3 d 4 h", "3 h 12 min", "45 s".
  const first = parts.findIndex(([value]) => value > 0);
  const shown =
    first < 0
      ? '0 s'
      : parts
          .slice(first, first + 2)
          .filter(([value]) => value > 0)
          .map(([value, unit]) => `${value} ${unit}`)
          .join(' ');
  return `embargoed until ${version.meta.embargo} (in ${shown}): ${path.dirname(version.file)}/`;
}

/** Every release of the content folder, newest first, with every problem as a `ContentError`: what `content:check` checks, embargoed releases included. */
export const {checkContent, alignParagraphs, blockFallbacks} = library;

/**
 * The first embargo of the content folder to end after an instant, if any:
 * when an export made at that instant starts to lack a release.
 *
 * @param after The instant.
 */
export function nextEmbargo(after: Date = publishAt()): string | undefined {
  return everyRelease()
    .map((release) => release.embargo)
    .filter((embargo): embargo is string => embargo !== undefined && Date.parse(embargo) > after.getTime())
    .sort()[0];
}

/**
 * Whether this build is the preview for accredited journalists
 * (`SITE_PREVIEW=1`, as `npm run build:preview` sets it): every release,
 * embargoed or not, each embargoed page saying until when.
 */
export function previewing(): boolean {
  return process.env.SITE_PREVIEW === '1';
}

// Next's build loads this module once for each layer of its bundle that
// uses it (a page and its metadata, the route handlers), up to three times
// in one worker: at 1,000 releases each read the content folder again, 0.3 s
// apiece. While Next builds, what one of them read is kept for the others,
// by content folder, on the process's global object.
const SHARED = Symbol.for('persberichten.releases');
type Shared = {[SHARED]?: {directory: string; releases: Release[]}};

/** Every release of the content folder, embargoed ones included; a `ContentError` if any has a problem. */
function everyRelease(): Release[] {
  if (process.env.NEXT_PHASE !== 'phase-production-build') return library.getReleases();
  const shared = globalThis as Shared;
  const directory = contentDirectory();
  if (shared[SHARED]?.directory !== directory) shared[SHARED] = {directory, releases: library.getReleases()};
  return shared[SHARED].releases;
}

/**
 * The releases published at `publishAt()`, newest first: what every page,
 * feed and file of the export is made from. An embargoed release is in none
 * of them, but for the preview, which has them all.
 */
export function getReleases(): Release[] {
  const at = publishAt();
  const all = everyRelease();
  return previewing() ? all : all.filter((release) => isPublished(release, at));
}

/** The published release with this key, if there is one. */
export function findRelease(key: string): Release | undefined {
  return getReleases().find((release) => release.key === key);
}
