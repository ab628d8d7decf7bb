import {readdirSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {commitments, locales, messages, otherLocale, release} from './site';

for (const locale of locales) {
  const other = otherLocale(locale);
  const third = commitments(locale)[2]!;
  const thirdThere = commitments(other)[2]!;
  const switchLabel = messages(locale).LanguageSwitch!.label!;
  const otherName = messages(other).LanguageSwitch!.name!;

  test.describe(`${locale} statement page`, () => {
    test('the language nav carries the commitment anchor to the other language', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/#${third.key}`);
      const link = page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName});
      await expect(link).toHaveAttribute('lang', other);
      await expect(link).toHaveAttribute('hreflang', other);
      // The anchor is added once the page is interactive; wait for that, not for time.
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${third.key}`);
      await link.click();
      await expect(page).toHaveURL(`/${other}/${release.key}/#${third.key}`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('heading', {level: 2, name: thirdThere.title})).toBeInViewport();
    });

    test('the language nav follows the anchor as the reader moves through the page', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const link = page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName});
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/`);
      const fifth = commitments(locale)[4]!;
      // Its permalink, in its Share disclosure.
      const links = messages(locale).CommitmentLinks!;
      await page.getByText(`${links.share} ${links.shareDetail!.replace('{number}', '5')}`, {exact: true}).click();
      await page.locator(`a.permalink[href="#${fifth.key}"]`).click();
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${fifth.key}`);
    });

    test('the language nav carries the commitment the reader has scrolled to, without following an anchor', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const link = page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName});
      const fourth = commitments(locale)[3]!;
      await page.getByRole('heading', {level: 2, name: fourth.title}).evaluate((heading) => heading.scrollIntoView());
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${fourth.key}`);
      expect(new URL(page.url()).hash).toBe('');
      await link.click();
      await expect(page).toHaveURL(`/${other}/${release.key}/#${fourth.key}`);
      await expect(page.getByRole('heading', {level: 2, name: commitments(other)[3]!.title})).toBeInViewport();
    });

    test('after following an anchor and scrolling on, the language nav carries the paragraph now at the top', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/#${third.key}`);
      const link = page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName});
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${third.key}`);
      const fifth = commitments(locale)[4]!;
      const paragraph = fifth.paragraphs[0]!.id;
      await page.locator(`[id="${paragraph}"]`).evaluate((element) => element.scrollIntoView());
      await expect(link).toHaveAttribute('href', `/${other}/${release.key}/#${paragraph}`);
      // Scrolling back up to the language link keeps that place.
      await page.evaluate(() => window.scrollTo(0, 0));
      await link.click();
      await expect(page).toHaveURL(`/${other}/${release.key}/#${paragraph}`);
    });

    test('marks the current language and names each language in itself', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const nav = page.getByRole('navigation', {name: switchLabel});
      const current = nav.getByRole('link', {name: messages(locale).LanguageSwitch!.name});
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect(current).toHaveAttribute('lang', locale);
      await expect(nav.getByRole('link', {name: otherName})).not.toHaveAttribute('aria-current', /.*/);
    });

    test('the language nav is reachable and usable with the keyboard', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/#${third.key}`);
      const link = page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName});
      await expect(link).toHaveAttribute('href', /#/);
      // Start from the top of the page, as a keyboard user does (a fragment
      // would otherwise start the tab order at the commitment).
      await page.getByRole('link', {name: messages(locale).Layout!.skipLink}).focus();
      let reached = false;
      for (let presses = 0; presses < 10 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = await link.evaluate((element) => element === document.activeElement);
      }
      expect(reached, 'the other language is reachable with Tab').toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${other}/${release.key}/#${third.key}`);
    });
  });

  test.describe(`${locale} statement page without JavaScript`, () => {
    test.use({javaScriptEnabled: false});

    test('each commitment links to itself in the other language', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/#${third.key}`);
      const commitment = page.getByRole('region', {name: third.title});
      const links = messages(locale).CommitmentLinks!;
      await commitment.getByText(`${links.share} ${links.shareDetail!.replace('{number}', '3')}`, {exact: true}).click();
      const link = commitment.getByRole('link', {name: messages(other).LanguageSwitch!.readIn});
      await expect(link).toHaveAttribute('lang', other);
      await link.click();
      await expect(page).toHaveURL(`/${other}/${release.key}/#${third.key}`);
      await expect(page.getByRole('heading', {level: 2, name: thirdThere.title})).toBeInViewport();
    });

    test('the language nav still leads to the same page in the other language', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/${third.key}/`);
      await page.getByRole('navigation', {name: switchLabel}).getByRole('link', {name: otherName}).click();
      await expect(page).toHaveURL(`/${other}/${release.key}/${third.key}/`);
    });
  });
}

// The live release aligns every paragraph, so this case is a page of its own,
// served under the site's origin with the real enhancement.
test('a paragraph the other language has only as part of a block is carried as the block', async ({page, baseURL}) => {
  // A page's one script, named after the enhancements it holds: one that holds the language link.
  const script = readdirSync('out/enhance').find((name) => /^([a-z-]+\.)*language-link(\.[a-z-]+)*-[0-9A-F]{8}\.js$/.test(name));
  await page.route(`${baseURL}/__fallbacks__/`, (route) =>
    route.fulfill({
      status: 200,
      headers: {'Content-Type': 'text/html; charset=utf-8'},
      body: `<!doctype html><html lang="en"><head><title>x</title><script type="module" src="/enhance/${script}"></script></head><body>
        <nav><a href="/nl/x/" lang="nl" hreflang="nl" data-language-link data-fragment-fallbacks='{"intro-2":"intro-text"}'>Nederlands</a></nav>
        <div id="intro" data-anchor><p id="intro-1" data-anchor>One.</p><p id="intro-2" data-anchor>Two.</p></div>
        <p id="other" data-anchor>Three.</p></body></html>`,
    }),
  );
  await page.goto('/__fallbacks__/#intro-2');
  const link = page.getByRole('link', {name: 'Nederlands'});
  await expect(link).toHaveAttribute('href', '/nl/x/#intro-text');
  await page.goto('/__fallbacks__/#other');
  await expect(link).toHaveAttribute('href', '/nl/x/#other');
});
