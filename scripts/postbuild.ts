// Run after `next build` (`npm run build`): everything that needs the finished
// export, in named steps, each a function tested on its own
// (lib/build/export-steps.ts, lib/build/static-document.ts,
// lib/serving/nginx-config.ts, lib/serving/cdn-rules.ts, lib/build/page-cache.ts,
// lib/site/published-urls.ts). It turns Next's pages into plain documents (no
// framework script, no React Server Components payload) with the project's
// small enhancements in content-hashed scripts, which the enhancement loader
// imports after the first paint; deletes the framework files no page refers
// to any more, writes the prefetch rules, precompresses text files, and
// writes the nginx configuration and the CDN's `_headers` and `_redirects`
// from the serving rules.
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {routing, type Locale} from '@/i18n/routing';
import {filesUnder} from '@/lib/build/build-inputs';
import {enhancementBundler, scriptAttributes} from '@/lib/build/enhancements';
import {copyNotFoundDocuments, precompress, removeFrameworkFiles, removePlaceholderPages, writeMovedPages, writeSitemapParts} from '@/lib/build/export-steps';
import {
  archivePageEntries,
  cachedArchivePageScripts,
  cachedReleaseScripts,
  hasCachedPages,
  keepArchivePage,
  keepReleasePages,
  releaseDataFiles,
} from '@/lib/build/page-cache';
import {handle as staticPage, type StaticPageJob} from '@/lib/build/static-document';
import {runJobs, workerCount} from '@/lib/build/worker-pool';
import {cdnRuleFiles} from '@/lib/serving/cdn-rules';
import {nginxConfig} from '@/lib/serving/nginx-config';
import {SPECULATION_RULES, SPECULATION_RULES_PATH} from '@/lib/serving/speculation-rules';
import {movedPages, writeLedger} from '@/lib/site/published-urls';
import {contentDirectory, getReleases, nextEmbargo, previewing, publishAt} from '@/lib/site/releases';
import {buildOrigin} from '@/lib/site/site-origin';
import {PREVIEW_MARKER} from './deploy/releases';
import {discardExportOnFailure, writeExportInfo} from './export-info';
import {exportFolder, recordsFolder} from './folders';

discardExportOnFailure('postbuild');
const exportRoot = exportFolder();
const buildRoot = recordsFolder();

removePlaceholderPages(exportRoot);

// Releases whose pages came from the page cache (scripts/page-cache.ts) are
// already as published: static documents with their precompressed copies.
// Nothing below processes them again; the others are kept in the cache at
// the end (lib/build/page-cache.ts).
const releases = getReleases();
const cachedReleases = new Set(releases.filter((release) => hasCachedPages(release)).map((release) => release.key));
const releaseKeys = new Set(releases.map((release) => release.key));
// Each release's data file, kept in the page cache with its pages.
const dataFileOf = new Map(releases.map((release) => [releaseDataFiles(release)[0], release.key]));
/** The release whose folder holds this file of the export, or whose data file it is, if any. */
const releaseOf = (file: string): string | undefined => {
  const relative = path.relative(exportRoot, file);
  const [locale, key] = relative.split(path.sep);
  return routing.locales.includes(locale as Locale) && releaseKeys.has(key ?? '') ? key : dataFileOf.get(relative);
};
// Moved pages (below) are written by every build, in cached releases' folders too.
const moved = movedPages(releases);
const folderOf = (urlPath: string) => path.join(exportRoot, ...urlPath.split('/').filter(Boolean));
const movedFolders = moved.map((page) => folderOf(page.from));
// A cached release's file or folder: in its folders, or its data file.
const fromCache = (file: string) => cachedReleases.has(releaseOf(file) ?? '');
// The cached releases' folders are as published (static documents,
// compressed, no framework file) and, at 1,000 releases, most of the
// export's 70,000 files: the walks below pass them by, so that of a cached
// release they meet only its data file. Three whole walks took about a
// second of a correction. Moved pages written into those folders are
// compressed on their own.
const cachedFolders = new Set(routing.locales.flatMap((locale) => [...cachedReleases].map((key) => path.join(exportRoot, locale, key))));
const pastCached = (folder: string) => cachedFolders.has(folder);

// The archive's pages from the page cache are as published too: their
// folders' own files (a year's first page holds the next pages' folders).
const archive = archivePageEntries(releases);
const cachedArchive = new Set(archive.filter((page) => existsSync(page.entry)));
const cachedArchiveFolders = new Set([...cachedArchive].map((page) => path.join(exportRoot, page.folder)));
const ofCachedArchivePage = (file: string) => cachedArchiveFolders.has(path.dirname(file));

// Pages: plain documents, each with one script holding the enhancements it
// uses; on every core from 200 pages on (about 6 ms a page in one thread,
// against about 0.4 s to start a worker).
const ENHANCEMENTS_DIR = 'enhancements';
const bundler = enhancementBundler(ENHANCEMENTS_DIR, exportRoot);
const pageJobs: StaticPageJob[] = filesUnder(exportRoot, pastCached)
  .filter((file) => file.endsWith('.html') && !ofCachedArchivePage(file))
  .map((file) => ({file, exportRoot, sourceDir: ENHANCEMENTS_DIR}));
const pageScripts = await runJobs(
  {url: new URL('../lib/build/static-document.ts', import.meta.url), handle: staticPage},
  pageJobs,
  workerCount(pageJobs.length, 200),
);
const scripts = new Set(pageScripts.filter((script) => script !== null));
// The scripts the cached pages refer to, bundled again from the same
// modules: the cache key covers them, so the names come out the same.
const cachedScripts = [
  ...releases.filter((each) => cachedReleases.has(each.key)).map((release) => ({of: release.key, scripts: cachedReleaseScripts(release)})),
  ...[...cachedArchive].map((page) => ({of: page.folder, scripts: cachedArchivePageScripts(page)})),
];
for (const {of, scripts: referred} of cachedScripts) {
  for (const script of referred) {
    const bundled = bundler.scriptFor(scriptAttributes(script));
    if (bundled !== script) throw new Error(`the page cache's pages of ${of} refer to ${script}, which the enhancements now bundle as ${bundled}`);
    scripts.add(script);
  }
}

copyNotFoundDocuments(exportRoot);
// Moved pages (a release's `redirects`): written after the pass above, which expects Next's pages only.
const origin = buildOrigin(process.env.SITE_ORIGIN);
writeMovedPages(exportRoot, moved, origin);
await writeSitemapParts(exportRoot);
const frameworkFiles = removeFrameworkFiles(exportRoot, pastCached);
writeFileSync(path.join(exportRoot, SPECULATION_RULES_PATH), `${JSON.stringify(SPECULATION_RULES)}\n`);
await precompress(exportRoot, (file) => fromCache(file) || ofCachedArchivePage(file), pastCached);
for (const folder of movedFolders.filter(fromCache)) await precompress(folder);

// The servers' rules, from the same tables: nginx's configuration beside the
// export's records; the CDN's files in the export, refused past the host's
// limits. The preview is served by npm start and nginx, behind a password:
// never by a CDN's public rules.
const preview = previewing();
const nginxFile = path.join(buildRoot, 'nginx', 'persberichten.conf');
const template = readFileSync(path.resolve('deploy', 'nginx', 'persberichten.conf.template'), 'utf8');
mkdirSync(path.dirname(nginxFile), {recursive: true});
writeFileSync(nginxFile, nginxConfig(template, {exportRoot, origin, preview, moved, env: process.env}));
const cdnRules = cdnRuleFiles(moved);
if (!preview) for (const [name, text] of Object.entries(cdnRules)) writeFileSync(path.join(exportRoot, name), text);

// The ledger of published addresses, in the content folder, grows by what
// this build made; committed with the content, it keeps them
// (lib/site/published-urls.ts). The preview publishes nothing, and a build
// made ahead for an embargo (the scheduler's) publishes only at its instant:
// its addresses are not published yet, and may yet change.
if (!preview && publishAt().getTime() <= Date.now()) writeLedger(contentDirectory(), releases);
// The preview is marked as such, so that it is never released as the public site (scripts/deploy/releases.ts).
if (preview) writeFileSync(path.join(exportRoot, PREVIEW_MARKER), 'The preview for journalists: never the public site.\n');

// What Next prerendered for this export, kept beside its other records: the
// next build of any other content folder replaces Next's own copy in .next/.
copyFileSync(path.join('.next', 'prerender-manifest.json'), path.join(buildRoot, 'prerender-manifest.json'));

// The releases Next rendered, kept in the page cache as published, with the
// scripts their pages refer to; their moved pages are written by every build.
const scriptsOf = new Map<string, string[]>();
pageJobs.forEach((job, index) => {
  const key = releaseOf(job.file);
  const script = pageScripts[index];
  if (key && script) scriptsOf.set(key, [...(scriptsOf.get(key) ?? []), script]);
});
for (const release of releases.filter((each) => !cachedReleases.has(each.key))) {
  const ownMoved = moved.filter((page) => page.release === release.key).map((page) => folderOf(page.from));
  keepReleasePages(release, exportRoot, scriptsOf.get(release.key) ?? [], ownMoved);
}
// The archive pages Next rendered, likewise.
const scriptOfPage = new Map(pageJobs.map((job, index) => [job.file, pageScripts[index]]));
for (const page of archive.filter((each) => !cachedArchive.has(each))) {
  const script = scriptOfPage.get(path.join(exportRoot, page.folder, 'index.html'));
  keepArchivePage(page, exportRoot, script ? [script] : []);
}

// Last, once everything else is written: `npm start` serves this export
// only while the content folder, the hash and the origin recorded here still
// hold, and until the next embargo ends.
writeExportInfo(process.cwd(), contentDirectory(), origin, nextEmbargo());

console.log(
  `postbuild: ${pageJobs.length} static documents made (the pages of ${cachedReleases.size} releases and ${cachedArchive.size} archive pages from the page cache), ${scripts.size} enhancement scripts (${bundler.attributes.length} enhancements), ${frameworkFiles.length} framework files removed, nginx configuration in ${path.relative(process.cwd(), nginxFile)}, _headers and _redirects in ${path.relative(process.cwd(), exportRoot) || '.'}/, for ${origin}`,
);
