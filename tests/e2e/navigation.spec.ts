import {expect, test} from '@playwright/test';
import {SPECULATION_RULES_PATH} from '@/lib/serving/speculation-rules';
import {commitments, locales, messages, release} from './site';

// Navigation without a client-side router: the browser prefetches the site's
// pages from rules it finds through a response header (no inline script).

for (const locale of locales) {
  test(`${locale}: the browser takes the prefetch rules from the header, and hovering a link prefetches its page`, async ({page}) => {
    const session = await page.context().newCDPSession(page);
    const ruleSets: Array<{sourceText: string; url?: string; errorType?: string; errorMessage?: string}> = [];
    session.on('Preload.ruleSetUpdated', ({ruleSet}) => ruleSets.push(ruleSet));
    await session.send('Preload.enable');
    const prefetched: string[] = [];
    page.on('request', (request) => {
      if (/prefetch/.test(request.headers()['sec-purpose'] ?? '')) prefetched.push(new URL(request.url()).pathname);
    });

    await page.goto(`/${locale}/${release.key}/`);
    await expect.poll(() => ruleSets.length).toBeGreaterThan(0);
    expect(ruleSets[0]!.url).toMatch(new RegExp(`${SPECULATION_RULES_PATH.replace('.', '\\.')}$`));
    expect(ruleSets[0]!.errorType).toBeUndefined();

    const target = `/${locale}/${release.key}/${commitments(locale)[1]!.key}/`;
    // Commitment 2's own page, in its Share disclosure.
    const links = messages(locale).CommitmentLinks!;
    await page.getByText(`${links.share} ${links.shareDetail!.replace('{number}', '2')}`, {exact: true}).click();
    await page.locator(`a[href="${target}"]`).first().hover();
    await expect.poll(() => prefetched).toContain(target);
  });
}

test('pages opt in to cross-document view transitions in CSS, except for readers who ask for less motion', async ({page}) => {
  await page.goto(`/en/${release.key}/`);
  const media = await page.evaluate(
    () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((each) => each instanceof CSSMediaRule && each.cssText.includes('@view-transition'))?.cssText,
  );
  expect(media).toMatch(/@media \(prefers-reduced-motion: no-preference\)/);
  expect(media).toMatch(/@view-transition\s*\{\s*navigation: auto;?\s*\}/);
});
