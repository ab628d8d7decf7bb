// The serving rules besides the security headers: which files of the export
// are served only as files, which answer 404 though they exist, how long each
// kind of answer may be cached, content types and the redirects the site
// makes. `npm start` (scripts/serve.ts) follows these tables, and the build
// writes them into the nginx configuration (lib/serving/nginx-config.ts) and
// the CDN's `_headers` and `_redirects` (lib/serving/cdn-rules.ts), so every
// server answers alike.
import path from 'node:path';
import {routing} from '@/i18n/routing';
import {ENHANCEMENTS_PATH, releaseIndexDataPath, SEARCH_INDEX_PATH} from '@/lib/site/routes';
import {SPECULATION_RULES_PATH, SPECULATION_RULES_TYPE} from '@/lib/serving/speculation-rules';

/** `Cache-Control` of each kind of answer. */
export const CACHE_CONTROL = {
  /** Content-hashed file names (Next's CSS and fonts, the enhancements): a new build gives new names. */
  assets: 'public, max-age=31536000, immutable',
  /** Feed readers poll; five minutes spares the server without delaying news. */
  feeds: 'public, max-age=300',
  /** Pages and everything else: revalidated on every visit (cheap with ETags). */
  pages: 'public, max-age=0, must-revalidate',
  /** A 404 must not outlive the page that may appear at its address. */
  notFound: 'no-cache',
} as const;

/**
 * Folders of the export that hold files only, never pages (no folder of
 * theirs is answered, not even with a listing), with how long their files
 * may be cached.
 */
export const FILE_FOLDERS: ReadonlyArray<{path: string; cache: 'assets' | 'pages'; what: string}> = [
  {path: '/_next/', cache: 'assets', what: "Next's CSS and fonts, under hashed names"},
  {path: ENHANCEMENTS_PATH, cache: 'assets', what: 'the bundled enhancements, under hashed names'},
  {path: `${path.posix.dirname(releaseIndexDataPath())}/`, cache: 'pages', what: 'the releases as data'},
  {path: SEARCH_INDEX_PATH, cache: 'pages', what: "the search index and Pagefind's script"},
];

/**
 * The 404 documents the servers send for an unknown address (the site's,
 * and each language's below its folder), never as themselves.
 */
export const ERROR_DOCUMENTS: readonly string[] = ['/404.html', ...routing.locales.map((locale) => `/${locale}/404/*`)];

/**
 * Files of the export that are no page of the site, so every server answers
 * their address 404 (with the language's 404 page where it has one): the 404
 * documents and their copies; Next's not-found route; the CDN's rule files.
 * `*` matches the rest of the path, and `/x/*` matches `/x` too.
 */
export const NOT_PAGES: readonly string[] = [
  ...ERROR_DOCUMENTS,
  '/404/*',
  '/_not-found.html',
  '/_not-found/*',
  // The copies static hosts read (lib/build/export-steps.ts, copyNotFoundDocuments).
  ...routing.locales.map((locale) => `/${locale}/404.html`),
  '/_headers',
  '/_redirects',
  // Each language has its feed; there is none for the site as a whole.
  '/feed.xml',
];

/**
 * The addresses of each kind of answer, as patterns in which `*` matches the
 * rest of the path (the syntax of `_headers`). Anything else is `pages`.
 */
export const CACHED_PATHS: Readonly<Record<'assets' | 'feeds', readonly string[]>> = {
  assets: FILE_FOLDERS.filter((folder) => folder.cache === 'assets').map((folder) => `${folder.path}*`),
  feeds: routing.locales.map((locale) => `/${locale}/feed.xml`),
};

/** `Content-Type` of the feeds (static hosts would guess `application/xml`). */
export const FEED_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Files whose `Content-Type` is set rather than left to each host's guess
 * from the name, by address (`*` matches the rest of the path).
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(routing.locales.map((locale) => [`/${locale}/feed.xml`, FEED_CONTENT_TYPE])),
  [SPECULATION_RULES_PATH]: SPECULATION_RULES_TYPE,
  // The releases as data (lib/site/release-data.ts): JSON is UTF-8 by definition, so no charset.
  [`${path.posix.dirname(releaseIndexDataPath())}/*`]: 'application/json',
};

/**
 * What every answer of the preview for accredited journalists says besides
 * (`npm run build:preview`, served by `npm start -- --preview` and by
 * nginx's preview server): no robot indexes it, no cache keeps it.
 */
export const PREVIEW_RULES = {robots: 'noindex', cacheControl: 'private, no-store'} as const;

/** Status codes of the redirects the site makes. */
export const REDIRECTS = {
  /** A page's address without its trailing slash, to the page. */
  trailingSlash: 301,
  /** `/` to the reader's language, by `Accept-Language` (with `Vary`). */
  language: 302,
  /** Plain HTTP to HTTPS (nginx's port-80 server). */
  https: 301,
  /** A moved page (a release's `redirects`, lib/site/published-urls.ts) to the page that took its place. */
  moved: 301,
} as const;

const matches = (pattern: string, pathname: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern);

/**
 * Whether an address is answered 404 though a file of the export may be
 * there (NOT_PAGES).
 *
 * @param pathname The URL path, decoded.
 */
export function isNotPage(pathname: string): boolean {
  return NOT_PAGES.some((pattern) => matches(pattern, pathname) || (pattern.endsWith('/*') && pathname === pattern.slice(0, -2)));
}

/**
 * The `Content-Type` a file of the export is sent with, when the table sets one.
 *
 * @param pathname The file's URL path.
 */
export function contentTypeFor(pathname: string): string | undefined {
  return Object.entries(CONTENT_TYPES).find(([pattern]) => matches(pattern, pathname))?.[1];
}

/**
 * The `Cache-Control` of a file of the export that is found.
 *
 * @param pathname The file's URL path.
 */
export function cacheControlFor(pathname: string): string {
  const kind = (['assets', 'feeds'] as const).find((each) => CACHED_PATHS[each].some((pattern) => matches(pattern, pathname)));
  return CACHE_CONTROL[kind ?? 'pages'];
}
