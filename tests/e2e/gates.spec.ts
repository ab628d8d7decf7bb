import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {htmlErrors} from '../gates/html-validity';
import {brokenLinks} from '../gates/links';
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

test.describe('HTML validity', () => {
  test('the W3C Nu HTML checker finds no error in any page of the export', () => {
    test.setTimeout(120_000);
    const files = htmlFiles(EXPORT);
    expect(files.length).toBeGreaterThan(20);
    expect(htmlErrors(files)).toEqual([]);
  });

  test('the checker catches an invalid element, and passes a valid page', () => {
    test.setTimeout(60_000);
    const errors = htmlErrors(['tests/fixtures/broken/invalid-element.html', 'tests/fixtures/broken/valid.html']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.includes('invalid-element.html'))).toBe(true);
  });
});
