import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {inlineStyleHashes, inlineStyles, rebasedStyle} from '@/lib/build/inline-styles';
import {styleHash} from '@/lib/serving/security-headers';

describe('rebasedStyle', () => {
  it("makes a relative url() absolute from the stylesheet's address, and leaves the others as they are", () => {
    const css = `@font-face{src:url(../media/face.woff2) format("woff2")}a{background:url('./dot.svg')}b{background:url("/x.png")}c{background:url(data:image/png;base64,AA)}`;
    expect(rebasedStyle(css, '/_next/static/chunks/site.css')).toBe(
      `@font-face{src:url(/_next/static/media/face.woff2) format("woff2")}a{background:url('/_next/static/chunks/dot.svg')}b{background:url("/x.png")}c{background:url(data:image/png;base64,AA)}`,
    );
  });
});

describe('inlineStyles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'inline-styles-'));
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  mkdirSync(path.join(root, '_next', 'static', 'chunks'), {recursive: true});
  writeFileSync(path.join(root, '_next', 'static', 'chunks', 'a.css'), 'p{color:red}');
  writeFileSync(path.join(root, '_next', 'static', 'chunks', 'b.css'), '@font-face{src:url(../media/f.woff2)}');
  writeFileSync(path.join(root, '_next', 'static', 'chunks', 'c.js'), 'no style');

  it("holds the export's stylesheets by address, as pages carry them, and their hashes for the policy", () => {
    expect(inlineStyles(root)).toEqual(
      new Map([
        ['/_next/static/chunks/a.css', 'p{color:red}'],
        ['/_next/static/chunks/b.css', '@font-face{src:url(/_next/static/media/f.woff2)}'],
      ]),
    );
    expect(inlineStyleHashes(root)).toEqual([styleHash('p{color:red}'), styleHash('@font-face{src:url(/_next/static/media/f.woff2)}')].sort());
  });
});
