// The site's stylesheets travel inside each page (a `<style>` in its head,
// lib/build/static-document.ts), so that the first paint waits for no
// request but the page's own: under a slow network, each render-blocking
// stylesheet costs a round trip. Next writes them under `_next/static/`;
// the Content-Security-Policy allows exactly these styles by their hashes.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';
import {styleHash} from '@/lib/serving/security-headers';

/** Where Next writes the stylesheets, under the export. */
const STYLESHEETS = path.join('_next', 'static');

/**
 * A stylesheet's text as a page carries it: each relative `url()` (the
 * fonts', `../media/…`) made absolute, since it no longer resolves against
 * the stylesheet's own address but the page's.
 *
 * @param css The stylesheet.
 * @param href Its address on the site.
 */
export function rebasedStyle(css: string, href: string): string {
  return css.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, quote: string, target: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(target) ? whole : `url(${quote}${new URL(target, `https://site.invalid${href}`).pathname}${quote})`,
  );
}

/**
 * The export's stylesheets, by the address pages link them at, as pages carry them.
 *
 * @param exportRoot The export folder.
 */
export function inlineStyles(exportRoot: string): Map<string, string> {
  return new Map(
    filesUnder(path.join(exportRoot, STYLESHEETS))
      .filter((file) => file.endsWith('.css'))
      .map((file) => {
        const href = `/${path.relative(exportRoot, file).split(path.sep).join('/')}`;
        return [href, rebasedStyle(readFileSync(file, 'utf8'), href)];
      }),
  );
}

/**
 * The Content-Security-Policy hashes of the export's stylesheets, as pages
 * carry them inline, sorted: every server of this export allows these.
 *
 * @param exportRoot The export folder.
 */
export function inlineStyleHashes(exportRoot: string): string[] {
  return [...new Set([...inlineStyles(exportRoot).values()].map(styleHash))].sort();
}
