import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Element} from 'hast';
import rehypeParse from 'rehype-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {LineCounter, parseDocument} from 'yaml';
import {z} from 'zod';
import {routing, type Locale} from '@/i18n/routing';
import {ContentError, type ContentProblem} from '@/lib/content';

/** The site's own configuration: `SITE_CONFIG` when set (tests point it elsewhere), otherwise `site.yml` at the project's root. */
export function siteConfigFile(): string {
  return process.env.SITE_CONFIG || 'site.yml';
}

const text = z.string().trim().min(1, 'must not be empty');

const siteSchema = z.strictObject({
  publisher: z.strictObject({
    name: z.strictObject(Object.fromEntries(routing.locales.map((locale) => [locale, text])) as Record<Locale, typeof text>),
    emblem: z
      .string()
      // Folders and a name that start with a letter, digit or hyphen: no `..` out of public/.
      .regex(/^\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.svg$/, 'must be the address of an SVG file in public/, such as /emblem.svg')
      .optional(),
  }),
  accessibility: z.strictObject({
    email: z.email('must be an email address such as accessibility@example.org'),
    reviewed: z.iso.date('must be a calendar date written YYYY-MM-DD'),
  }),
});

/**
 * The press office that publishes the site, and what its accessibility
 * statement needs; with the emblem's markup, read once, to draw inline.
 */
export type SiteConfig = z.output<typeof siteSchema> & {emblemSvg?: string};

/**
 * Read and validate `site.yml`; a bad file throws a `ContentError` naming
 * the field and its line.
 *
 * @param file The configuration file.
 */
export function readSiteConfig(file = siteConfigFile()): SiteConfig {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), {lineCounter: lines, prettyErrors: false});
  const [error] = document.errors;
  if (error) throw new ContentError([{file, line: lines.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message}`}]);
  const result = siteSchema.safeParse(document.toJS() ?? {});
  if (result.success) {
    // The emblem, in the public/ folder beside this file: there, and safe to draw inside every page.
    const {emblem} = result.data.publisher;
    if (!emblem) return result.data;
    const svg = path.join(path.dirname(file), 'public', emblem);
    const found = existsSync(svg);
    const markup = found ? readFileSync(svg, 'utf8') : '';
    const problem = found ? unsafeSvg(markup) : 'is not there';
    if (!problem) return {...result.data, emblemSvg: inlineSvg(markup)};
    const line = lines.linePos((document.getIn(['publisher', 'emblem'], true) as {range: [number]}).range[0]).line;
    throw new ContentError([{file, line, field: 'publisher.emblem', message: `public${emblem} ${problem}${found ? ': it is drawn inside every page' : ''}`}]);
  }
  // The line of the deepest field on the issue's path that the file has.
  const lineOf = (fieldPath: readonly PropertyKey[]): number => {
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const node = document.getIn(fieldPath.slice(0, depth), true) as {range?: [number, number, number]} | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  throw new ContentError(
    result.error.issues.flatMap((issue): ContentProblem[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({file, line: lineOf([...issue.path, key]), field: [...issue.path, key].join('.'), message: 'unknown field'}))
        : [{file, line: lineOf(issue.path), field: issue.path.join('.'), message: document.getIn(issue.path) === undefined ? 'is required' : issue.message}],
    ),
  );
}

// An XML prolog, a doctype or the SVG namespace (implied in HTML) would be
// bytes for nothing inside a page.
function inlineSvg(svg: string): string {
  return svg.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?/i, '').replace(/(<svg\b[^>]*?)\s+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '$1');
}

// What an emblem drawn inline must not hold: anything that runs or loads
// (scripts, event handlers, foreign HTML, external or `javascript:` links).
function unsafeSvg(svg: string): string | undefined {
  let found: string | undefined;
  visit(unified().use(rehypeParse, {fragment: true, space: 'svg'}).parse(svg), 'element', (node: Element) => {
    if (found) return;
    if (['script', 'foreignObject', 'iframe', 'object', 'embed'].includes(node.tagName)) found = `holds a <${node.tagName}> element`;
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found = `has an event handler (${name})`;
      else if (/href$/i.test(name) && !String(value).startsWith('#')) found = 'links outside itself';
    }
  });
  return found;
}

let cached: SiteConfig | undefined;

/** The site's configuration (`site.yml`), read once. */
export function siteConfig(): SiteConfig {
  return (cached ??= readSiteConfig());
}
