import {expect, test} from '@playwright/test';
import {commitments, locales, messages, release} from './site';

for (const locale of locales) {
  test(`${locale}: the statement opens with its contents, five links that lead to the five commitments`, async ({page}) => {
    await page.goto(`/${locale}/${release.key}/`);
    const contents = page.getByRole('navigation', {name: messages(locale).Contents!.title!});
    const links = contents.getByRole('link');
    const expected = commitments(locale);
    expect(expected).toHaveLength(5);
    await expect(links).toHaveCount(expected.length);
    for (const [index, commitment] of expected.entries()) {
      const link = links.nth(index);
      // Numbered as the model numbers them, with the commitment's own heading.
      await expect(link).toHaveText(`${commitment.number} – ${commitment.title}`);
      await expect(link).toHaveAttribute('href', `#${commitment.key}`);
      const heading = page.locator(`[id="${commitment.key}"]`);
      await expect(heading).toHaveCount(1);
      await expect(heading).toHaveText(`${commitment.number} – ${commitment.title}`);
    }
    // Following one scrolls to it and makes it the target.
    await links.nth(3).click();
    await expect(page).toHaveURL(new RegExp(`#${expected[3]!.key}$`));
    await expect(page.locator(`[id="${expected[3]!.key}"]`)).toBeInViewport();
  });
}
