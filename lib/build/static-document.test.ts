import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Enhancements} from '@/lib/build/enhancements';
import {staticDocument} from '@/lib/build/static-document';
import {ENHANCEMENT_LOADER} from '@/lib/site/enhancement-loader';

// Fixture folders: `input.html` as Next exports a page, beside the
// `output.html` the build publishes. UPDATE_FIXTURES=1 rewrites the outputs
// (then read the diff before committing it).
const fixtures = path.join('tests', 'fixtures', 'static-document');
// The bundler's part: a script named after the enhancements it holds.
const enhancements: Enhancements = {
  attributes: ['data-copy-text', 'data-language-choice', 'data-language-link', 'data-site-search'],
  scriptFor: (attributes) =>
    `/enhance/${[...attributes]
      .sort()
      .map((attribute) => attribute.slice('data-'.length))
      .join('.')}-AAAA.js`,
  scripts: () => [],
};
// The merger's part: one stylesheet named after those it holds.
const merge = (hrefs: readonly string[]) => `/_next/static/chunks/site-${hrefs.map((href) => path.posix.basename(href, '.css')).join('.')}.css`;

describe('staticDocument', () => {
  for (const name of readdirSync(fixtures)) {
    it(`turns ${name} into a plain document`, () => {
      const input = path.join(fixtures, name, 'input.html');
      const expected = path.join(fixtures, name, 'output.html');
      const actual = staticDocument(readFileSync(input, 'utf8'), input, enhancements, merge);
      if (process.env.UPDATE_FIXTURES || !existsSync(expected)) writeFileSync(expected, actual);
      expect(actual).toBe(readFileSync(expected, 'utf8'));
    });
  }

  it('removes every script but JSON-LD, script preloads and React markers, and keeps CSS, fonts and the page', () => {
    const input = readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8');
    const output = staticDocument(input, 'input.html', enhancements, merge);
    expect(output).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
    expect(output).not.toContain('__next_f');
    expect(output).not.toContain('TURBOPACK');
    expect(output).not.toContain('<!--');
    expect(output).not.toContain('<div hidden');
    expect(output).not.toContain('next-size-adjust');
    expect(output).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(output).toContain('<link rel="preload" as="font" href="/_next/static/media/f.woff2"');
    expect(output).toContain('<script type="application/ld+json">{"@type":"NewsArticle","name":"a &lt; b"}</script>');
    expect(output).toContain('<p>Commitment 3 – text</p>');
  });

  it('holds the first frame until the footer, after the main content, is parsed, from the head, right after the stylesheet', () => {
    const input = readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8');
    const output = staticDocument(input, 'input.html', enhancements, merge);
    const head = output.slice(0, output.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="expect" href="#site-footer" blocking="render">');
    expect(output.indexOf('</main>')).toBeLessThan(output.indexOf('<footer id="site-footer"'));
    expect(output.match(/rel="expect"/g)).toHaveLength(1);
    // A page without the footer would not wait: refused, not published.
    expect(() => staticDocument(input.replace(' id="site-footer"', ''), 'out/en/index.html', enhancements, merge)).toThrow(
      /^out\/en\/index\.html: no element with id="site-footer"/,
    );
  });

  it("links the page's stylesheets as one, where the first was, and leaves a single stylesheet as it is", () => {
    const input = readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8').replace(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="stylesheet" href="/_next/static/chunks/b.css" data-precedence="next"/>',
    );
    const output = staticDocument(input, 'input.html', enhancements, merge);
    expect(output.match(/<link rel="stylesheet"[^>]*>/g)).toEqual(['<link rel="stylesheet" href="/_next/static/chunks/site-a.b.css">']);
    expect(output.indexOf('site-a.b.css')).toBeLessThan(output.indexOf('rel="preload"'));
    const single = staticDocument(readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8'), 'input.html', enhancements, merge);
    expect(single).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
  });

  // Deliberately changed (issue 30): the bundle is no module script in the
  // head, which the browser requests before the first paint, but the loader,
  // last in the body, which imports it after.
  it('adds, last in the body, the loader of one bundle holding the enhancements the page uses and no other', () => {
    const used = staticDocument(readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8'), 'input.html', enhancements, merge);
    expect(used).toContain(`<script data-enhance="/enhance/copy-text.language-link-AAAA.js">${ENHANCEMENT_LOADER}</script></body>`);
    expect(used.split(ENHANCEMENT_LOADER)).toHaveLength(2);
    expect(used).not.toContain('<script type="module"');
    expect(used).not.toContain('language-choice');
    const unused = staticDocument(readFileSync(path.join(fixtures, 'no-enhancement', 'input.html'), 'utf8'), 'input.html', enhancements, merge);
    expect(unused).not.toContain('data-enhance');
    expect(unused).not.toContain(ENHANCEMENT_LOADER);
  });

  it('adds the bundle of a page that is for an enhancement (search) as a module script in the head, at once', () => {
    const input = readFileSync(path.join(fixtures, 'next-page', 'input.html'), 'utf8').replace(
      '<body>',
      '<body><div data-site-search="/pagefind/pagefind.js"></div>',
    );
    const output = staticDocument(input, 'input.html', enhancements, merge);
    expect(output.slice(0, output.indexOf('</head>'))).toContain('<script type="module" src="/enhance/copy-text.language-link.site-search-AAAA.js"></script>');
    expect(output).not.toContain(ENHANCEMENT_LOADER);
  });

  it('fails, naming the file, when Next markup it expects is missing', () => {
    const plain = '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html>';
    expect(() => staticDocument(plain, 'out/en/index.html', enhancements, merge)).toThrow(/^out\/en\/index\.html: no <script src="\/_next\/…"> found/);
    const noPayload = plain.replace('</body>', '<script src="/_next/static/chunks/c.js" async=""></script></body>');
    expect(() => staticDocument(noPayload, 'out/en/index.html', enhancements, merge)).toThrow(
      /^out\/en\/index\.html: no inline React Server Components payload/,
    );
  });

  it("refuses a script that is neither Next's nor JSON-LD, naming the file", () => {
    const foreign = '<!doctype html><html lang="en"><head><script src="https://cdn.example/x.js"></script></head><body></body></html>';
    expect(() => staticDocument(foreign, 'out/nl/index.html', enhancements, merge)).toThrow(
      /^out\/nl\/index\.html: a script that is neither Next's nor JSON-LD \(https:\/\/cdn\.example\/x\.js\)/,
    );
  });
});
