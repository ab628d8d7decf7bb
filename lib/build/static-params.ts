import {existsSync} from 'node:fs';
import {routing} from '@/i18n/routing';
import {archivePageEntries, hasCachedPages} from '@/lib/build/page-cache';
import {getReleases, type Release} from '@/lib/site/releases';

// Next renders only the releases, and the archive pages, that the page cache
// does not hold (lib/build/page-cache.ts); scripts/page-cache.ts copies in
// the others. A route that exports no page at all is an error to Next, so
// when all its pages are cached the route renders its first page anyway (the
// cached copy replaces it). Only `next build` skips cached pages: `next dev`
// serves every page.
const building = () => process.env.NEXT_PHASE === 'phase-production-build';
// Each release asked once a process (the answer hashes its model and
// files), not once a route or a commitment: Next asks each route in turn.
let asked: {releases: Release[]; toRender: Set<Release>} | undefined;
const releasesToRender = (releases: Release[]): Set<Release> => {
  const same = asked?.releases.length === releases.length && releases.every((release, index) => asked!.releases[index] === release);
  if (!same || !asked) asked = {releases, toRender: new Set(releases.filter((release) => !building() || !hasCachedPages(release)))};
  return asked.toRender;
};
const orFirst = <T>(toRender: T[], all: T[]): T[] => (toRender.length > 0 || all.length === 0 ? toRender : all.slice(0, 1));

/**
 * The segment of the one page a route exports when the site has none of its
 * pages (no release has a headed section, or none is published yet): Next
 * refuses a route that exports nothing. No release or section key can take it
 * (keys start with a letter or digit); the page is not found, and postbuild
 * deletes it from the export.
 */
export const PLACEHOLDER_SEGMENT = '_none';

/** Every `{locale, release}` pair whose pages are not cached, for the pages that exist once per release and language. */
export function releaseParams(): Array<{locale: (typeof routing.locales)[number]; release: string}> {
  const releases = getReleases();
  const all = routing.locales.flatMap((locale) => releases.map((release) => ({locale, release})));
  if (all.length === 0) return [{locale: routing.defaultLocale, release: PLACEHOLDER_SEGMENT}];
  const rendered = releasesToRender(releases);
  return orFirst(
    all.filter(({release}) => rendered.has(release)),
    all,
  ).map(({locale, release}) => ({locale, release: release.key}));
}

/** Every `{locale, release, commitment}` of the releases whose pages are not cached, for the pages of single headed sections (commitments and plain sections). */
export function commitmentParams(): Array<{locale: (typeof routing.locales)[number]; release: string; commitment: string}> {
  const releases = getReleases();
  const all = routing.locales.flatMap((locale) =>
    releases.flatMap((release) => release.versions[locale].headedSections.map((section) => ({locale, release, commitment: section.key}))),
  );
  if (all.length === 0) return [{locale: routing.defaultLocale, release: PLACEHOLDER_SEGMENT, commitment: PLACEHOLDER_SEGMENT}];
  const rendered = releasesToRender(releases);
  return orFirst(
    all.filter(({release}) => rendered.has(release)),
    all,
  ).map(({locale, release, commitment}) => ({locale, release: release.key, commitment}));
}

/** Every `{file}` (`{release}.json`) of the releases whose pages are not cached, for the releases' data files, which the page cache keeps with their pages. */
export function releaseDataParams(): Array<{file: string}> {
  const releases = getReleases();
  const rendered = releasesToRender(releases);
  return orFirst(
    releases.filter((release) => rendered.has(release)),
    releases,
  ).map((release) => ({file: `${release.key}.json`}));
}

/** Every `{locale, year, page}` of the archive's pages that are not cached: `page` is `[]` for a year's first page, `[n]` for the others. */
export function archiveParams(): Array<{locale: (typeof routing.locales)[number]; year: string; page: string[]}> {
  const all = archivePageEntries(getReleases());
  return orFirst(
    all.filter((page) => !building() || !existsSync(page.entry)),
    all,
  ).map(({locale, year, page}) => ({locale, year, page: page === 1 ? [] : [String(page)]}));
}
