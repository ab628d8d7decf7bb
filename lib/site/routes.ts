import type {Locale} from '@/i18n/routing';

// The public URL scheme (documented in docs/urls.md). Everything after the
// locale is language-neutral, so a page's URLs differ only in their prefix.

/** The list of releases in one language: `/{locale}/`. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** A full statement: `/{locale}/{release}/`. */
export function releasePath(locale: Locale, release: string): string {
  return `/${locale}/${release}/`;
}

/** One commitment on a page of its own: `/{locale}/{release}/{commitment}/`. */
export function commitmentPath(locale: Locale, release: string, commitment: string): string {
  return `/${locale}/${release}/${commitment}/`;
}

/** A section's place in the full statement: `/{locale}/{release}/#{section}`. */
export function sectionPath(locale: Locale, release: string, section: string): string {
  return `${releasePath(locale, release)}#${section}`;
}

const SIDE_BY_SIDE_SEGMENT = 'side-by-side';
const ARCHIVE_SEGMENT = 'archive';
const SEARCH_SEGMENT = 'search';
const ACCESSIBILITY_SEGMENT = 'accessibility';

/** The archive's own page, linking every page of it: `/{locale}/archive/`. */
export function archiveIndexPath(locale: Locale): string {
  return `/${locale}/${ARCHIVE_SEGMENT}/`;
}

/**
 * A page of the archive: `/{locale}/archive/{year}/` for a year's newest
 * releases, `/{locale}/archive/{year}/{page}/` for its further pages.
 */
export function archivePath(locale: Locale, year: string, page = 1): string {
  return `${archiveIndexPath(locale)}${year}/${page > 1 ? `${page}/` : ''}`;
}

/** Searching the releases of one language: `/{locale}/search/` (`?q=` the words). */
export function searchPath(locale: Locale): string {
  return `/${locale}/${SEARCH_SEGMENT}/`;
}

/** The accessibility statement, in each language: `/{locale}/accessibility/`. */
export function accessibilityPath(locale: Locale): string {
  return `/${locale}/${ACCESSIBILITY_SEGMENT}/`;
}

/** Pagefind's files, written after the build: its script, and each language's index. */
export const SEARCH_INDEX_PATH = '/pagefind/';

/** Where the bundled enhancements (enhancements/, bundled by lib/build/enhancements.ts) are served from. */
export const ENHANCEMENTS_PATH = '/enhance/';

/** Both languages next to each other: `/{locale}/{release}/side-by-side/`. */
export function sideBySidePath(locale: Locale, release: string): string {
  return `${releasePath(locale, release)}${SIDE_BY_SIDE_SEGMENT}/`;
}

/** Segments the site uses itself, which no release or commitment key may take. */
export const RESERVED_SEGMENTS: readonly string[] = [
  '404',
  SIDE_BY_SIDE_SEGMENT,
  'share.png',
  'feed.xml',
  ARCHIVE_SEGMENT,
  SEARCH_SEGMENT,
  ACCESSIBILITY_SEGMENT,
];

/**
 * How a release's fragment ids are made from its section keys, the same in
 * every language: `#{section}` for a section, `#{section}-{n}` for its n-th
 * paragraph, `#{section}-title` for a commitment's heading and
 * `#{section}-text` for a section read side by side as one block. The
 * content library derives every id from this and refuses keys that clash.
 */
export const FRAGMENT_IDS = {
  paragraph: (section: string, number: number) => `${section}-${number}`,
  heading: (section: string) => `${section}-title`,
  block: (section: string) => `${section}-text`,
};

/** The fragment ids the page chrome uses itself, which no id of a release may take. */
export const CHROME_IDS = {
  /** The main landmark, the target of the skip link. */
  main: 'main',
  /** The page's footer, which the first frame waits for (lib/build/static-document.ts). */
  footer: 'site-footer',
  /** The heading of the provenance section. */
  provenanceTitle: 'provenance-title',
  /** The heading of a release's press contacts. */
  pressContactsTitle: 'press-contacts-title',
  /** The search field in the header. */
  searchField: 'site-search',
  /** The heading of the search page's results. */
  searchResults: 'search-results',
  /** The search page's own form: its heading, its field and each choice. */
  searchRefine: 'search-refine',
  searchQuery: 'search-query',
  searchYear: 'search-year',
  searchCountry: 'search-country',
  searchKind: 'search-kind',
  searchSort: 'search-sort',
  /** The heading of the statement's contents list. */
  contentsTitle: 'contents-title',
} as const;

/** A statement's share image, made at build time: `/{locale}/{release}/share.png`. */
export function releaseImagePath(locale: Locale, release: string): string {
  return `${releasePath(locale, release)}share.png`;
}

/** A commitment's share image: `/{locale}/{release}/{commitment}/share.png`. */
export function commitmentImagePath(locale: Locale, release: string, commitment: string): string {
  return `${commitmentPath(locale, release, commitment)}share.png`;
}

/**
 * The site's own share image, for its listing pages and the pages that are
 * not a release: `/{locale}/share.png`, or `/share.png` for the bilingual `/`.
 */
export function siteImagePath(locale?: Locale): string {
  return `${locale ? homePath(locale) : '/'}share.png`;
}

/** A language's Atom feed: `/{locale}/feed.xml`. */
export function feedPath(locale: Locale): string {
  return `${homePath(locale)}feed.xml`;
}

/** The index of releases as JSON, both languages: `/data/releases.json`. */
export function releaseIndexDataPath(): string {
  return '/data/releases.json';
}

/** One release as JSON, both languages aligned by section: `/data/releases/{release}.json`. */
export function releaseDataPath(release: string): string {
  return `/data/releases/${release}.json`;
}

/** The JSON Schemas of those documents, published beside them (from `public/data/`). */
export const DATA_SCHEMA_PATHS = {index: '/data/releases.schema.json', release: '/data/release.schema.json'} as const;
