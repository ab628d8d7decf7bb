// The page cache: each release's pages as the build publishes them (static
// documents with their precompressed copies, after postbuild), kept in a
// folder outside the export under a hash of everything they are made from
// (the release's files, the site's origin, and every file of the code that
// renders a page or turns it into a static document); and each page of the
// archive the same way, under a hash of what it lists. The per-release routes
// and the archive's ask Next to render only the pages the cache does not
// hold; scripts/page-cache.ts copies the others into the export after `next
// build`, postbuild leaves them as they are and keeps the new ones.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {routing, type Locale} from '@/i18n/routing';
import {buildInputs, hashInputs} from '@/lib/build/build-inputs';
import {linkOrCopyFile, linkOrCopyTree} from '@/lib/build/linked-copy';
import {isPublished, previewing, type Release} from '@/lib/site/releases';
import {archivePages} from '@/lib/site/archive';
import {archivePath, releaseDataPath} from '@/lib/site/routes';
import {buildOrigin} from '@/lib/site/site-origin';

/** The page cache folder: `PAGE_CACHE_DIR` when set, otherwise `.cache/pages`. Safe to delete. */
export function pageCacheDirectory(): string {
  return path.resolve(process.env.PAGE_CACHE_DIR || path.join('.cache', 'pages'));
}

// Read once per process: Next calls the routes' generateStaticParams in each
// worker. A change to any input of a page renders every page again; the
// salt names the entries' layout, which must not read an older cache's.
let codeHash: string | undefined;
// The preview's pages (banners, noindex) are other pages than the public ones.
const renderingCodeHash = (): string =>
  (codeHash ??= hashInputs(buildInputs().pages, {salt: `published pages and data file, with enhancements.json${previewing() ? ', preview' : ''}`}));

/**
 * The cache key of a release's pages: a hash of what its model is made from
 * (its key and its language files' bytes: the library's code is in the
 * rendering code), the origin its absolute URLs point at and the rendering
 * code. Hashed from the files, not the model they make: serializing 1,000
 * models took a quarter of a second in every process that asks (Next's
 * workers, more than once each, and the steps after them). The files'
 * paths are not hashed, since no page shows them: moving the content
 * folder, or the project, keeps the entries.
 *
 * @param release The release.
 */
function releasePagesKey(release: Release): string {
  let key = keys.get(release);
  if (key === undefined) keys.set(release, (key = computePagesKey(release)));
  return key;
}

// Each release's key once a process: several steps ask for it (the cache's
// entry, whether it holds one, the scripts it lists).
const keys = new WeakMap<Release, string>();

function computePagesKey(release: Release): string {
  const hash = createHash('sha256')
    .update(renderingCodeHash())
    .update(`\0${buildOrigin(process.env.SITE_ORIGIN)}\0`)
    // In the preview an embargoed release's pages say until when; once it has ended, they no longer do.
    .update(previewing() ? `${isPublished(release)}\0` : '');
  hash.update(`${release.key}\0`);
  for (const locale of routing.locales) hash.update(`\0${locale}\0`).update(readFileSync(release.versions[locale].file));
  return hash.digest('hex');
}

/** The cache entry of a release's pages: `<folder>/<key>/<locale>/<release>/…`, and its data file (releaseDataFiles). */
export function pagesEntry(release: Release, cacheRoot: string = pageCacheDirectory()): string {
  return path.join(cacheRoot, releasePagesKey(release));
}

/** Whether the page cache holds this release's pages as they would be rendered now. */
export function hasCachedPages(release: Release): boolean {
  return existsSync(pagesEntry(release));
}

/**
 * The release's files that an entry keeps outside its pages' folders, as
 * paths relative to the export (and to the entry): its data file,
 * `/data/releases/{release}.json`, and that file's precompressed copy.
 * Made from the release alone, like its pages, it is rendered only when they are.
 *
 * @param release The release.
 */
export function releaseDataFiles(release: Release): [json: string, gzip: string] {
  const file = path.join(...releaseDataPath(release.key).split('/').filter(Boolean));
  return [file, `${file}.gz`];
}

/** In an entry, beside the pages: the enhancement scripts they refer to. */
const SCRIPTS_FILE = 'enhancements.json';

/**
 * Write an entry whole, if the cache does not hold it yet: its files into a
 * partial folder (`fill`), the scripts they refer to beside them, then one
 * rename, so that a build stopped halfway leaves no partial entry behind.
 */
function keepEntry(entry: string, scripts: readonly string[], fill: (partial: string) => void): void {
  if (existsSync(entry)) return;
  const partial = `${entry}.${process.pid}.partial`;
  rmSync(partial, {recursive: true, force: true});
  mkdirSync(partial, {recursive: true});
  fill(partial);
  writeFileSync(path.join(partial, SCRIPTS_FILE), `${JSON.stringify([...new Set(scripts)].sort())}\n`);
  renameSync(partial, entry);
}

/** The enhancement scripts an entry's pages refer to (keepEntry). */
const entryScripts = (entry: string): string[] => JSON.parse(readFileSync(path.join(entry, SCRIPTS_FILE), 'utf8')) as string[];

/** Share images are kept by their own cache (lib/build/share-images.ts), not with the pages. */
const isShareImage = (file: string) => path.basename(file) === 'share.png';

/**
 * Keep a release's pages as the build publishes them: postbuild calls this
 * for every release Next rendered, once the pages are static documents with
 * their precompressed copies, and its data file with its own. Whole
 * entries only (keepEntry).
 *
 * @param release The release.
 * @param exportRoot The export folder holding its pages.
 * @param scripts The enhancement scripts its pages refer to (`/enhance/…`).
 * @param skip Folders of the export left out: the moved pages postbuild
 *   writes at the release's old addresses, which are not Next's pages and
 *   which every build writes again.
 * @param cacheRoot The cache folder.
 */
export function keepReleasePages(
  release: Release,
  exportRoot: string,
  scripts: readonly string[],
  skip: readonly string[] = [],
  cacheRoot: string = pageCacheDirectory(),
): void {
  keepEntry(pagesEntry(release, cacheRoot), scripts, (partial) => {
    // Linked, not copied: the entry's files are the export's, so that the next
    // build finds this export's folders made from the entry and moves them
    // back whole (scripts/page-cache.ts). No step writes to them once kept.
    for (const locale of routing.locales) {
      mkdirSync(path.join(partial, locale), {recursive: true});
      linkOrCopyTree(
        path.join(exportRoot, locale, release.key),
        path.join(partial, locale, release.key),
        (file) => !isShareImage(file) && !skip.some((folder) => file === folder || file.startsWith(folder + path.sep)),
      );
    }
    for (const file of releaseDataFiles(release)) {
      mkdirSync(path.dirname(path.join(partial, file)), {recursive: true});
      linkOrCopyFile(path.join(exportRoot, file), path.join(partial, file));
    }
  });
}

/**
 * The enhancement scripts a cached release's pages refer to, which the
 * build must write into the export although it does not process the pages.
 *
 * @param release The release, whose pages the cache holds.
 * @param cacheRoot The cache folder.
 */
export function cachedReleaseScripts(release: Release, cacheRoot: string = pageCacheDirectory()): string[] {
  return entryScripts(pagesEntry(release, cacheRoot));
}

/** A page of the archive (lib/site/archive.ts) in one language, as the page cache keeps it. */
export interface ArchivePageEntry {
  locale: Locale;
  year: string;
  page: number;
  /** Its folder in the export, relative to it: `nl/archive/2017`, `nl/archive/2017/2`. */
  folder: string;
  /** Its cache entry: `<folder>/<key>/`, holding the page's own files (not the next page's folder) and `enhancements.json`. */
  entry: string;
}

/** In an archive page's entry, the files of its folder. */
const PAGE_FOLDER = 'page';

/**
 * Every page of the archive in every language, with its cache entry. A page's
 * key hashes the rendering code, the origin, which page it is, every year's
 * number of pages (its links to the others) and the keys of the releases it
 * lists, each covering all its pages show (releasePagesKey): correcting a
 * release renders again the one archive page listing it, in each language;
 * adding one, the pages of its year (and every page when the year is new or
 * gains a page). At 1,000 releases the archive is some 50 pages, about a
 * second of a correction when rendered again.
 *
 * @param releases The releases the export lists (`getReleases()`).
 * @param cacheRoot The cache folder.
 */
export function archivePageEntries(releases: readonly Release[], cacheRoot: string = pageCacheDirectory()): ArchivePageEntry[] {
  const pages = archivePages(releases);
  const shape = JSON.stringify(pages.map(({year, pages: count}) => [year, count]));
  return routing.locales.flatMap((locale) =>
    pages.map(({year, page, releases: listed}) => {
      const hash = createHash('sha256')
        .update(renderingCodeHash())
        .update(`\0${buildOrigin(process.env.SITE_ORIGIN)}\0archive\0${locale}\0${year}\0${page}\0${shape}\0`);
      for (const release of listed) hash.update(`${releasePagesKey(release)}\0`);
      return {
        locale,
        year,
        page,
        folder: path.join(...archivePath(locale, year, page).split('/').filter(Boolean)),
        entry: path.join(cacheRoot, hash.digest('hex')),
      };
    }),
  );
}

/** The files of a page's own folder (not the folders of the pages below it). */
const filesOf = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, {withFileTypes: true})
        .filter((each) => !each.isDirectory())
        .map((each) => each.name)
    : [];

/**
 * Keep an archive page as the build publishes it: postbuild calls this for
 * every archive page Next rendered, once it is a static document with its
 * precompressed copy. Whole entries only, like keepReleasePages.
 *
 * @param page The page and its entry (archivePageEntries).
 * @param exportRoot The export folder holding it.
 * @param scripts The enhancement scripts it refers to (`/enhance/…`).
 */
export function keepArchivePage(page: ArchivePageEntry, exportRoot: string, scripts: readonly string[]): void {
  keepEntry(page.entry, scripts, (partial) => {
    mkdirSync(path.join(partial, PAGE_FOLDER));
    const folder = path.join(exportRoot, page.folder);
    for (const name of filesOf(folder)) linkOrCopyFile(path.join(folder, name), path.join(partial, PAGE_FOLDER, name));
  });
}

/**
 * Put a cached archive page into the export, in place of whatever Next
 * rendered there (a route with nothing else to render renders its first
 * page): the page's own files, leaving the folders of the pages below it.
 *
 * @param page The page and its entry, which the cache holds.
 * @param exportRoot The export folder.
 */
export function restoreArchivePage(page: ArchivePageEntry, exportRoot: string): void {
  const folder = path.join(exportRoot, page.folder);
  for (const name of filesOf(folder)) rmSync(path.join(folder, name));
  mkdirSync(folder, {recursive: true});
  for (const name of filesOf(path.join(page.entry, PAGE_FOLDER))) linkOrCopyFile(path.join(page.entry, PAGE_FOLDER, name), path.join(folder, name));
}

/** The enhancement scripts a cached archive page refers to. */
export function cachedArchivePageScripts(page: ArchivePageEntry): string[] {
  return entryScripts(page.entry);
}
