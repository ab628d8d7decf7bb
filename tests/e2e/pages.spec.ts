import {expect, test} from '@playwright/test';
import {NEGOTIATION_CASES} from '../support/accept-language-cases';
import {allPages, commitments, locales, messages, otherLocale, release, releases} from './site';

test.describe('the language choice at /', () => {
  test.describe('for a browser language the site does not have', () => {
    test.use({locale: 'fr-BE', javaScriptEnabled: false});

    test('offers both languages, each labelled in its own language', {tag: '@per-request'}, async ({page}) => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['vary']).toMatch(/Accept-Language/i);
      for (const locale of locales) {
        const link = page.getByRole('link', {name: messages(locale).LanguageChoice!.choose});
        await expect(link).toHaveAttribute('href', `/${locale}/`);
        await expect(link).toHaveAttribute('hreflang', locale);
      }
      for (const locale of locales) {
        await expect(page.locator(`head link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`/${locale}/$`));
      }
      await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    });
  });

  test('the server follows the one Accept-Language rule (lib/serving/accept-language.ts)', {tag: '@per-request'}, async ({request}) => {
    for (const [header, expected] of NEGOTIATION_CASES) {
      const response = await request.get('/', {maxRedirects: 0, headers: {'Accept-Language': header}});
      expect(response.status(), header).toBe(expected ? 302 : 200);
      expect(response.headers()['location'], header).toBe(expected ? `/${expected}/` : undefined);
      expect(response.headers()['vary'], header).toMatch(/Accept-Language/i);
    }
  });

  for (const [browserLocale, expected] of [
    ['nl-BE', '/nl/'],
    ['en-GB', '/en/'],
  ] as const) {
    test.describe(`with the browser in ${browserLocale}`, () => {
      test.use({locale: browserLocale});

      test(`the server sends the reader to ${expected}`, {tag: '@per-request'}, async ({page}) => {
        const response = await page.request.get('/', {maxRedirects: 0, headers: {'Accept-Language': `${browserLocale},fr;q=0.5`}});
        expect(response.status()).toBe(302);
        expect(response.headers()['location']).toBe(expected);
        expect(response.headers()['vary']).toMatch(/Accept-Language/i);
        await page.goto('/');
        await expect(page).toHaveURL(expected);
      });

      test(`the exported page itself sends the reader to ${expected}, for hosts that cannot negotiate`, async ({page}) => {
        await page.goto('/index.html');
        await expect(page).toHaveURL(expected);
      });

      test(`at /, from a host that cannot negotiate, the page sends the reader to ${expected}`, async ({page}) => {
        // The request reaches the server without Accept-Language, as on a
        // static host: it answers the language choice, whose script decides.
        let status = 0;
        await page.route('/', async (route) => {
          const headers = {...route.request().headers()};
          delete headers['accept-language'];
          const response = await route.fetch({headers, maxRedirects: 0});
          status = response.status();
          await route.fulfill({response});
        });
        await page.goto('/');
        await expect(page).toHaveURL(expected);
        expect(status).toBe(200);
      });
    });
  }
});

for (const locale of locales) {
  const t = messages(locale);

  test.describe(`${locale} pages`, () => {
    test('the release list shows every release, newest first, with a localized date', async ({page}) => {
      await page.goto(`/${locale}/`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t.ReleaseList!.title!);
      // The list itself: below it, the archive's navigation has a linked heading of its own.
      const links = page.locator('.release-list').getByRole('heading', {level: 2}).getByRole('link');
      await expect(links).toHaveText(releases.map((each) => each.versions[locale].meta.title));
      const date = locale === 'nl' ? '16 oktober 2017' : '16 October 2017';
      await expect(page.locator('time[datetime="2017-10-16"]')).toContainText(date);
    });

    test('the statement shows its title, dateline and numbered commitments with permalinks', async ({page}) => {
      await page.goto(`/${locale}/${release.key}/`);
      const meta = release.versions[locale].meta;
      await expect(page.getByRole('heading', {level: 1})).toHaveText(meta.title);
      const dateline = locale === 'nl' ? 'Brussel, 16 oktober 2017' : 'Brussels, 16 October 2017';
      await expect(page.locator('.dateline')).toHaveText(dateline);
      const headings = page.locator('.statement-body').getByRole('heading', {level: 2});
      await expect(headings).toHaveText(commitments(locale).map((section) => section.label!));
      for (const section of commitments(locale)) {
        const region = page.getByRole('region', {name: section.title});
        await expect(region.getByRole('heading', {level: 2})).toHaveAttribute('id', section.key);
        const name = `${t.CommitmentLinks!.permalink} ${t.CommitmentLinks!.permalinkDetail!.replace('{number}', String(section.number))}`;
        // In the commitment's Share disclosure.
        await region
          .getByText(`${t.CommitmentLinks!.share} ${t.CommitmentLinks!.shareDetail!.replace('{number}', String(section.number))}`, {exact: true})
          .click();
        const permalink = region.getByRole('link', {name, exact: true});
        await expect(permalink).toBeVisible();
        await expect(permalink).toHaveAttribute('href', `#${section.key}`);
      }
    });

    test('a commitment page links back to its place in the statement and to its neighbours', async ({page}) => {
      const [, second, third] = commitments(locale);
      await page.goto(`/${locale}/${release.key}/${third!.key}/`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(third!.label!);
      await expect(page.getByRole('link', {name: t.CommitmentPage!.previous})).toHaveAttribute('href', `/${locale}/${release.key}/${second!.key}/`);
      await page.getByRole('link', {name: t.CommitmentPage!.inStatement}).click();
      await expect(page).toHaveURL(`/${locale}/${release.key}/#${third!.key}`);
      await expect(page.getByRole('heading', {level: 2, name: third!.title})).toBeInViewport();
    });

    test('the first and last commitments link only to the neighbour they have', async ({page}) => {
      const list = commitments(locale);
      await page.goto(`/${locale}/${release.key}/${list[0]!.key}/`);
      await expect(page.getByRole('link', {name: t.CommitmentPage!.previous})).toHaveCount(0);
      await expect(page.getByRole('link', {name: t.CommitmentPage!.next})).toHaveAttribute('href', `/${locale}/${release.key}/${list[1]!.key}/`);
      await page.goto(`/${locale}/${release.key}/${list.at(-1)!.key}/`);
      await expect(page.getByRole('link', {name: t.CommitmentPage!.next})).toHaveCount(0);
    });

    test('an unknown release answers 404 with the localized page and a link home', async ({page}) => {
      const response = await page.goto(`/${locale}/no-such-release/`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t.NotFound!.title!);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('link', {name: t.NotFound!.home})).toHaveAttribute('href', `/${locale}/`);
    });

    test('an unknown commitment answers 404 with the localized page', async ({page}) => {
      const response = await page.goto(`/${locale}/${release.key}/no-such-commitment/`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t.NotFound!.title!);
    });

    test('a URL without its trailing slash is redirected to the page', async ({page}) => {
      const response = await page.goto(`/${locale}/${release.key}`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(`/${locale}/${release.key}/`);
    });
  });
}

test('an unknown locale answers 404 with the message in both languages', async ({page}) => {
  const response = await page.goto('/fr/');
  expect(response?.status()).toBe(404);
  for (const locale of locales) {
    const message = page
      .getByRole('main')
      .locator(`[lang="${locale}"]`)
      .filter({hasText: messages(locale).NotFound!.title!});
    await expect(message).toBeVisible();
    await expect(message.getByRole('link', {name: messages(locale).NotFound!.home})).toHaveAttribute('href', `/${locale}/`);
  }
});

test('every page declares its language and links each language version', async ({page}) => {
  for (const path of allPages().filter((each) => each !== '/')) {
    const locale = path.split('/')[1] as (typeof locales)[number];
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
    const equivalent = path.replace(`/${locale}/`, `/${otherLocale(locale)}/`);
    await expect(page.locator(`head link[rel="alternate"][hreflang="${otherLocale(locale)}"]`), path).toHaveAttribute('href', new RegExp(`${equivalent}$`));
  }
});
