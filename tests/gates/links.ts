import type {Element, Root} from 'hast';
import rehypeParse from 'rehype-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

const parser = unified().use(rehypeParse);

/** What the link checker needs to know of one page. */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/**
 * The ids and the link targets (`href` of `a` and `link`, `src`, and the
 * `action` of a form a reader submits with GET, as the header's search form
 * leads to the search page) of an HTML page.
 *
 * @param html The page.
 */
export function readLinks(html: string): PageLinks {
  const tree = parser.parse(html) as Root;
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const {id, href, src, action, method} = node.properties;
    if (typeof id === 'string') ids.add(id);
    if (typeof href === 'string' && (node.tagName === 'a' || node.tagName === 'link')) links.push(href);
    if (typeof src === 'string') links.push(src);
    if (node.tagName === 'form' && typeof action === 'string' && String(method ?? 'get').toLowerCase() === 'get') links.push(action);
  });
  return {ids, links};
}

/**
 * Every internal link of a set of pages that does not resolve: to a page or
 * file that exists, and to a fragment id that exists on that page.
 *
 * @param pages Each page's path (`/nl/`) and its HTML.
 * @param exists Whether a path that is not one of the pages is a file of the site.
 * @param origin The site's origin, for absolute links to itself.
 */
export function brokenLinks(pages: Map<string, string>, exists: (path: string) => boolean, origin: string): string[] {
  const read = new Map([...pages].map(([path, html]) => [path, readLinks(html)]));
  const problems: string[] = [];
  for (const [from, {links}] of read) {
    for (const link of links) {
      const url = new URL(link, `${origin}${from}`);
      if (url.origin !== origin || url.protocol === 'mailto:') continue;
      const target = read.get(url.pathname);
      if (!target && !exists(url.pathname)) {
        problems.push(`${from}: ${link} leads nowhere`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target?.ids.has(fragment)) problems.push(`${from}: ${link} has no #${fragment} there`);
    }
  }
  return problems;
}
