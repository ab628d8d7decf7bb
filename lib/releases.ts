// The site's content: the content library bound once to the site's locales,
// reserved URL segments and fragment ids. Pages, feeds and scripts read
// releases from here, never from `lib/content` directly.
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

const library = createContentLibrary<Locale>({
  locales: routing.locales,
  reservedSegments: RESERVED_SEGMENTS,
  chromeIds: Object.values(CHROME_IDS),
  ids: FRAGMENT_IDS,
  // Dutch runs about a tenth longer than English (0.93 English characters per Dutch one in the statement).
  lengthRatios: {nl: 1.1},
});

export const {checkContent, getReleases, findRelease, alignParagraphs, blockFallbacks} = library;
