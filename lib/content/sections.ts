import type {Root as HastRoot} from 'hast';
import type {BlockContent, DefinitionContent, Heading, Paragraph as MdastParagraph, Root, RootContent} from 'mdast';
import type {ContainerDirective, TextDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {isLocale, routing} from '@/i18n/routing';
import {paragraphId, RESERVED_SEGMENTS} from '@/lib/routes';
import {SECTION_KINDS, type Paragraph, type Section, type SectionKind} from './model';
import type {ContentProblem} from './problems';

// Built once and reused for every file: parsing Markdown with `:::kind{#key}`
// containers (exported for the bench, which times the parse alone), and
// turning mdast into HTML. remark-rehype drops raw HTML by
// default; we also reject it outright so nothing is silently lost.
export const markdownParser = unified().use(remarkParse).use(remarkDirective).freeze();
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
export const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const BODY_TYPES = new Set(['paragraph', 'list', 'blockquote']);

/**
 * Parse a release body into its sections, numbering the commitments.
 *
 * @param body The Markdown after the front matter.
 * @param file The file's path, used in problems.
 * @param lineOffset How many lines of the file precede the body.
 */
export function parseSections(body: string, file: string, lineOffset: number): {sections: Section[]; problems: ContentProblem[]} {
  const tree = markdownParser.parse(body) as Root;
  const problems: ContentProblem[] = [];
  const lineOf = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + lineOffset;
  const report = (node: {position?: {start: {line: number}}}, message: string, field?: string) =>
    problems.push({file, line: lineOf(node), message, ...(field === undefined ? {} : {field})});

  visit(tree, (node) => {
    if (node.type === 'html') report(node, 'raw HTML is not allowed in content; write Markdown');
  });

  const sections: Section[] = [];
  const seen = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'containerDirective') {
      if (node.type !== 'html') report(node, 'text outside a section; put it inside `:::intro{#key}`, `:::commitment{#key}` or `:::closing{#key}` … `:::`');
      continue;
    }
    const section = readSection(node, report, lineOf);
    if (!section) continue;
    if (RESERVED_SEGMENTS.includes(section.key)) {
      report(node, 'this key is a URL the site uses itself; choose another', `section "${section.key}"`);
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
  checkParagraphIds(sections, file, problems);
  let number = 0;
  return {
    sections: sections.map((section) => (section.kind === 'commitment' ? {...section, number: ++number} : section)),
    problems,
  };
}

type Report = (node: {position?: {start: {line: number}}}, message: string, field?: string) => void;

function readSection(node: ContainerDirective, report: Report, lineOf: (node: {position?: {start: {line: number}}}) => number): Omit<Section, 'line'> | undefined {
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
  if (kind === 'commitment') {
    const first = children[0];
    if (first?.type === 'heading' && first.depth === 2) {
      heading = first;
      children.shift();
      if (/^\s*\d+\s*[-–—.:)?]/.test(toString(heading))) {
        report(heading, 'the heading starts with a number; numbers come from the section model, so leave it out', field);
      }
    } else {
      report(first ?? node, 'a commitment starts with its heading, written `## Heading`', field);
    }
  }
  const blocks: Array<BlockContent | DefinitionContent> = [];
  for (const child of children) {
    if (BODY_TYPES.has(child.type)) blocks.push(child as BlockContent);
    else if (child.type === 'heading') report(child, `only a commitment has a heading, and only one, first`, field);
    else if (child.type === 'containerDirective' || child.type === 'leafDirective') report(child, 'sections cannot be nested', field);
    else if (child.type !== 'html') report(child, `${child.type} is not allowed in a section`, field);
  }
  visit({type: 'root', children: blocks} as Root, 'textDirective', (directive) => {
    report(directive, `":${directive.name}" reads as a directive; write "\\:${directive.name}" for a literal colon`, field);
  });
  if (blocks.length === 0) report(node, 'the section is empty', field);

  const paragraphs: Paragraph[] = blocksToHtml(blocks).map((html, index) => ({html, text: toString(blocks[index]), line: lineOf(blocks[index]!)}));
  return {
    key,
    kind,
    ...(heading ? {title: toString(heading), titleHtml: inlineHtml(heading.children)} : {}),
    html: paragraphs.map((paragraph) => paragraph.html).join('\n'),
    paragraphs,
  };
}

/**
 * Render an editorial note: inline Markdown, where `:nl[woord]` marks words
 * in another language so they carry their own `lang`.
 *
 * @param text The note as written in front matter.
 * @returns The HTML, or the problem that stops it.
 */
export function renderNote(text: string): {html: string; problem?: string} {
  const tree = markdownParser.parse(text) as Root;
  let problem: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'html') problem = 'raw HTML is not allowed in a note';
    else if (node.type === 'textDirective') {
      if (!isLocale(node.name)) problem = `":${node.name}[…]" is not a language of the site (${routing.locales.join(', ')})`;
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

// Paragraph anchors are `{key}-{n}`: a key of that form would share an id.
function checkParagraphIds(sections: Section[], file: string, problems: ContentProblem[]): void {
  const ids = new Set(sections.flatMap((section) => section.paragraphs.map((_, index) => paragraphId(section.key, index))));
  for (const section of sections) {
    if (ids.has(section.key)) {
      problems.push({file, line: section.line, field: `section "${section.key}"`, message: 'the key is also the anchor of a paragraph of another section; choose another'});
    }
  }
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
