// `npm run build`: the build's steps in order, each in a process of its own,
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
import path from 'node:path';

const STEPS: Array<[string, ...string[]]> = [
  ['tsx', 'scripts/content-check.ts'],
  ['tsx', 'scripts/check-origin.ts'],
  ['next', 'build'],
  ['tsx', 'scripts/page-cache.ts'],
  ['tsx', 'scripts/share-images.ts'],
  ['tsx', 'scripts/search-index.ts'],
  ['tsx', 'scripts/postbuild.ts'],
];

const publishAt = process.env.PUBLISH_AT || new Date().toISOString();
if (Number.isNaN(Date.parse(publishAt))) {
  console.error(`build refused: PUBLISH_AT is ${JSON.stringify(publishAt)}; it must be an ISO instant, such as 2026-12-08T09:00:00Z`);
  process.exit(1);
}
const preview = process.argv.includes('--preview');
const env = {
  ...process.env,
  PUBLISH_AT: new Date(publishAt).toISOString(),
  ...(preview ? {SITE_PREVIEW: '1', EXPORT_DIR: process.env.EXPORT_DIR || 'out-preview', BUILD_DIR: process.env.BUILD_DIR || 'build-preview'} : {}),
};
for (const [command, ...args] of STEPS) {
  const result = spawnSync(path.join('node_modules', '.bin', command), args, {env, stdio: 'inherit'});
  if (result.status !== 0) process.exit(result.status ?? 1);
}
