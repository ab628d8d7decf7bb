import {expect, test, type Page} from '@playwright/test';
import {ORIGIN} from './export-pages';
import {commitments, locales, messages, otherLocale, release} from './site';

// What has the keyboard's focus: whether it is in the footer, and its accessible name.
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {inFooter: Boolean(element?.closest('footer')), onBody: !element || element === document.body, name: element?.textContent?.trim() ?? ''};
  });

for (const locale of locales) {
  const t = messages(locale);
  const share = (number: number) => `${t.CommitmentLinks!.share} ${t.CommitmentLinks!.shareDetail!.replace('{number}', String(number))}`;

  test(`${locale}: the statement page has at most 25 tab stops before the footer, one Share per commitment`, async ({page}) => {
    await page.goto(`/${locale}/${release.key}/`);
    const stops: string[] = [];
    for (;;) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.inFooter || now.onBody) break;
      stops.push(now.name);
      // A runaway (focus trapped, or a page with far too many stops) fails here rather than looping.
      expect(stops.length).toBeLessThanOrEqual(25);
    }
    expect(stops.filter((name) => name.startsWith(t.CommitmentLinks!.share!))).toEqual(commitments(locale).map((section) => share(section.number!)));
    // The walk ended in the footer, not on the page's body: every stop before it was counted.
    expect((await focused(page)).inFooter).toBe(true);
  });

  test.describe(`${locale}: every commitment's share actions by keyboard`, () => {
    test.use({permissions: ['clipboard-read', 'clipboard-write']});

    test('Tab to Share, Enter opens it, Tab reaches each action, Enter copies the link', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const expected = (number: number, url: string) => [
        url,
        `${t.Citation!.copyLink} ${t.Citation!.detail!.replace('{number}', String(number))}`,
        `${t.Citation!.copyCitation} ${t.Citation!.detail!.replace('{number}', String(number))}`,
        `${t.CommitmentLinks!.permalink} ${t.CommitmentLinks!.permalinkDetail!.replace('{number}', String(number))}`,
        `${t.CommitmentLinks!.sideBySide} ${t.CommitmentLinks!.sideBySideDetail!.replace('{number}', String(number))}`,
        messages(otherLocale(locale)).LanguageSwitch!.readIn!,
      ];
      for (const section of commitments(locale)) {
        // Tab until this commitment's Share has the focus.
        for (let presses = 0; (await focused(page)).name !== share(section.number!); presses++) {
          expect(presses, `reaching ${share(section.number!)}`).toBeLessThan(60);
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Enter');
        // The panel's actions, in order, until the focus leaves it.
        const reached: string[] = [];
        const panel = page.getByRole('region', {name: section.title}).getByRole('group');
        await expect(panel).toHaveAttribute('open', '');
        for (;;) {
          await page.keyboard.press('Tab');
          if (!(await panel.evaluate((details) => details.contains(document.activeElement)))) break;
          reached.push((await focused(page)).name);
        }
        // Every action is there, paragraph anchors among them where the commitment has several paragraphs.
        const url = `${ORIGIN}/${locale}/${release.key}/${section.key}/`;
        expect(reached.filter((name) => !name.startsWith(t.CommitmentLinks!.paragraph!))).toEqual(expected(section.number!, url));
        expect(reached.filter((name) => name.startsWith(t.CommitmentLinks!.paragraph!))).toHaveLength(
          section.paragraphs.length > 1 ? section.paragraphs.length : 0,
        );
        // Back to Copy link with Shift+Tab, and Enter copies the commitment's permanent URL.
        while ((await focused(page)).name !== expected(section.number!, url)[1]) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
        // On to the next commitment.
        await page
          .getByRole('region', {name: section.title})
          .getByRole('link', {name: messages(otherLocale(locale)).LanguageSwitch!.readIn})
          .focus();
      }
    });
  });
}
