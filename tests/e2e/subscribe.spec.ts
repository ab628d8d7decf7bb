import {expect, test} from '@playwright/test';
import {locales, messages, release} from './site';

// A visible way to subscribe, where readers look for one: the release lists and the statement.
for (const locale of locales) {
  const name = messages(locale).Subscribe!.link!;

  for (const path of [`/${locale}/`, `/${locale}/archive/`, `/${locale}/archive/${release.date.slice(0, 4)}/`, `/${locale}/${release.key}/`]) {
    test(`${path} shows "${name}", leading to the language's Atom feed`, async ({page, request}) => {
      await page.goto(path);
      const link = page.getByRole('link', {name, exact: true});
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `/${locale}/feed.xml`);
      const feed = await request.get(`/${locale}/feed.xml`);
      expect(feed.status()).toBe(200);
      expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
      expect(await feed.text()).toContain(`xml:lang="${locale}"`);
    });
  }
}
