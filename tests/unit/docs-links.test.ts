// The README is a front door and docs/ holds the rest: every link and image
// of those pages resolves. A relative target must name a file of the
// repository, and a `#fragment` a heading of its page, by the anchor GitHub
// gives that heading. The pages are read with the Markdown parser the
// content library uses, so links in code are not links.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Nodes} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';

const README = 'README.md';
const README_MAX_LINES = 210;
const EXTERNAL = /^(?:https?|mailto):/i;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

const parser = unified().use(remarkParse).use(remarkGfm);

/** Where a page's links point: a file of the repository, by its path from the root, and what it holds. */
interface Files {
  exists(file: string): boolean;
  read(file: string): string;
}

/**
 * GitHub's anchor for a heading's text (github-slugger): lowercase, every
 * character but letters, marks, digits, connectors, spaces and hyphens
 * dropped (letters of any script stay), each space a hyphen.
 *
 * @param text The heading's text, without its Markdown.
 */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * The anchors of a Markdown page: each heading's slug, a repeated one
 * numbered as GitHub numbers it (`-1`, `-2`…).
 *
 * @param markdown The page.
 */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  visit(parser.parse(markdown), 'heading', (heading) => {
    const base = slug(toString(heading));
    let anchor = base;
    for (let count = 1; anchors.has(anchor); count++) anchor = `${base}-${count}`;
    anchors.add(anchor);
  });
  return anchors;
}

/**
 * Every link and image target of a Markdown page, with its line: Markdown's
 * links, images and definitions, and the `src` and `href` of its HTML.
 *
 * @param markdown The page.
 */
function targetsOf(markdown: string): Array<{target: string; line: number}> {
  const targets: Array<{target: string; line: number}> = [];
  visit(parser.parse(markdown), (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.push({target: node.url, line});
    if (node.type === 'html') for (const match of node.value.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)) targets.push({target: match[1]!, line});
  });
  return targets;
}

/**
 * What is wrong with a page's links, one line each: a target that is not
 * relative, lies outside the repository or is missing, or a fragment that
 * no heading of its Markdown page has. Web and mail addresses are not
 * followed.
 *
 * @param file The page, by its path from the repository's root.
 * @param files The repository.
 */
function brokenLinks(file: string, files: Files): string[] {
  const problems: string[] = [];
  for (const {target, line} of targetsOf(files.read(file))) {
    if (EXTERNAL.test(target)) continue;
    const where = `${file}:${line}: ${target}`;
    if (SCHEME.test(target) || target.startsWith('/')) {
      problems.push(`${where}: not a relative link`);
      continue;
    }
    const hash = target.indexOf('#');
    const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
    const fragment = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
    if (resolved === '..' || resolved.startsWith('../')) problems.push(`${where}: outside the repository`);
    else if (!files.exists(resolved)) problems.push(`${where}: no such file`);
    else if (fragment !== undefined && resolved.endsWith('.md') && !anchorsOf(files.read(resolved)).has(fragment))
      problems.push(`${where}: no heading of ${resolved} has this anchor`);
  }
  return problems;
}

/** The Markdown pages a page links to, by their paths from the root. */
function linkedPages(file: string, files: Files): string[] {
  return targetsOf(files.read(file))
    .map(({target}) => target.split('#')[0]!)
    .filter((target) => target.endsWith('.md') && !EXTERNAL.test(target))
    .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(target))));
}

const repository: Files = {
  exists: (file) => existsSync(file),
  read: (file) => readFileSync(file, 'utf8'),
};
const DOCS = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`);

describe('links of the README and docs/', () => {
  it('gives the anchors GitHub gives, non-ASCII letters kept', () => {
    const page = [
      '# What `npm test` runs',
      '## Do the languages say the same thing?',
      '## Über één — Ελληνικά',
      '## Sharing, citing and feeds',
      '## Sharing, citing and feeds',
    ];
    expect([...anchorsOf(page.join('\n\n'))]).toEqual([
      'what-npm-test-runs',
      'do-the-languages-say-the-same-thing',
      'über-één--ελληνικά',
      'sharing-citing-and-feeds',
      'sharing-citing-and-feeds-1',
    ]);
  });

  it('reports every broken link of a page, and only those', () => {
    const page = [
      '# A page',
      '[fine](../README.md#front-door) [fine](#a-page) [fine](https://example.org/missing#nowhere)',
      '[missing](b.md)',
      '[no heading](../README.md#back-door)',
      '<img src="missing.png" alt="">',
      '[outside](../../elsewhere.md)',
      '[absolute](/docs/a.md)',
      '```md\n[in code](nowhere.md)\n```',
    ].join('\n\n');
    const fake = new Map([
      ['docs/a.md', page],
      [README, '# Front door\n'],
    ]);
    const files: Files = {exists: (file) => fake.has(file), read: (file) => fake.get(file)!};
    expect(brokenLinks('docs/a.md', files)).toEqual([
      'docs/a.md:5: b.md: no such file',
      'docs/a.md:7: ../README.md#back-door: no heading of README.md has this anchor',
      'docs/a.md:9: missing.png: no such file',
      'docs/a.md:11: ../../elsewhere.md: outside the repository',
      'docs/a.md:13: /docs/a.md: not a relative link',
    ]);
  });

  it.each([README, ...DOCS])('%s: every relative link and #fragment resolves', (file) => {
    expect(targetsOf(repository.read(file)).length).toBeGreaterThan(0);
    expect(brokenLinks(file, repository)).toEqual([]);
  });

  it(`keeps the README a front door: at most ${README_MAX_LINES} lines, and every page of docs/ reachable from it`, () => {
    const text = repository.read(README);
    expect(text.split('\n').length - (text.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(README_MAX_LINES);
    const reached = new Set([README]);
    const queue = [README];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const linked of linkedPages(file, repository)) {
        if (reached.has(linked) || !repository.exists(linked)) continue;
        reached.add(linked);
        queue.push(linked);
      }
    }
    expect(DOCS.filter((file) => !reached.has(file))).toEqual([]);
  });
});
