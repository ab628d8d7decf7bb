import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {filesUnder} from '@/lib/build/build-inputs';
import {copyNotFoundDocuments, precompress, removeFrameworkFiles, removePlaceholderPages, writeMovedPages, writeSitemapParts} from '@/lib/build/export-steps';
import {PLACEHOLDER_SEGMENT} from '@/lib/build/static-params';

// Each step of postbuild on a small export of its own.
let root: string;
const write = (file: string, text = file) => {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  writeFileSync(path.join(root, file), text);
};
const files = () => filesUnder(root).map((file) => `/${path.relative(root, file).split(path.sep).join('/')}`);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'export-steps-'));
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('removePlaceholderPages', () => {
  it("deletes each language's placeholder page and nothing else", () => {
    write(`/nl/${PLACEHOLDER_SEGMENT}/index.html`);
    write(`/en/${PLACEHOLDER_SEGMENT}/index.html`);
    write('/nl/index.html');
    removePlaceholderPages(root);
    expect(files()).toEqual(['/nl/index.html']);
  });
});

describe('copyNotFoundDocuments', () => {
  it("puts each language's 404 page where static hosts look for it", () => {
    write('/nl/404/index.html', 'niet gevonden');
    write('/en/404/index.html', 'not found');
    copyNotFoundDocuments(root);
    expect(readFileSync(path.join(root, 'nl', '404.html'), 'utf8')).toBe('niet gevonden');
    expect(readFileSync(path.join(root, 'en', '404.html'), 'utf8')).toBe('not found');
  });
});

describe('writeMovedPages', () => {
  it('leaves a page at a moved address that sends the reader on, in its language, named canonical at the new address', () => {
    writeMovedPages(root, [{from: '/nl/r/oud/', to: '/nl/r/nieuw/'}], 'https://press.example.org');
    const html = readFileSync(path.join(root, 'nl', 'r', 'oud', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/nl/r/nieuw/">');
    expect(html).toContain('<link rel="canonical" href="https://press.example.org/nl/r/nieuw/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('refuses an address under no language of the site', () => {
    expect(() => writeMovedPages(root, [{from: '/fr/r/a/', to: '/fr/r/b/'}], 'https://press.example.org')).toThrow(/\/fr\/r\/a\/: not under a language/);
  });
});

describe('writeSitemapParts', () => {
  const parts = new Map([
    ['/sitemap.xml', '<sitemapindex/>'],
    ['/sitemap-1.xml', '<urlset>1</urlset>'],
    ['/sitemap-2.xml', '<urlset>2</urlset>'],
  ]);

  it("writes the parts beside Next's index, and leaves the index as it is", async () => {
    write('/sitemap.xml', '<?xml version="1.0"?><sitemapindex>next</sitemapindex>');
    expect(await writeSitemapParts(root, parts)).toEqual(['/sitemap-1.xml', '/sitemap-2.xml']);
    expect(readFileSync(path.join(root, 'sitemap-2.xml'), 'utf8')).toBe('<urlset>2</urlset>');
    expect(readFileSync(path.join(root, 'sitemap.xml'), 'utf8')).toContain('next');
  });

  it('writes nothing when the site fits one file', async () => {
    write('/sitemap.xml', '<?xml version="1.0"?><urlset></urlset>');
    expect(await writeSitemapParts(root, parts)).toEqual([]);
    expect(files()).toEqual(['/sitemap.xml']);
  });
});

describe('removeFrameworkFiles', () => {
  it("deletes the framework's scripts and the payloads of pages, and keeps CSS, fonts and other text files", () => {
    write('/_next/static/chunks/main-1.js');
    write('/_next/static/chunks/site-2.css');
    write('/_next/static/media/face-3.woff2');
    write('/_next/static/build-id/_buildManifest.js');
    write('/nl/index.html');
    write('/nl/index.txt');
    write('/nl/__next.nl.txt');
    write('/robots.txt');
    write('/enhance/copy-text-ABCDEF12.js');
    const removed = removeFrameworkFiles(root).map((file) => `/${path.relative(root, file)}`);
    expect(removed.sort()).toEqual(['/_next/static/build-id/_buildManifest.js', '/_next/static/chunks/main-1.js', '/nl/__next.nl.txt', '/nl/index.txt']);
    expect(files()).toEqual([
      '/_next/static/chunks/site-2.css',
      '/_next/static/media/face-3.woff2',
      '/enhance/copy-text-ABCDEF12.js',
      '/nl/index.html',
      '/robots.txt',
    ]);
    // The folder the manifest was alone in is gone with it.
    expect(existsSync(path.join(root, '_next', 'static', 'build-id'))).toBe(false);
  });

  it('passes by the folders it is told hold no framework file, without walking them', () => {
    write('/_next/static/chunks/main-1.js');
    write('/nl/cached/index.html');
    write('/nl/cached/index.txt');
    write('/nl/fresh/index.html');
    write('/nl/fresh/index.txt');
    const removed = removeFrameworkFiles(root, (folder) => folder === path.join(root, 'nl', 'cached')).map((file) => `/${path.relative(root, file)}`);
    expect(removed.sort()).toEqual(['/_next/static/chunks/main-1.js', '/nl/fresh/index.txt']);
    expect(existsSync(path.join(root, 'nl', 'cached', 'index.txt'))).toBe(true);
  });
});

describe('precompress', () => {
  it('writes a gzipped copy beside every text file, except those it is told to skip', async () => {
    write('/nl/index.html', '<p>hallo</p>'.repeat(50));
    write('/style.css', 'p{color:red}');
    write('/share.png', 'not text');
    write('/cached/index.html', 'from the page cache');
    expect(await precompress(root, (file) => file.includes(`${path.sep}cached${path.sep}`))).toBe(2);
    expect(gunzipSync(readFileSync(path.join(root, 'nl', 'index.html.gz'))).toString()).toBe('<p>hallo</p>'.repeat(50));
    expect(existsSync(path.join(root, 'style.css.gz'))).toBe(true);
    expect(existsSync(path.join(root, 'share.png.gz'))).toBe(false);
    expect(existsSync(path.join(root, 'cached', 'index.html.gz'))).toBe(false);
  });

  it('does not walk the folders it is told to pass by', async () => {
    write('/nl/index.html', 'fresh');
    write('/nl/cached/index.html', 'from the page cache');
    write('/nl/cached/moved/index.html', 'a moved page');
    const cached = path.join(root, 'nl', 'cached');
    expect(
      await precompress(
        root,
        () => false,
        (folder) => folder === cached,
      ),
    ).toBe(1);
    expect(existsSync(path.join(cached, 'index.html.gz'))).toBe(false);
    expect(existsSync(path.join(cached, 'moved', 'index.html.gz'))).toBe(false);
    expect(existsSync(path.join(root, 'nl', 'index.html.gz'))).toBe(true);
  });
});
