import {expect, test, type Page} from '@playwright/test';
import {watchForErrors, watchLayoutShifts} from '../gates/runtime';
import {locales, messages, release, type TestLocale} from './site';

// Search in Chromium, under the real Content-Security-Policy: Pagefind's
// script and this language's index, on the search page only. Each word below
// occurs in one language of the live content only, in one commitment.
const WORDS: Record<TestLocale, {word: string; section: string; otherLanguage: string}> = {
  en: {word: 'radicalization', section: 'prison-radicalisation', otherLanguage: 'gevangenissen'},
  nl: {word: 'radicalisering', section: 'prison-radicalisation', otherLanguage: 'cooperation'},
};

const results = (page: Page) => page.locator('ol.search-results > li');

for (const locale of locales) {
  const t = messages(locale).Search!;
  const {word, section, otherLanguage} = WORDS[locale];

  test(`${locale}: the header's search form finds the release with "${word}", first, and links its commitment`, async ({page}) => {
    const problems = await watchForErrors(page);
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(request.url()).pathname);
    });
    await page.goto(`/${locale}/`);
    const form = page.getByRole('search');
    await form.getByRole('searchbox', {name: t.label}).fill(word);
    await form.getByRole('button', {name: t.button}).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=${word}$`));
    await expect(page.getByRole('status')).toHaveText(t.count!.replace('{query}', word).replace('{count}', '1'));
    await expect(results(page)).toHaveCount(1);
    const first = results(page).first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', `/${locale}/${release.key}/`);
    await expect(first.getByRole('link').first()).toHaveText(release.versions[locale].meta.title);
    await expect(first.locator('mark').first()).toContainText(word, {ignoreCase: true});
    // The commitment the word is in, as a link to its place in the statement.
    await expect(first.locator(`a[href^="/${locale}/${release.key}/#${section}"]`).first()).toBeVisible();
    await expect(page.getByRole('searchbox', {name: t.label})).toHaveValue(word);
    // Pagefind loaded this language's index, and no other's.
    expect(pagefind.some((each) => each.endsWith('/pagefind.js'))).toBe(true);
    expect(pagefind.filter((each) => each.includes(`.${locale}_`) || each.includes(`wasm.${locale}.`)).length).toBeGreaterThan(0);
    expect(pagefind.filter((each) => /\.(nl|en)[._]/.test(each) && !each.includes(`.${locale}`))).toEqual([]);
    expect(problems()).toEqual([]);
  });

  test(`${locale}: a word of the other language only finds nothing`, async ({page}) => {
    await page.goto(`/${locale}/search/?q=${otherLanguage}`);
    await expect(page.getByRole('status')).toHaveText(t.none!.replace('{query}', otherLanguage));
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByRole('heading', {name: t.results})).toBeHidden();
  });
}

// What a journalist searches for first that is in no paragraph of the
// statement: its dateline's place, its issuer (only in the header and front
// matter), and nonsense, which Pagefind would answer with its longest known
// prefix ("a") if the page let it.
const HEADER_WORDS: Record<TestLocale, string[]> = {en: ['Brussels'], nl: ['Brussel', 'Kanselarij']};

for (const locale of locales) {
  const t = messages(locale).Search!;

  for (const word of HEADER_WORDS[locale]) {
    test(`${locale}: "${word}", in the release's header only, finds the release`, async ({page}) => {
      await page.goto(`/${locale}/search/?q=${word}`);
      await expect(page.getByRole('status')).toHaveText(t.count!.replace('{query}', word).replace('{count}', '1'));
      await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', `/${locale}/${release.key}/`);
    });
  }

  test(`${locale}: a word that occurs nowhere finds nothing, and says so plainly`, async ({page}) => {
    for (const word of ['azzzz', 'qxjvbrw']) {
      await page.goto(`/${locale}/search/?q=${word}`);
      await expect(page.getByRole('status')).toHaveText(t.none!.replace('{query}', word));
      await expect(results(page)).toHaveCount(0);
      await expect(page.getByRole('heading', {name: t.results})).toBeHidden();
    }
  });
}

test('only the search page loads Pagefind', async ({page}) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
  });
  for (const path of ['/en/', `/en/${release.key}/`, '/en/archive/']) await page.goto(path, {waitUntil: 'networkidle'});
  expect(pagefind).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  for (const locale of locales) {
    test(`${locale}: the search page says search needs JavaScript and offers the archive`, async ({page}) => {
      const t = messages(locale).Search!;
      await page.goto(`/${locale}/search/?q=${WORDS[locale].word}`);
      await expect(page.getByText(t.noScript!)).toBeVisible();
      await page.getByRole('link', {name: t.archive}).click();
      await expect(page).toHaveURL(`/${locale}/archive/`);
    });
  }
});

// The results arrive after the first paint; nothing already on screen moves
// for them, on a phone's screen (Lighthouse's) or a desktop's: before, the
// region's top moved with the margins of what it hid, and then the footer
// below it was pushed down (CLS 0.13 at 412 px).
for (const viewport of [
  {width: 412, height: 823},
  {width: 1280, height: 720},
]) {
  test(`search results at ${viewport.width} px shift nothing on screen`, async ({page}) => {
    await page.setViewportSize(viewport);
    const shifts = await watchLayoutShifts(page);
    const {word} = WORDS.en;
    await page.goto(`/en/search/?q=${word}`);
    await expect(results(page)).toHaveCount(1);
    // The observer's callback runs after the frame that shifted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await shifts()).toEqual([]);
  });
}
