import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Element, ElementContent, Root, RootContent} from 'hast';
import {fromParse5} from 'hast-util-from-parse5';
import {parse} from 'parse5';
import rehypeStringify from 'rehype-stringify';
import {unified} from 'unified';
import {enhancementBundler, type Enhancements} from '@/lib/build/enhancements';
import {stylesheetMerger, type StylesheetMerger} from '@/lib/build/merged-stylesheet';
import {ENHANCEMENT_LOADER, ENHANCEMENT_LOADER_ATTRIBUTE, ENHANCEMENTS_AT_ONCE} from '@/lib/site/enhancement-loader';
import {CHROME_IDS} from '@/lib/site/routes';

// rehype-parse's own parse (parse5, scripting off, then into hast), without
// the source positions rehype-parse always records and nothing here reads:
// they were about a third of the time a page took to parse.
const parseDocument = (html: string): Root => fromParse5(parse(html, {scriptingEnabled: false})) as Root;
const serializer = unified().use(rehypeStringify);

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []);
const text = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
// hast names `data-copy-text` as the property `dataCopyText`.
const propertyOf = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Whether an element is one of Next's scripts or script preloads, which a static page does without. */
function isRuntime(node: Element): 'script' | 'payload' | 'preload' | false {
  if (node.tagName === 'script') {
    if (node.properties.type === 'application/ld+json') return false;
    const src = node.properties.src;
    if (typeof src === 'string') return src.startsWith('/_next/') ? 'script' : false;
    return text(node).includes('self.__next_f') ? 'payload' : 'script';
  }
  if (node.tagName === 'link') {
    const rel = list(node.properties.rel);
    return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script') ? 'preload' : false;
  }
  return false;
}

/**
 * An exported page as a plain document: Next's scripts, its inline React
 * Server Components payload, its script preloads, its size-adjust marker and
 * React's empty markers removed, its stylesheets linked as one file (so the
 * first paint waits for one request besides the page, not one each), and
 * the one bundle that carries every enhancement whose attribute the page
 * uses added: named by the enhancement loader at the end of the body, which
 * imports it after the first paint (lib/site/enhancement-loader.ts), or, on
 * a page that is for an enhancement (search), as a module script in the
 * head. JSON-LD stays. After the stylesheet, a `rel=expect` link holds the
 * first frame until the footer is parsed.
 *
 * @param html The page as `next build` exported it.
 * @param file Its path, named in errors.
 * @param enhancements The enhancements, bundled on demand.
 * @param mergeStylesheets Makes the one stylesheet that holds several (lib/build/merged-stylesheet.ts).
 * @throws When the page lacks Next's scripts or payload (Next's markup has
 *   changed, and what it now ships would go unnoticed) or the footer, or holds a script
 *   that is neither Next's nor JSON-LD.
 */
export function staticDocument(html: string, file: string, enhancements: Enhancements, mergeStylesheets: StylesheetMerger): string {
  const tree = parseDocument(html);
  const found = {script: 0, payload: 0, preload: 0};
  const used = new Set<string>();
  // Each enhancement's attribute with its hast property, named once a page
  // rather than once an element.
  const attributes = enhancements.attributes.map((attribute) => [attribute, propertyOf(attribute)] as const);
  let head: Element | undefined;
  let body: Element | undefined;
  // The page's stylesheet links, in order: the first stays, linking them all as one.
  const stylesheets: Element[] = [];
  let hasFooter = false;

  const clean = (children: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    children.filter((child) => {
      // React's Suspense and text markers (`<!--$-->`, `<!-- -->`) mean nothing without React.
      if (child.type === 'comment') return false;
      if (!isElement(child)) return true;
      const runtime = isRuntime(child);
      if (runtime) {
        found[runtime]++;
        return false;
      }
      if (child.tagName === 'script' && child.properties.type !== 'application/ld+json') {
        throw new Error(
          `${file}: a script that is neither Next's nor JSON-LD (${String(child.properties.src ?? 'inline')}); add it as an enhancement (enhancements/)`,
        );
      }
      // Next's sign to its client router that a font is size-adjusted: nothing
      // reads it without the runtime, and Next streams it into the head at a
      // place that depends on timing, so that one page came out different
      // from one build to the next once Next prerendered on two workers.
      if (child.tagName === 'meta' && child.properties.name === 'next-size-adjust') return false;
      if (child.tagName === 'link' && list(child.properties.rel).includes('stylesheet')) {
        // React's order for the stylesheets it hoists: nothing reads it without the runtime.
        delete child.properties.dataPrecedence;
        stylesheets.push(child);
        if (stylesheets.length > 1) return false;
      }
      if (child.properties.id === CHROME_IDS.footer) hasFooter = true;
      if (child.tagName === 'head') head = child;
      if (child.tagName === 'body') body = child;
      for (const [attribute, property] of attributes) if (property in child.properties) used.add(attribute);
      child.children = clean(child.children) as ElementContent[];
      // Next's hidden metadata outlet, empty once its markers are gone.
      if (child.tagName === 'div' && child.properties.hidden === true && child.children.length === 0) return false;
      return true;
    });
  tree.children = clean(tree.children) as Root['children'];

  if (found.script === 0) throw new Error(`${file}: no <script src="/_next/…"> found; has Next's markup changed?`);
  if (found.payload === 0) throw new Error(`${file}: no inline React Server Components payload (self.__next_f) found; has Next's markup changed?`);
  if (!head) throw new Error(`${file}: no <head> found`);
  if (!body) throw new Error(`${file}: no <body> found`);
  if (stylesheets.length > 1) stylesheets[0]!.properties.href = mergeStylesheets(stylesheets.map((link) => String(link.properties.href)));
  // The first frame waits until the parser reaches the footer, that is,
  // until the main content is parsed whole (where the browser knows
  // `rel=expect`; elsewhere the link does nothing). A page's HTML arrives
  // in one flight, but the parser may still yield part-way on a busy
  // machine, and a frame painted then moved what was on screen as the rest
  // came in: the band's emblem, centred beside the office's name, when the
  // site's title below it arrived; a choice of the search form when the
  // choices after it did. Chromium lifts the block once the element is
  // inserted, not once it is closed, so the target is the footer, after
  // `</main>`, not `<main>`; the footer's own content moves nothing above it.
  if (!hasFooter) throw new Error(`${file}: no element with id="${CHROME_IDS.footer}" (components/SiteFooter.tsx), which the first frame waits for`);
  const waitForFooter: Element = {
    type: 'element',
    tagName: 'link',
    properties: {rel: ['expect'], href: `#${CHROME_IDS.footer}`, blocking: ['render']},
    children: [],
  };
  const stylesheet = stylesheets[0] ? head.children.indexOf(stylesheets[0]) : -1;
  head.children.splice(stylesheet + 1, 0, waitForFooter);
  if (used.size > 0) {
    const script = enhancements.scriptFor([...used]);
    if ([...used].some((attribute) => ENHANCEMENTS_AT_ONCE.includes(attribute)))
      head.children.push({type: 'element', tagName: 'script', properties: {type: 'module', src: script}, children: []});
    else
      body.children.push({
        type: 'element',
        tagName: 'script',
        properties: {[propertyOf(ENHANCEMENT_LOADER_ATTRIBUTE)]: script},
        children: [{type: 'text', value: ENHANCEMENT_LOADER}],
      });
  }
  return serializer.stringify(tree);
}

/** One page of postbuild's pass: its file, the export it is in, and the folder of enhancement modules. */
export interface StaticPageJob {
  file: string;
  exportRoot: string;
  sourceDir: string;
}

// Each thread bundles the enhancements its pages ask for: the bundles are
// content-hashed, so two threads write the same bytes under the same name.
const bundlers = new Map<string, Enhancements>();
const mergers = new Map<string, StylesheetMerger>();

/**
 * Turn one exported page into a plain document, in place: what postbuild
 * does to every page Next rendered, on a pool of worker threads when there
 * are many (lib/build/worker-pool.ts).
 *
 * @returns The URL of the enhancement script the page refers to, if any.
 */
export function handle({file, exportRoot, sourceDir}: StaticPageJob): string | null {
  const key = `${sourceDir}\0${exportRoot}`;
  let enhancements = bundlers.get(key);
  if (!enhancements) {
    enhancements = enhancementBundler(sourceDir, exportRoot);
    bundlers.set(key, enhancements);
  }
  let merger = mergers.get(exportRoot);
  if (!merger) {
    merger = stylesheetMerger(exportRoot);
    mergers.set(exportRoot, merger);
  }
  let script: string | null = null;
  const recording: Enhancements = {...enhancements, scriptFor: (attributes) => (script = enhancements.scriptFor(attributes))};
  writeFileSync(file, staticDocument(readFileSync(file, 'utf8'), path.relative(process.cwd(), file), recording, merger));
  return script;
}
