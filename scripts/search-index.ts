// Run after the page cache step (`npm run build`; scripts/finish-export.ts
// runs it beside the share images and postbuild): index the export for search
// with Pagefind (lib/build/search-index.ts), and write the precompressed
// copies of Pagefind's files, which postbuild leaves to this step. The pages
// indexed in each language, and how long it took, are recorded in
// `build/search-index.json`, for the bench.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {precompress} from '@/lib/build/export-steps';
import {writeSearchIndex} from '@/lib/build/search-index';
import {SEARCH_INDEX_PATH} from '@/lib/site/routes';
import {discardExportOnFailure} from './export-info';
import {exportFolder, recordsFolder} from './folders';

discardExportOnFailure('search index');
const start = performance.now();
const report = await writeSearchIndex(exportFolder());
await precompress(path.join(exportFolder(), SEARCH_INDEX_PATH));
const ms = Math.round(performance.now() - start);
mkdirSync(recordsFolder(), {recursive: true});
writeFileSync(path.join(recordsFolder(), 'search-index.json'), `${JSON.stringify({...report, ms}, null, 2)}\n`);
const counts = Object.entries(report.pages).map(([language, pages]) => `${pages} ${language}`);
console.log(`search index: ${counts.join(', ')} pages (${(ms / 1000).toFixed(1)} s)`);
