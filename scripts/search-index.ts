// Run after `next build` and the share images, before scripts/postbuild.ts
// (`npm run build`): index the export for search with Pagefind
// (lib/build/search-index.ts). Before the postbuild step, so that Pagefind's files
// are precompressed and listed like every other file of the export. The pages
// indexed in each language, and how long it took, are recorded in
// `build/search-index.json`, for the bench.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {writeSearchIndex} from '@/lib/build/search-index';
import {discardExportOnFailure} from './export-info';
import {exportFolder, recordsFolder} from './folders';

discardExportOnFailure('search index');
const start = performance.now();
const report = await writeSearchIndex(exportFolder());
const ms = Math.round(performance.now() - start);
mkdirSync(recordsFolder(), {recursive: true});
writeFileSync(path.join(recordsFolder(), 'search-index.json'), `${JSON.stringify({...report, ms}, null, 2)}\n`);
const counts = Object.entries(report.pages).map(([language, pages]) => `${pages} ${language}`);
console.log(`search index: ${counts.join(', ')} pages (${(ms / 1000).toFixed(1)} s)`);
