import {expect, test, type Page} from '@playwright/test';
import {commitments, locales, messages, otherLocale, release} from './site';

const sideBySide = (locale: string) => `/${locale}/${release.key}/side-by-side/`;

/** The statement page's paragraphs in order, by their anchors. */
async function statementParagraphs(page: Page, locale: string) {
  await page.goto(`/${locale}/${release.key}/`);
  return page
    .locator('.statement-body .paragraph')
    .evaluateAll((elements) => elements.map((element) => ({id: element.id, text: (element.firstElementChild?.textContent ?? '').replace(/\s+/g, ' ').trim()})));
}

for (const locale of locales) {
  const other = otherLocale(locale);

  test.describe(`${locale} side-by-side page`, () => {
    test('puts each paragraph of the Dutch and the English statement in the same row', async ({page}) => {
      const expected = {nl: await statementParagraphs(page, 'nl'), en: await statementParagraphs(page, 'en')};
      await page.goto(sideBySide(locale));
      const rows = await page.locator('.parallel-row:not(.heading-row)').evaluateAll((elements) =>
        elements.map((row) => ({
          id: row.id,
          cells: [...row.querySelectorAll(':scope > .parallel-cell')].map((cell) => ({
            lang: cell.getAttribute('lang'),
            text: (cell.lastElementChild?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          })),
        })),
      );
      expect(rows.map((row) => row.id)).toEqual(expected.nl.map((paragraph) => paragraph.id));
      rows.forEach((row, index) => {
        // The reader's own language comes first, in every row.
        expect(row.cells.map((cell) => cell.lang)).toEqual([locale, other]);
        const byLang = Object.fromEntries(row.cells.map((cell) => [cell.lang, cell.text]));
        expect(byLang.nl, row.id).toBe(expected.nl[index]!.text);
        expect(byLang.en, row.id).toBe(expected.en[index]!.text);
      });
    });

    test('shows every commitment heading in both languages, with its anchor', async ({page}) => {
      await page.goto(sideBySide(locale));
      for (const [index, section] of commitments(locale).entries()) {
        const row = page.locator(`#${section.key}`);
        await expect(row.locator(`[lang="${locale}"] h2`)).toHaveText(section.label!);
        await expect(row.locator(`[lang="${other}"]`)).toContainText(commitments(other)[index]!.title!);
      }
    });

    test('every commitment on the statement page links to its row', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const body = page.locator('.statement-body');
      const hrefs = await body
        // In each commitment's Share disclosure, closed until the reader opens it.
        .getByRole('link', {name: new RegExp(`^${messages(locale).CommitmentLinks!.sideBySide}`), includeHidden: true})
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(commitments(locale).map((section) => `${sideBySide(locale)}#${section.key}`));
      await page.goto(hrefs[2]!);
      await expect(page.locator(`#${commitments(locale)[2]!.key}`)).toBeInViewport();
      // Every anchor on the page is unique, so each row link resolves to one place.
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
      expect(new Set(ids).size).toBe(ids.length);
    });

    test('is reachable from the statement page next to the language links', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      await page
        .getByRole('banner')
        .getByRole('link', {name: new RegExp(`^${messages(locale).SideBySide!.link}`)})
        .click();
      await expect(page).toHaveURL(sideBySide(locale));
      await expect(page.getByRole('heading', {level: 1})).toContainText(release.versions[locale].meta.title);
    });

    test('shows the translation notes beside the rows they concern, and the sources', async ({page}) => {
      await page.goto(sideBySide(locale));
      const section = page.locator('.parallel-section').filter({has: page.locator('#criminal-justice')});
      await expect(section.getByRole('complementary')).toContainText(locale === 'nl' ? 'werkgroep' : 'task force');
      await expect(page.getByRole('region', {name: messages(locale).Provenance!.title})).toContainText('be.ambafrance.org');
    });

    test.describe('on a 375 px wide screen', () => {
      test.use({viewport: {width: 375, height: 800}});

      test('nothing overflows and each pair stacks in order, labelled with its language', async ({page}) => {
        await page.goto(sideBySide(locale));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const row = page.locator(`#${commitments(locale)[0]!.key}-1`);
        const [first, second] = [row.locator(`[lang="${locale}"]`), row.locator(`[lang="${other}"]`)];
        await expect(first).toBeVisible();
        await expect(second).toBeVisible();
        const [a, b] = [await first.boundingBox(), await second.boundingBox()];
        expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);
        await expect(first.locator('.cell-language')).toHaveText(messages(locale).LanguageSwitch!.name!);
        await expect(second.locator('.cell-language')).toHaveText(messages(other).LanguageSwitch!.name!);
      });
    });

    test.describe('without JavaScript', () => {
      test.use({javaScriptEnabled: false});

      test('reads and navigates', async ({page}) => {
        await page.goto(`${sideBySide(locale)}#${commitments(locale)[3]!.key}`);
        await expect(page.locator(`#${commitments(locale)[3]!.key}`)).toBeInViewport();
        await page
          .getByRole('navigation', {name: messages(locale).LanguageSwitch!.label})
          .getByRole('link', {name: messages(other).LanguageSwitch!.name})
          .click();
        await expect(page).toHaveURL(sideBySide(other));
      });
    });
  });

  test(`${locale}: a paragraph anchor survives the language switch`, async ({page}) => {
    const id = `${commitments(locale)[1]!.key}-2`;
    await page.goto(`/${locale}/${release.key}/#${id}`);
    const link = page.getByRole('navigation', {name: messages(locale).LanguageSwitch!.label}).getByRole('link', {name: messages(other).LanguageSwitch!.name});
    await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${id}`);
    await link.click();
    await expect(page).toHaveURL(`/${other}/${release.key}/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test(`${locale}: every paragraph has a permalink to its own anchor`, async ({page}) => {
    await page.goto(`/${locale}/${release.key}/`);
    const pairs = await page
      .locator('.statement-body .paragraph')
      .evaluateAll((elements) => elements.map((element) => [element.id, element.querySelector('a.paragraph-link')?.getAttribute('href')]));
    const count = release.versions[locale].sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
    expect(pairs).toHaveLength(count);
    for (const [id, href] of pairs) expect(href).toBe(`#${id}`);
  });
}
