import {readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {close, createIndex} from 'pagefind';
import {SEARCH_INDEX_PATH} from '@/lib/site/routes';

// What pages mark as not the release's own text: links, copy buttons, translation notes.
const CHROME_SELECTOR = '[data-chrome]';

const UNUSED = /^pagefind-(.*ui|highlight)\.(js|css)$/;

// The pages that carry `data-pagefind-body`: a release's statement page,
// `/{locale}/{release}/` (lib/site/routes.ts's releasePath). Pagefind reads
// only these, not every page of the export (at 1,000 releases, 2,000 files
// rather than 14,000: 1.5 s rather than 4.2, the same index).
const STATEMENT_PAGES = '*/*/index.html';

/** What the search index holds: the pages indexed in each language. */
export interface SearchIndexReport {
  pages: Record<string, number>;
}

/**
 * Index an export for search with Pagefind: each language on its own (from
 * `<html lang>`), and only what pages mark `data-pagefind-body` (the release
 * statements' text and titles, not the chrome), read from the statement
 * pages alone. Pagefind's script (with its
 * worker) and the indexes are written to the export's `pagefind/`, replacing
 * what was there; its ready-made interfaces are left out.
 *
 * @param exportRoot The export folder.
 * @throws When Pagefind reports an error, or indexes no page at all.
 */
export async function writeSearchIndex(exportRoot: string): Promise<SearchIndexReport> {
  const output = path.join(exportRoot, SEARCH_INDEX_PATH);
  rmSync(output, {recursive: true, force: true});
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`search index (Pagefind), ${step}: ${errors.join('; ')}`);
  };
  try {
    const {errors, index} = await createIndex({excludeSelectors: [CHROME_SELECTOR]});
    fail('starting', errors);
    if (!index) throw new Error('search index (Pagefind): no index was created');
    const added = await index.addDirectory({path: exportRoot, glob: STATEMENT_PAGES});
    fail(`indexing ${exportRoot}`, added.errors);
    if (added.page_count === 0) throw new Error(`search index (Pagefind): no page of ${exportRoot} is marked data-pagefind-body`);
    fail(`writing ${output}`, (await index.writeFiles({outputPath: output})).errors);
    // Pagefind's ready-made interfaces and highlighter: the site has its own (enhancements/site-search.ts).
    for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(path.join(output, name));
    const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
    return {pages: Object.fromEntries(Object.entries(entry.languages).map(([language, {page_count}]) => [language, page_count]))};
  } finally {
    await close();
  }
}
