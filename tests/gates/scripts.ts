import {gzipSync} from 'node:zlib';
import type {Element, Root} from 'hast';
import rehypeParse from 'rehype-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {routing} from '@/i18n/routing';
import {ENHANCEMENT_LOADER} from '@/lib/site/enhancement-loader';

const parser = unified().use(rehypeParse);

/** The project's JavaScript a page may load, gzipped, in bytes. */
const SCRIPT_BUDGET = 2 * 1024;

/** Pagefind's script, which the search page alone imports when it searches, gzipped, in bytes. */
const SEARCH_SCRIPT_BUDGET = 16 * 1024;

/** The search pages, `…/{locale}/search/index.html`: the only pages that may load Pagefind. */
const SEARCH_PAGE = new RegExp(`(^|/)(${routing.locales.join('|')})/search/index\\.html$`);

/**
 * What is wrong with the scripts of a set of pages: a framework script (from
 * `/_next/`), an inline script other than JSON-LD and the enhancement
 * loader (byte for byte, which the CSP allows by its hash), a script that is
 * neither a module nor deferred, a script (or a loader's bundle) that is not
 * in the export, or more of the project's JavaScript than the budget. Pagefind's
 * script, which the search enhancement imports from the URL in its
 * `data-site-search` attribute, is allowed on the search pages only, must be
 * in the export, and has a budget of its own.
 *
 * @param pages Each page's path and its HTML.
 * @param read The bytes of a file of the site by its URL path, or undefined when there is none.
 * @param budget The most gzipped bytes of script a page may load.
 */
export function scriptProblems(pages: Map<string, string>, read: (urlPath: string) => Buffer | undefined, budget = SCRIPT_BUDGET): string[] {
  const problems: string[] = [];
  for (const [page, html] of pages) {
    let bytes = 0;
    visit(parser.parse(html) as Root, 'element', (node: Element) => {
      const search = node.properties.dataSiteSearch;
      if (search !== undefined) {
        const body = typeof search === 'string' && search.startsWith('/') ? read(search) : undefined;
        if (!SEARCH_PAGE.test(page)) problems.push(`${page}: Pagefind (${String(search)}) on a page other than search`);
        else if (!body) problems.push(`${page}: Pagefind's script, ${String(search)}, is not in the export`);
        else if (gzipSync(body, {level: 9}).length > SEARCH_SCRIPT_BUDGET)
          problems.push(`${page}: Pagefind's script, ${search}, over its ${SEARCH_SCRIPT_BUDGET}-byte budget gzipped`);
      }
      if (node.tagName !== 'script') return;
      const {src, type, dataEnhance} = node.properties;
      if (typeof src !== 'string') {
        const code = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        if (type === 'application/ld+json') return;
        if (code !== ENHANCEMENT_LOADER || typeof dataEnhance !== 'string') {
          problems.push(`${page}: an inline script`);
          return;
        }
        const body = dataEnhance.startsWith('/') ? read(dataEnhance) : undefined;
        if (!body) problems.push(`${page}: ${dataEnhance} is not in the export`);
        else bytes += gzipSync(body, {level: 9}).length;
        return;
      }
      if (src.startsWith('/_next/')) problems.push(`${page}: a framework script, ${src}`);
      if (type !== 'module' && node.properties.defer !== true) problems.push(`${page}: ${src} is neither a module nor deferred`);
      const body = src.startsWith('/') ? read(src) : undefined;
      if (!body) problems.push(`${page}: ${src} is not in the export`);
      else bytes += gzipSync(body, {level: 9}).length;
    });
    if (bytes > budget) problems.push(`${page}: ${bytes} bytes of script gzipped, over the ${budget}-byte budget`);
  }
  return problems;
}
