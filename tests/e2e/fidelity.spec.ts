import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {normaliseSpace, repairSeed} from '../support/repair-seed';
import {locales, release} from './site';

// The statement's words are official: every paragraph of the received text,
// once repaired as CONTENT.md says, must be on the page verbatim, in order,
// exactly once, and the statement body must hold nothing else.
for (const locale of locales) {
  test(`the ${locale} statement page shows the received text, whole and alone`, async ({page}) => {
    const expected = repairSeed(readFileSync(`tests/fixtures/seeds/statement-${locale}.txt`, 'utf8'), locale);
    await page.goto(`/${locale}/${release.key}/`);
    const body = page.locator('.statement-body');
    await expect(body).toHaveCount(1);

    // Site chrome inside the body (permalinks, language links) is marked as such.
    const shown = await body.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-chrome]').forEach((chrome) => chrome.remove());
      const blocks = [...copy.querySelectorAll('h1, h2, h3, p, li, blockquote')].map((block) => block.textContent ?? '');
      return {blocks, all: copy.textContent ?? ''};
    });

    expect(shown.blocks.map(normaliseSpace)).toEqual(expected);
    // Blocks follow one another without spaces in textContent, so compare
    // the whole body with white space left out: no word more, none less.
    const bare = (text: string) => text.replace(/\s+/g, '');
    expect(bare(shown.all)).toBe(bare(expected.join('')));
    for (const paragraph of expected) {
      expect(bare(shown.all).split(bare(paragraph)).length - 1, paragraph).toBe(1);
    }
  });
}
