import {expect, test} from '@playwright/test';
import {commitments, locales, messages, release} from './site';
import {ORIGIN} from './export-pages';

const citation = {
  en: (number: number, title: string) => `Charles Michel and Édouard Philippe, joint statement, Brussels, 16 October 2017, commitment ${number}: ‘${title}’`,
  nl: (number: number, title: string) =>
    `Charles Michel en Édouard Philippe, gezamenlijke verklaring, Brussel, 16 oktober 2017, engagement ${number}: „${title}”`,
};

for (const locale of locales) {
  const t = messages(locale).Citation!;
  const links = messages(locale).CommitmentLinks!;
  // A commitment's Share disclosure on the statement page, by its summary's text.
  const shareOf = (number: number) => `${links.share} ${links.shareDetail!.replace('{number}', String(number))}`;
  const third = commitments(locale)[2]!;
  const url = `${ORIGIN}/${locale}/${release.key}/${third.key}/`;

  test.describe(`${locale}: copy link and citation`, () => {
    test.use({permissions: ['clipboard-read', 'clipboard-write']});

    for (const [where, path] of [
      ['the statement page', `/${locale}/${release.key}/`],
      ['the commitment page', `/${locale}/${release.key}/${third.key}/`],
    ] as const) {
      test(`on ${where}, the commitment page URL and the localized citation go to the clipboard, and are announced`, async ({page}) => {
        await page.goto(path);
        const scope = where === 'the statement page' ? page.getByRole('region', {name: third.title}) : page.getByRole('main');
        if (where === 'the statement page') await scope.getByText(shareOf(3), {exact: true}).click();
        const copyLink = scope.getByRole('button', {name: new RegExp(`^${t.copyLink}`)});
        await copyLink.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
        await expect(scope.getByRole('status')).toHaveText(t.copiedLink!.replace('{number}', '3'));

        await scope.getByRole('button', {name: new RegExp(`^${t.copyCitation}`)}).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${citation[locale](3, third.title!)} ${url}`);
        await expect(scope.getByRole('status')).toHaveText(t.copiedCitation!.replace('{number}', '3'));
        await expect(scope.getByRole('status')).toHaveAttribute('role', 'status');
      });
    }
  });

  test.describe(`${locale}: without JavaScript`, () => {
    test.use({javaScriptEnabled: false});

    test('the copy buttons are not offered, and the permalink is visible and selectable', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/${third.key}/`);
      await expect(page.getByRole('button', {name: new RegExp(`^${t.copyLink}`)})).toBeHidden();
      await expect(page.getByRole('link', {name: url})).toBeVisible();
    });

    test('on the statement page, every commitment shows its permalink as text to select in its Share panel', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      await expect(page.getByRole('button', {name: new RegExp(`^${t.copyLink}`)})).toHaveCount(0);
      for (const section of commitments(locale)) {
        const region = page.getByRole('region', {name: section.title});
        // The native disclosure opens without JavaScript.
        await region.getByText(shareOf(section.number!), {exact: true}).click();
        const permalink = region.getByText(`${ORIGIN}/${locale}/${release.key}/${section.key}/`, {exact: true});
        await expect(permalink).toBeVisible();
        // Selectable: a triple click on its label (the address itself is a
        // link to the commitment's page) selects the paragraph holding it.
        await region.getByText(links.permanentUrl!).click({clickCount: 3, position: {x: 4, y: 4}});
        await expect(page).toHaveURL(`/${locale}/${release.key}/`);
        expect(await page.evaluate(() => String(window.getSelection()))).toContain(`${ORIGIN}/${locale}/${release.key}/${section.key}/`);
      }
    });
  });

  test(`${locale}: printing shows the statement without navigation or buttons, each commitment with its permalink`, async ({page}) => {
    await page.goto(`/${locale}/${release.key}/`);
    await page.emulateMedia({media: 'print'});
    await expect(page.getByRole('navigation', {name: messages(locale).LanguageSwitch!.label})).toBeHidden();
    // The copy buttons (the header's search button is hidden with the header).
    await expect(page.locator('main button')).toHaveCount(2 * commitments(locale).length);
    for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.locator('.release-header .dateline')).toBeVisible();
    for (const section of commitments(locale)) {
      const region = page.getByRole('region', {name: section.title});
      await expect(region.getByText(`${ORIGIN}/${locale}/${release.key}/${section.key}/`, {exact: true})).toBeVisible();
      // The Share disclosure is not printed.
      await expect(region.getByText(shareOf(section.number!), {exact: true})).toBeHidden();
    }
    await page.emulateMedia({media: 'screen'});
    await expect(page.getByRole('navigation', {name: messages(locale).LanguageSwitch!.label})).toBeVisible();
    await expect(page.getByText(`${ORIGIN}/${locale}/${release.key}/${commitments(locale)[0]!.key}/`, {exact: true})).toBeHidden();
  });

  test(`${locale}: printing a commitment page shows the commitment and its permalink, without navigation or buttons`, async ({page}) => {
    await page.goto(`/${locale}/${release.key}/${third.key}/`);
    await page.emulateMedia({media: 'print'});
    await expect(page.getByRole('navigation', {name: messages(locale).LanguageSwitch!.label})).toBeHidden();
    for (const button of await page.locator('button').all()) await expect(button).toBeHidden();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.getByText(url).first()).toBeVisible();
  });
}
