import {randomBytes} from 'node:crypto';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {htmlErrors} from '../gates/html-validity';
import {brokenLinks} from '../gates/links';
import {scriptProblems} from '../gates/scripts';
import {ENHANCEMENT_LOADER} from '@/lib/site/enhancement-loader';
import {EXPORT, ORIGIN, exportedPages, htmlFiles} from './export-pages';

// Integrity gates over the whole export: every page, both languages.

const exists = (urlPath: string) => {
  const file = path.join(EXPORT, decodeURIComponent(urlPath));
  return existsSync(file) && (statSync(file).isFile() || existsSync(path.join(file, 'index.html')));
};

test.describe('links', () => {
  test('every internal link and #fragment of every page resolves', () => {
    // Every HTML file, 404 documents included, by the path it is served at.
    const urlPath = (file: string) => `/${path.relative(EXPORT, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const pages = new Map(htmlFiles(EXPORT).map((file) => [urlPath(file), readFileSync(file, 'utf8')]));
    for (const page of exportedPages()) expect(pages.has(page), page).toBe(true);
    expect(brokenLinks(pages, exists, ORIGIN)).toEqual([]);
  });

  test('the checker catches a broken link and a missing fragment', () => {
    const pages = new Map([
      ['/nl/', '<a href="/nl/missing/">x</a><a href="/en/#nowhere">y</a><a href="#here">z</a><p id="here"></p>'],
      ['/en/', '<p id="somewhere"></p><a href="https://example.org/">outside</a>'],
    ]);
    expect(brokenLinks(pages, () => false, ORIGIN)).toEqual(['/nl/: /nl/missing/ leads nowhere', '/nl/: /en/#nowhere has no #nowhere there']);
  });
});

test.describe('scripts', () => {
  const read = (urlPath: string) => {
    const file = path.join(EXPORT, urlPath);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };

  test('no page loads framework JavaScript or an inline script (JSON-LD and the enhancement loader aside), and each loads only its own small scripts, which exist', () => {
    const files = htmlFiles(EXPORT);
    const pages = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    expect(scriptProblems(pages, read)).toEqual([]);
    // The enhancements are used: the statement pages load some, through the loader.
    expect([...pages.values()].filter((html) => html.includes(`<script data-enhance="/enhance/`)).length).toBeGreaterThan(4);
    // Pagefind: the search page of each language, and no other page.
    expect([...pages].filter(([, html]) => html.includes('data-site-search="/pagefind/')).map(([file]) => path.relative(EXPORT, file))).toEqual([
      path.join('en', 'search', 'index.html'),
      path.join('nl', 'search', 'index.html'),
    ]);
  });

  test('the checker catches each kind of problem', () => {
    const pages = new Map([
      ['a.html', '<script src="/_next/static/chunks/x.js" async></script>'],
      ['b.html', '<script>self.__next_f=[]</script><script type="application/ld+json">{}</script>'],
      ['c.html', '<script src="/enhance/missing.js" type="module"></script>'],
      ['d.html', '<script src="/enhance/big.js"></script>'],
      ['e.html', '<script src="/enhance/small.js" defer></script><script src="/enhance/small.js" type="module"></script>'],
      // The loader, byte for byte, is allowed; its bundle must exist and counts towards the budget.
      [
        'f.html',
        `<script data-enhance="/enhance/small.js">${ENHANCEMENT_LOADER}</script><script data-enhance="/enhance/gone.js">${ENHANCEMENT_LOADER}</script>`,
      ],
      [
        'g.html',
        `<script data-enhance="/enhance/small.js">${ENHANCEMENT_LOADER};alert(1)</script><script data-enhance="/enhance/big.js">${ENHANCEMENT_LOADER}</script>`,
      ],
      ['out/en/search/index.html', '<div data-site-search="/pagefind/pagefind.js"></div>'],
      ['out/nl/search/index.html', '<div data-site-search="/pagefind/missing.js"></div>'],
      ['out/en/index.html', '<div data-site-search="/pagefind/pagefind.js"></div>'],
      // Another export's search page (a release folder beside out/, say): a search page all the same.
      ['releases/1/en/search/index.html', '<div data-site-search="/pagefind/big.js"></div>'],
      // A language the site does not have has no search page.
      ['out/fr/search/index.html', '<div data-site-search="/pagefind/pagefind.js"></div>'],
    ]);
    const files: Record<string, Buffer> = {
      '/_next/static/chunks/x.js': Buffer.from('x'),
      // Random bytes do not compress: over 2 KB gzipped.
      '/enhance/big.js': randomBytes(4096),
      '/enhance/small.js': Buffer.from('document.title="x"'),
      '/pagefind/pagefind.js': Buffer.from('export const search = () => [];'),
      '/pagefind/big.js': randomBytes(20 * 1024),
    };
    expect(scriptProblems(pages, (urlPath) => files[urlPath], 2048)).toEqual([
      'a.html: a framework script, /_next/static/chunks/x.js',
      'a.html: /_next/static/chunks/x.js is neither a module nor deferred',
      'b.html: an inline script',
      'c.html: /enhance/missing.js is not in the export',
      'd.html: /enhance/big.js is neither a module nor deferred',
      expect.stringMatching(/^d\.html: \d+ bytes of script gzipped, over the 2048-byte budget$/),
      'f.html: /enhance/gone.js is not in the export',
      'g.html: an inline script',
      expect.stringMatching(/^g\.html: \d+ bytes of script gzipped, over the 2048-byte budget$/),
      "out/nl/search/index.html: Pagefind's script, /pagefind/missing.js, is not in the export",
      'out/en/index.html: Pagefind (/pagefind/pagefind.js) on a page other than search',
      "releases/1/en/search/index.html: Pagefind's script, /pagefind/big.js, over its 16384-byte budget gzipped",
      'out/fr/search/index.html: Pagefind (/pagefind/pagefind.js) on a page other than search',
    ]);
  });
});

test.describe('HTML validity', () => {
  test('the W3C Nu HTML checker finds no error in any page of the export', () => {
    test.setTimeout(120_000);
    const files = htmlFiles(EXPORT);
    expect(files.length).toBeGreaterThan(20);
    expect(htmlErrors(files)).toEqual([]);
  });

  test('the checker catches an invalid element, and passes a valid page', () => {
    test.setTimeout(60_000);
    const errors = htmlErrors([
      'tests/fixtures/broken/invalid-element.html',
      'tests/fixtures/broken/valid.html',
      'tests/fixtures/broken/blocking-preload.html',
    ]);
    expect(errors.length).toBeGreaterThan(0);
    // The `blocking` the checker does not know yet on `rel=expect` passes
    // (valid.html); on a preload it is still an error.
    expect(errors.some((error) => error.includes('invalid-element.html'))).toBe(true);
    const preload = errors.filter((error) => error.includes('/blocking-preload.html:'));
    expect(preload.length).toBeGreaterThan(0);
    expect(
      preload.every((error) => error.endsWith('A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.')),
    ).toBe(true);
    expect(errors.filter((error) => error.includes('/valid.html:'))).toEqual([]);
  });
});
