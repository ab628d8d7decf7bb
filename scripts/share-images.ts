// Run after `next build` (`npm run build`): write every share image into the
// export, copied from the cache folder where it holds the image and rendered
// only when new or changed (lib/build/share-images.ts). Which ones were rendered is
// recorded in `build/share-images.json`, for the bench and the tests.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {getReleases} from '@/lib/site/releases';
import {shareCacheDirectory, writeShareImages, writeSiteImages} from '@/lib/build/share-images';
import {discardExportOnFailure} from './export-info';
import {exportFolder, recordsFolder} from './folders';

discardExportOnFailure('share images');
const start = performance.now();
const releases = await writeShareImages(getReleases(), exportFolder());
const site = await writeSiteImages(exportFolder());
const report = {rendered: [...releases.rendered, ...site.rendered], cached: releases.cached + site.cached};
mkdirSync(recordsFolder(), {recursive: true});
writeFileSync(path.join(recordsFolder(), 'share-images.json'), `${JSON.stringify(report, null, 2)}\n`);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(`share images: ${report.rendered.length} rendered, ${report.cached} from ${path.relative(process.cwd(), shareCacheDirectory())} (${seconds} s)`);
