import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {routing} from '../../i18n/routing';
import {commitmentPath, releasePath} from '@/lib/site/routes';
import {ORIGIN} from './export-pages';
import {commitments, release} from './site';

// Printing as a reader does: Chromium's PDF on both common paper sizes, read
// back as text with poppler's pdftotext, one string per printed page.
const FORMATS = ['A4', 'Letter'] as const;
// About the margins of the browser's print dialog: page.pdf's default is none.
const MARGIN = {top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in'};

async function printedPages(page: Page, format: (typeof FORMATS)[number]): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'print-'));
  try {
    const pdf = path.join(folder, 'page.pdf');
    writeFileSync(pdf, await page.pdf({format, margin: MARGIN}));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'});
    // pdftotext ends every page with a form feed, the last one included.
    return text.split('\f').slice(0, -1).map(flatten);
  } finally {
    rmSync(folder, {recursive: true, force: true});
  }
}

// Line breaks and the spaces of the layout are not the text's: compare with
// white space collapsed, and ligatures and no-break spaces in their plain form.
const flatten = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The first words of a text, enough to find its start on a printed page. */
const firstWords = (text: string, count = 6) => flatten(text).split(' ').slice(0, count).join(' ');

/** Expect a heading on exactly one printed page, followed on that page by the start of its first paragraph. */
function expectHeadingWithParagraph(pages: string[], heading: string, paragraph: string) {
  const onPages = pages.flatMap((text, index) => (text.includes(flatten(heading)) ? [index] : []));
  expect(onPages, `“${heading}” printed whole on one page`).toHaveLength(1);
  const text = pages[onPages[0]!]!;
  expect(text.slice(text.indexOf(flatten(heading))), `page ${onPages[0]! + 1} holds “${heading}” and then “${firstWords(paragraph)}”`).toContain(
    firstWords(paragraph),
  );
}

/** Expect every link of the printed main text to another site to show its URL, and every given URL to be printed. */
async function expectUrlsPrinted(page: Page, pages: string[], urls: string[]) {
  // URLs wrap anywhere: compare without any white space.
  const text = pages.join('').replace(/\s+/g, '');
  await page.emulateMedia({media: 'print'});
  for (const link of await page.getByRole('main').locator('a[href^="http:"], a[href^="https:"]').all()) {
    if (await link.isVisible()) urls.push((await link.getAttribute('href'))!);
  }
  for (const url of urls) expect(text, `${url} printed`).toContain(url);
}

for (const locale of routing.locales) {
  for (const format of FORMATS) {
    test(`${locale}, ${format}: the printed statement keeps every commitment heading on the page of its first paragraph, and shows the URLs`, async ({
      page,
    }) => {
      await page.goto(releasePath(locale, release.key));
      const pages = await printedPages(page, format);
      expect(pages.length).toBeGreaterThan(1);
      for (const section of commitments(locale)) expectHeadingWithParagraph(pages, section.label!, section.paragraphs[0]!.text);
      // Each commitment's permalink, and the URL of any link in the text to elsewhere.
      await expectUrlsPrinted(
        page,
        pages,
        commitments(locale).map((section) => `${ORIGIN}${commitmentPath(locale, release.key, section.key)}`),
      );
    });

    test(`${locale}, ${format}: a printed commitment page keeps its heading on the page of its first paragraph, and shows the URLs`, async ({page}) => {
      const section = commitments(locale)[1]!;
      await page.goto(commitmentPath(locale, release.key, section.key));
      const pages = await printedPages(page, format);
      expectHeadingWithParagraph(pages, section.label!, section.paragraphs[0]!.text);
      await expectUrlsPrinted(page, pages, [`${ORIGIN}${commitmentPath(locale, release.key, section.key)}`]);
    });
  }
}
