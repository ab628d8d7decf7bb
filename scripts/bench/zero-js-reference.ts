// The zero-JavaScript reference the statement page's LCP is compared with:
// a copy of the export in which every page has lost every script but
// JSON-LD, and nothing else (same CSS, fonts, headers and server).
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Element, ElementContent, Root, RootContent} from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import {unified} from 'unified';

const processor = unified().use(rehypeParse).use(rehypeStringify);

// A page and its precompressed copy, as the servers look for them.
function writePage(file: string, html: string): void {
  writeFileSync(file, html);
  writeFileSync(`${file}.gz`, gzipSync(html, {level: 9}));
}

const withoutScripts = <T extends RootContent | ElementContent>(children: T[]): T[] =>
  children.filter((child) => {
    if (child.type !== 'element') return true;
    const element = child as Element;
    if (element.tagName === 'script' && element.properties.type !== 'application/ld+json') return false;
    element.children = withoutScripts(element.children);
    return true;
  });

/**
 * Copy an export without its scripts, with fresh precompressed pages.
 *
 * @param source The export (`out`).
 * @param target The folder to write; replaced if it exists.
 * @returns How many pages lost at least one script.
 */
export function writeZeroJsReference(source: string, target: string): number {
  rmSync(target, {recursive: true, force: true});
  cpSync(source, target, {recursive: true});
  let changed = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const tree = processor.parse(readFileSync(file, 'utf8')) as Root;
        const before = JSON.stringify(tree).length;
        tree.children = withoutScripts(tree.children);
        if (JSON.stringify(tree).length !== before) changed++;
        writePage(file, processor.stringify(tree));
      }
    }
  };
  walk(target);
  return changed;
}

/** Where the floor page is served in the reference copy. */
export const FLOOR_PATH = '/floor/';

/**
 * Write the floor page into the reference copy: a heading and a paragraph,
 * with no stylesheet, font or script, served by the same server with the same
 * headers. What Lighthouse reports for it is what this machine and Lighthouse
 * cost any page, whatever the page holds.
 *
 * @param target The reference copy written by `writeZeroJsReference`.
 */
export function writeFloorPage(target: string): void {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Floor</title><meta name="description" content="A page of one paragraph, to measure what loading any page costs.">' +
    '<link rel="icon" href="/icon.svg"></head>' +
    '<body><main><h1>Floor</h1><p>One paragraph, with no stylesheet, font or script.</p></main></body></html>';
  const file = path.join(target, FLOOR_PATH, 'index.html');
  mkdirSync(path.dirname(file), {recursive: true});
  writePage(file, html);
}
