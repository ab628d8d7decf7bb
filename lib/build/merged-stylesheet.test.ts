import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {stylesheetMerger} from '@/lib/build/merged-stylesheet';

describe('stylesheetMerger', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'merged-stylesheet-'));
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const chunks = path.join(root, '_next', 'static', 'chunks');
  mkdirSync(chunks, {recursive: true});
  writeFileSync(path.join(chunks, 'a.css'), 'p{color:red}');
  writeFileSync(path.join(chunks, 'b.css'), '@font-face{src:url(../media/f.woff2)}\n');

  it('writes one file holding the stylesheets in their order, beside them, named after its content, once', () => {
    const merge = stylesheetMerger(root);
    const href = merge(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css']);
    expect(href).toMatch(/^\/_next\/static\/chunks\/site-[0-9a-f]{16}\.css$/);
    // Beside the others, so the font's relative url() still finds it.
    expect(readFileSync(path.join(root, ...href.split('/')), 'utf8')).toBe('p{color:red}\n@font-face{src:url(../media/f.woff2)}\n');
    expect(merge(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css'])).toBe(href);
    // Another export's merger names the same content alike; the other order is another file.
    expect(stylesheetMerger(root)(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css'])).toBe(href);
    expect(merge(['/_next/static/chunks/b.css', '/_next/static/chunks/a.css'])).not.toBe(href);
    expect(readdirSync(chunks).filter((name) => !name.endsWith('.css'))).toEqual([]);
  });

  it('refuses a stylesheet the export lacks, and stylesheets of different folders', () => {
    const merge = stylesheetMerger(root);
    expect(() => merge(['/_next/static/chunks/a.css', '/_next/static/chunks/z.css'])).toThrow(
      'a page links the stylesheet /_next/static/chunks/z.css, which the export does not hold',
    );
    expect(() => merge(['/_next/static/chunks/a.css', '/other/b.css'])).toThrow('stylesheets in different folders');
    expect(existsSync(path.join(root, 'other'))).toBe(false);
  });
});
