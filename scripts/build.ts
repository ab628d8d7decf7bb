// `npm run build`: the build's steps in order, in processes of their own,
// all publishing the site as it is at one instant. `PUBLISH_AT` (an ISO
// instant) says which; without it, the moment the build starts. Every step
// reads the same value, so a release whose embargo ends while the site is
// being built is either in every page, feed and file, or in none.
//
// `npm run build:preview` (`--preview`) builds the preview for accredited
// journalists instead: every release, embargoed ones under a banner, nothing
// indexed, into `out-preview/` and `build-preview/` (or EXPORT_DIR and
// BUILD_DIR), never touching the public export.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {publishAt} from '@/lib/site/releases';
import {choosePreviewFolders, exportFolder, previousExportFolder} from './folders';

/** Where `next build` exports when the export goes elsewhere than `out/` (next.config.ts). */
const NEXT_EXPORT_DIR = '.next-export';

const STEPS: Array<[string, ...string[]]> = [
  ['tsx', 'scripts/content-check.ts'],
  ['tsx', 'scripts/check-origin.ts'],
  ['next', 'build'],
  // The page cache, the share images, the search index and postbuild.
  ['tsx', 'scripts/finish-export.ts'],
];

let at: Date;
try {
  at = publishAt();
} catch (error) {
  console.error(`build refused: ${(error as Error).message}`);
  process.exit(1);
}
if (process.argv.includes('--preview')) choosePreviewFolders();
const env = {...process.env, PUBLISH_AT: at.toISOString()};
const target = exportFolder();
const elsewhere = target !== path.resolve('out');
const previous = previousExportFolder();
for (const [command, ...args] of STEPS) {
  const next = command === 'next';
  // The export being replaced goes aside, whole, in one rename: Next would
  // delete it file by file, and the page cache step takes the folders of
  // the releases that have not changed back from it (scripts/page-cache.ts).
  if (next && existsSync(target)) setAside(target, previous);
  const result = spawnSync(path.join('node_modules', '.bin', command), args, {
    env: next && elsewhere ? {...env, NEXT_EXPORT_DIR} : env,
    stdio: 'inherit',
  });
  // Next stopped before it exported: the export it was to replace stays served.
  if (result.status !== 0 && next && !existsSync(target) && existsSync(previous)) renameSync(previous, target);
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Next exported into its fixed folder: the export moves where the other steps expect it.
  if (next && elsewhere) {
    rmSync(target, {recursive: true, force: true});
    mkdirSync(path.dirname(target), {recursive: true});
    renameSync(NEXT_EXPORT_DIR, target);
  }
}
// What the new export did not take back from the old one.
rmSync(previous, {recursive: true, force: true});

function setAside(folder: string, aside: string): void {
  rmSync(aside, {recursive: true, force: true});
  mkdirSync(path.dirname(aside), {recursive: true});
  try {
    renameSync(folder, aside);
  } catch (error) {
    // On another disk than the records: nothing to take back, deleted as Next would.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    rmSync(folder, {recursive: true, force: true});
  }
}
