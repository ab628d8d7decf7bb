import type {Root as HastRoot} from 'hast';
import type {BlockContent, DefinitionContent, Heading, Nodes, Paragraph as MdastParagraph, Root, RootContent} from 'mdast';
import type {ContainerDirective, TextDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {NUMBER_SEPARATOR, SECTION_KINDS, type Paragraph, type Section, type SectionKind} from './model';
import type {ResolvedOptions} from './options';
import type {ContentProblem} from './problems';

// Built once and reused for every file: parsing Markdown with `:::kind{#key}`
// containers and GitHub's tables (exported for the bench, which times the
// parse alone), and turning mdast into HTML. remark-rehype drops raw HTML by
// default; we also reject it outright so nothing is silently lost.
export const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const renderer = unified()
  .use(remarkRehype, {
    // Only notes may hold text directives: `:nl[woord]` is a span in that language.
    handlers: {
      textDirective: (state, node: TextDirective) => ({type: 'element', tagName: 'span', properties: {lang: node.name}, children: state.all(node)}),
    },
  })
  .use(rehypeStringify)
  .freeze();

/** Keys are URL segments and fragment ids: lowercase words joined by hyphens. */
const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// The blocks a section's body is made of, each with an anchor of its own:
// subheadings (`###` and below) among them.
const BODY_TYPES = new Set(['paragraph', 'list', 'blockquote', 'table', 'heading']);

// The kinds that start with their `## Heading`, and have a page of their own.
const HEADED_KINDS: ReadonlySet<SectionKind> = new Set(['commitment', 'section']);

// A heading that starts with a number in any form: `2`, `2.`, `2 –`, `(2)`,
// `II.`, `IV)`. A Roman numeral counts only with punctuation after it, so
// that "I will…" stays a heading.
const NUMBERED_HEADING = /^\s*[([]?\s*(?:\d|[IVXLCDM]+\s*[.):\-–—])/;

// Links may go to the web, to an e-mail address or elsewhere on the site.
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Why a link's URL is refused, or nothing when it is allowed: `https:`,
 * `http:`, `mailto:` and site-relative URLs (`/…`, `#…`, `…/…`).
 */
function linkProblem(url: string): string | undefined {
  // Browsers ignore control characters and spaces in a scheme (`java\tscript:`).
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(compact)?.[0].toLowerCase();
  if (scheme && !ALLOWED_SCHEMES.has(scheme)) return `the link ${JSON.stringify(url)} uses ${scheme}; links go to https:, http:, mailto: or a path on this site`;
  // `//host` and `/\host` leave the site too: browsers read both as another host.
  if (!scheme && /^[/\\]{2}/.test(compact)) return `the link ${JSON.stringify(url)} goes to another site without a scheme; write https://…`;
  return undefined;
}

// Links with a scheme that is not allowed, and images (there is no image
// pipeline, and a remote image would break the Content-Security-Policy).
function checkLinks(tree: Root, report: Report): void {
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      report(node, 'images are not allowed in a release; there is no image pipeline yet');
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) report(node, problem);
    }
  });
}

/**
 * Parse a release body into its sections, numbering the commitments and
 * giving every section the fragment ids it will put on a page.
 *
 * @param body The Markdown after the front matter.
 * @param file The file's path, used in problems.
 * @param lineOffset How many lines of the file precede the body.
 * @param options The site's reserved segments, chrome ids and id scheme.
 */
export function parseSections(
  body: string,
  file: string,
  lineOffset: number,
  options: Pick<ResolvedOptions, 'reservedSegments' | 'chromeIds' | 'ids'>,
): {sections: Section[]; problems: ContentProblem[]; refusedKeys: string[]} {
  const tree = markdownParser.parse(body) as Root;
  const problems: ContentProblem[] = [];
  const lineOf = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + lineOffset;
  const report = (node: {position?: {start: {line: number}}}, message: string, field?: string) =>
    problems.push({file, line: lineOf(node), message, ...(field === undefined ? {} : {field})});

  visit(tree, (node) => {
    if (node.type === 'html') report(node, 'raw HTML is not allowed in content; write Markdown');
  });
  checkLinks(tree, report);

  const sections: Section[] = [];
  // Keys of sections refused whole (an unknown kind, a reserved key): their problems are reported, not their absence.
  const refusedKeys: string[] = [];
  const seen = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'containerDirective') {
      if (node.type !== 'html') report(node, 'text outside a section; put it inside `:::intro{#key}`, `:::section{#key}`, `:::commitment{#key}` or `:::closing{#key}` … `:::`');
      continue;
    }
    const section = readSection(node, report, options.ids, lineOf);
    if (!section) {
      if (node.attributes?.id) refusedKeys.push(node.attributes.id);
      continue;
    }
    if (options.reservedSegments.includes(section.key)) {
      report(node, 'this key is a URL the site uses itself; choose another', `section "${section.key}"`);
      refusedKeys.push(section.key);
      continue;
    }
    const earlier = seen.get(section.key);
    if (earlier !== undefined) {
      report(node, `duplicate key; it is already used at line ${earlier}`, `section "${section.key}"`);
      continue;
    }
    seen.set(section.key, lineOf(node));
    sections.push({...section, line: lineOf(node)});
  }

  checkOrder(sections, file, problems);
  checkIds(sections, options.chromeIds, file, problems);
  let number = 0;
  return {
    // Commitments are counted among commitments only; a plain section is named by its heading.
    sections: sections.map((section) => {
      if (section.kind === 'section') return {...section, label: section.title ?? '', labelHtml: section.titleHtml ?? ''};
      if (section.kind !== 'commitment') return section;
      number += 1;
      return {...section, number, label: `${number}${NUMBER_SEPARATOR}${section.title}`, labelHtml: `${number}${NUMBER_SEPARATOR}${section.titleHtml}`};
    }),
    problems,
    refusedKeys,
  };
}

type Report = (node: {position?: {start: {line: number}}}, message: string, field?: string) => void;

function readSection(
  node: ContainerDirective,
  report: Report,
  ids: ResolvedOptions['ids'],
  lineOf: (node: {position?: {start: {line: number}}}) => number,
): Omit<Section, 'line'> | undefined {
  const kind = node.name;
  const key = node.attributes?.id;
  if (!isSectionKind(kind)) {
    report(node, `unknown section kind "${kind}"; the kinds are ${SECTION_KINDS.join(', ')}`);
    return undefined;
  }
  if (!key) {
    report(node, `section without a key; write \`:::${kind}{#a-key}\``);
    return undefined;
  }
  if (!KEY_PATTERN.test(key)) {
    report(node, 'keys are lowercase letters and digits joined by hyphens, starting with a letter', `section "${key}"`);
    return undefined;
  }
  const field = `section "${key}"`;
  const children = [...node.children];
  let heading: Heading | undefined;
  if (HEADED_KINDS.has(kind)) {
    const first = children[0];
    if (first?.type === 'heading' && first.depth === 2) {
      heading = first;
      children.shift();
      // A plain section's heading is the author's own, numbers and all.
      if (kind === 'commitment' && NUMBERED_HEADING.test(toString(heading))) {
        report(heading, 'the heading starts with a number; numbers come from the section model, so leave it out', field);
      }
    } else {
      report(first ?? node, `a ${kind} starts with its heading, written \`## Heading\``, field);
    }
  }
  const blocks: Array<BlockContent | DefinitionContent> = [];
  for (const child of children) {
    if (child.type === 'heading' && child.depth <= 2) {
      report(child, 'a `##` heading starts a commitment or a section, first in it; a subheading inside a section is written `### Subheading`', field);
    } else if (BODY_TYPES.has(child.type)) blocks.push(child as BlockContent);
    else if (child.type === 'containerDirective' || child.type === 'leafDirective') report(child, 'sections cannot be nested', field);
    else if (child.type !== 'html') report(child, `${child.type} is not allowed in a section`, field);
  }
  visit({type: 'root', children: blocks} as Root, 'textDirective', (directive) => {
    report(directive, `":${directive.name}" reads as a directive; write "\\:${directive.name}" for a literal colon`, field);
  });
  if (blocks.length === 0) report(node, 'the section is empty', field);

  const paragraphs: Paragraph[] = blocksToHtml(blocks).map((html, index) => ({id: ids.paragraph(key, index + 1), html, text: blockText(blocks[index]!), line: lineOf(blocks[index]!)}));
  const titleId = heading ? ids.heading(key) : undefined;
  const blockId = ids.block(key);
  return {
    key,
    kind,
    ...(heading ? {title: toString(heading), titleHtml: inlineHtml(heading.children)} : {}),
    ...(titleId ? {titleId} : {}),
    blockId,
    ids: [key, ...(titleId ? [titleId] : []), ...paragraphs.map((paragraph) => paragraph.id), blockId],
    html: paragraphs.map((paragraph) => paragraph.html).join('\n'),
    paragraphs,
  };
}

/**
 * Render an editorial note: inline Markdown, where `:nl[woord]` marks words
 * in another language so they carry their own `lang`.
 *
 * @param text The note as written in front matter.
 * @param locales The site's languages, the only ones a note may mark.
 * @returns The HTML, or the problem that stops it.
 */
export function renderNote(text: string, locales: readonly string[]): {html: string; problem?: string} {
  const tree = markdownParser.parse(text) as Root;
  let problem: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'html') problem = 'raw HTML is not allowed in a note';
    else if (node.type === 'textDirective') {
      if (!locales.includes(node.name)) problem = `":${node.name}[…]" is not a language of the site (${locales.join(', ')})`;
    } else if (node.type !== 'root' && node.type !== 'paragraph' && node.type !== 'text' && node.type !== 'emphasis' && node.type !== 'strong') {
      problem = `${node.type} is not allowed in a note; write one paragraph`;
    }
  });
  if (tree.children.length !== 1) problem ??= 'a note is one paragraph';
  const paragraph = tree.children[0];
  const html = paragraph?.type === 'paragraph' ? inlineHtml(paragraph.children) : '';
  return problem ? {html, problem} : {html};
}

// An introduction comes first and a closing last, at most one of each.
function checkOrder(sections: Section[], file: string, problems: ContentProblem[]): void {
  sections.forEach((section, index) => {
    const field = `section "${section.key}"`;
    if (section.kind === 'intro' && index !== 0) {
      problems.push({file, line: section.line, field, message: 'an intro must be the first section, and there can be only one'});
    }
    if (section.kind === 'closing' && index !== sections.length - 1) {
      problems.push({file, line: section.line, field, message: 'a closing must be the last section, and there can be only one'});
    }
  });
}

// Every id a page carries must be unique: a section's derived ids may equal
// neither the page chrome's (`main`, …) nor another section's (a key
// `intro-1` beside the first paragraph of `intro`).
function checkIds(sections: Section[], chromeIds: readonly string[], file: string, problems: ContentProblem[]): void {
  const owners = new Map<string, Section>();
  for (const section of sections) for (const id of section.ids) if (!owners.has(id)) owners.set(id, section);
  for (const section of sections) {
    const field = `section "${section.key}"`;
    for (const id of section.ids) {
      const owner = owners.get(id)!;
      if (chromeIds.includes(id)) {
        problems.push({file, line: section.line, field, message: `its id "${id}" is one the page itself uses; choose another key`});
      } else if (owner !== section) {
        problems.push({file, line: section.line, field, message: `its id "${id}" is also an id of section "${owner.key}" (line ${owner.line}); choose another key`});
      }
    }
  }
}

/**
 * A block as plain text that keeps its parts apart: a list's items, a
 * quotation's paragraphs and a table's rows each on a line of their own, a
 * row's cells separated by tabs ("…requirements.\nIn order to…", never
 * "…requirements.In order to…").
 */
function blockText(node: Nodes): string {
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'table') {
    return node.children.map((child) => blockText(child)).join('\n');
  }
  if (node.type === 'tableRow') return node.children.map((cell) => toString(cell)).join('\t');
  return toString(node);
}

function isSectionKind(name: string): name is SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(name);
}

// A root puts newlines between its children; inline content goes through a
// paragraph instead, whose tags are then taken off.
function inlineHtml(children: MdastParagraph['children']): string {
  return toHtml([{type: 'paragraph', children}]).replace(/^<p>|<\/p>$/g, '');
}

// One transform for all of a section's blocks, then one HTML string each:
// transforming block by block costs several times more.
function blocksToHtml(blocks: Array<BlockContent | DefinitionContent>): string[] {
  const hast = renderer.runSync({type: 'root', children: blocks} as Root) as HastRoot;
  return hast.children
    .filter((child) => child.type === 'element')
    .map((element) => renderer.stringify({type: 'root', children: [element]} as HastRoot));
}

function toHtml(children: RootContent[]): string {
  const root: Root = {type: 'root', children};
  return renderer.stringify(renderer.runSync(root)).trim();
}
