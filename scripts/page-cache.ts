// Run right after `next build` (`npm run build`), before the share images and
// postbuild: Next rendered only the releases and archive pages the page cache
// did not hold (lib/build/static-params.ts). This copies the cached ones, as
// the build published them, into the export, where postbuild leaves them as
// they are; postbuild keeps the newly rendered ones once they are static
// documents (lib/build/page-cache.ts). What Next rendered is recorded in
// `build/pages.json`. If a page is neither cached nor rendered, the export
// is deleted: nothing half-built is published.
import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';
import {isSameFile, linkOrCopyFile, linkOrCopyTree} from '@/lib/build/linked-copy';
import {routing} from '@/i18n/routing';
import {archivePageEntries, pageCacheDirectory, pagesEntry, releaseDataFiles, restoreArchivePage} from '@/lib/build/page-cache';
import {getReleases} from '@/lib/site/releases';
import {discardExportOnFailure} from './export-info';
import {exportFolder, previousExportFolder, recordsFolder} from './folders';

const start = performance.now();
const exportRoot = exportFolder();
const cacheRoot = pageCacheDirectory();
const previousExport = previousExportFolder();

const countPages = (dir: string): number => filesUnder(dir).filter((file) => path.basename(file) === 'index.html').length;

/**
 * What this step found: the releases Next rendered (with their pages) and
 * how many came from the cache; the archive's pages Next rendered (their
 * folders) and how many came from the cache.
 */
const report = {rendered: [] as string[], pages: 0, cached: 0, archive: {rendered: [] as string[], cached: 0}};
discardExportOnFailure('page cache');
mkdirSync(cacheRoot, {recursive: true});
// The data files' folder, made once rather than once a release.
const dataFolders = new Set<string>();
// Each language's folder, where the releases' folders go.
for (const locale of routing.locales) mkdirSync(path.join(exportRoot, locale), {recursive: true});
const releases = getReleases();
for (const release of releases) {
  const entry = pagesEntry(release, cacheRoot);
  const folders = routing.locales.map((locale) => ({
    locale,
    rendered: path.join(exportRoot, locale, release.key),
    cached: path.join(entry, locale, release.key),
  }));
  // Every page Next rendered counts, including a cached release's that a
  // route with nothing else to render made (lib/build/static-params.ts).
  const rendered = folders.filter((folder) => existsSync(folder.rendered));
  if (rendered.length > 0) report.rendered.push(release.key);
  report.pages += rendered.reduce((count, folder) => count + countPages(folder.rendered), 0);
  if (existsSync(entry)) {
    for (const folder of folders) {
      rmSync(folder.rendered, {recursive: true, force: true});
      // The folder the export being replaced had for it, if that was made
      // from this very entry (its statement page is the cached file): moved
      // back whole. At 1,000 releases making the folders again (some 14,000,
      // with 30,000 links) took 3 of a correction's 20 s. Its share images
      // and moved pages are written again by the steps after this one.
      const kept = path.join(previousExport, folder.locale, release.key);
      if (isSameFile(path.join(kept, 'index.html'), path.join(folder.cached, 'index.html'))) renameSync(kept, folder.rendered);
      else linkOrCopyTree(folder.cached, folder.rendered);
    }
    // Its data file, which Next rendered only when it had nothing else to render (static-params.ts).
    for (const file of releaseDataFiles(release)) {
      const target = path.join(exportRoot, file);
      rmSync(target, {force: true});
      if (!dataFolders.has(path.dirname(target))) mkdirSync(path.dirname(target), {recursive: true});
      dataFolders.add(path.dirname(target));
      linkOrCopyFile(path.join(entry, file), target);
    }
    report.cached++;
    continue;
  }
  const missing = folders.find((folder) => !existsSync(folder.rendered));
  if (missing)
    throw new Error(
      `${path.relative(process.cwd(), missing.rendered)}: Next rendered no pages for release ${release.key} in ${missing.locale}, and the page cache holds none`,
    );
}

for (const page of archivePageEntries(releases, cacheRoot)) {
  const folder = path.join(exportRoot, page.folder);
  if (existsSync(page.entry)) {
    restoreArchivePage(page, exportRoot);
    report.archive.cached++;
  } else if (existsSync(path.join(folder, 'index.html'))) {
    report.archive.rendered.push(page.folder.split(path.sep).join('/'));
  } else {
    throw new Error(
      `${path.relative(process.cwd(), folder)}: Next rendered no archive page for ${page.year}, page ${page.page}, in ${page.locale}, and the page cache holds none`,
    );
  }
}

mkdirSync(recordsFolder(), {recursive: true});
writeFileSync(path.join(recordsFolder(), 'pages.json'), `${JSON.stringify(report, null, 2)}\n`);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
  `page cache: ${report.rendered.length} releases rendered (${report.pages} pages), ${report.cached} copied from ${path.relative(process.cwd(), cacheRoot)}; archive pages: ${report.archive.rendered.length} rendered, ${report.archive.cached} copied (${seconds} s)`,
);
