import {expect, test} from '@playwright/test';
import {watchForErrors, watchLayoutShifts} from '../gates/runtime';
import {ENHANCEMENT_LOADER_SOURCE} from '@/lib/serving/security-headers';
import {ENHANCEMENT_LOADER_ATTRIBUTE} from '@/lib/site/enhancement-loader';
import {allPages, commitments, locales, release} from './site';

// Every page, in Chromium, with the server's real headers (CSP included):
// no blocked script, no console error, no uncaught exception, no console
// message of any level about a response header, and at most one
// render-blocking request.
const pages = [...allPages(), ...locales.map((locale) => `/${locale}/no-such-page/`), '/fr/'];

test.describe('with the real security headers', () => {
  // `/` shows the language choice rather than redirecting.
  test.use({locale: 'fr-BE'});

  for (const path of pages) {
    test(`${path} runs without a CSP violation, a console error or a complaint about a header`, async ({page}) => {
      const problems = await watchForErrors(page);
      const shifts = await watchLayoutShifts(page);
      const response = await page.goto(path, {waitUntil: 'networkidle'});
      // Deliberately changed: no page has an inline script to allow by its hash
      // any more; and again (issue 12): WebAssembly may compile, for search;
      // and again (issue 30): one inline script, the enhancement loader, by its hash.
      expect(response?.headers()['content-security-policy']).toContain(`script-src 'self' 'wasm-unsafe-eval' ${ENHANCEMENT_LOADER_SOURCE};`);
      // A 404 page's own status is reported by the browser; that is the point
      // of it. Over HTTP/2 (nginx) there is no reason phrase: `404 ()`.
      const own = (problem: string) => problem.endsWith(`status of 404 (Not Found) (${page.url()})`) || problem.endsWith(`status of 404 () (${page.url()})`);
      expect(problems().filter((problem) => !(response?.status() === 404 && own(problem)))).toEqual([]);
      // The first paint waits for at most one request besides the page (issue 30): the site's
      // stylesheets are one file. Chromium marks each request that blocked rendering.
      const blocking = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as Array<PerformanceResourceTiming & {renderBlockingStatus?: string}>)
          .filter((entry) => entry.renderBlockingStatus === 'blocking')
          .map((entry) => entry.name),
      );
      expect(blocking.length, blocking.join(', ')).toBeLessThanOrEqual(1);
      // A page with the enhancement loader imports its bundle, and only once
      // its first text has been painted; the buttons it shows move nothing.
      // 'networkidle' can come before the first paint on a slow machine (the
      // page loads in one go, then paints 500 ms later or more): wait for the
      // bundle to have loaded, and for a frame after it, before looking.
      await page.waitForFunction((attribute) => {
        const bundle = document.querySelector(`script[${attribute}]`)?.getAttribute(attribute);
        return !bundle || performance.getEntriesByName(new URL(bundle, location.href).href).length > 0;
      }, ENHANCEMENT_LOADER_ATTRIBUTE);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const loaded = await page.evaluate((attribute) => {
        const bundle = document.querySelector<HTMLScriptElement>(`script[${attribute}]`)?.getAttribute(attribute);
        if (!bundle) return null;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        const request = performance.getEntriesByName(new URL(bundle, location.href).href)[0]?.startTime ?? Number.NaN;
        return {fcp, request};
      }, ENHANCEMENT_LOADER_ATTRIBUTE);
      if (loaded) {
        expect(loaded.request, 'the bundle is requested after the first contentful paint').toBeGreaterThanOrEqual(loaded.fcp);
        const shifted = await shifts();
        expect(shifted.length, `layout shifts (first contentful paint at ${loaded.fcp.toFixed(0)} ms): ${shifted.join('; ')}`).toBe(0);
      }
    });
  }

  // The first frame shows the main content whole (the `rel=expect` link in
  // every page's head, lib/build/static-document.ts): a frame painted while
  // the parser waited part-way would move what it showed once the rest came
  // in. The parser is made to wait inside <main>, on a script held until the
  // page asks for a frame or a second has passed, whichever comes first;
  // without the link, Chromium asks within a few ms.
  test('the first frame waits for the main content to be parsed whole', async ({page, baseURL}) => {
    const path = `/en/${release.key}/`;
    const last = commitments('en').at(-1)!.key;
    let unhold: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (unhold = resolve));
    await page.exposeFunction('frameAsked', () => unhold());
    await page.addInitScript((id) => {
      requestAnimationFrame(() => {
        Object.assign(window, {firstFrame: {lastCommitment: document.getElementById(id) !== null}});
        (window as unknown as {frameAsked: () => void}).frameAsked();
      });
    }, last);
    await page.route(`${baseURL}${path}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<main id="main">', '<main id="main"><script src="/__parser-hold__.js"></script>');
      expect(body).toContain('__parser-hold__');
      const headers = {...response.headers()};
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({response, headers, body});
    });
    await page.route(`${baseURL}/__parser-hold__.js`, async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 1000))]);
      await route.fulfill({status: 200, contentType: 'text/javascript', body: ''});
    });
    await page.goto(path);
    await page.waitForFunction(() => 'firstFrame' in window);
    expect(await page.evaluate(() => (window as unknown as {firstFrame: unknown}).firstFrame)).toEqual({lastCommitment: true});
  });

  // The loader's other ways: a page hidden when it runs (opened in the
  // background) may never report a paint, and a browser without paint
  // timing reports none; both get their enhancements at once. The page's
  // observers are made deaf, so that waiting for the paint could never
  // load the bundle: only the way under test can show the button.
  for (const [why, setUp] of [
    [
      'on a page that is hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', {get: () => 'hidden'});
        PerformanceObserver.prototype.observe = () => undefined;
      },
    ],
    [
      'in a browser without paint timing',
      () => {
        Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {get: () => ['resource']});
        PerformanceObserver.prototype.observe = () => undefined;
      },
    ],
  ] as const) {
    test(`the loader imports the enhancements at once ${why}, and they work`, async ({page}) => {
      const problems = await watchForErrors(page);
      await page.addInitScript(setUp);
      await page.goto(`/en/${release.key}/${commitments('en')[0]!.key}/`);
      await expect(page.getByRole('button', {name: /Copy link/})).toBeVisible();
      expect(problems()).toEqual([]);
    });
  }

  test('the watch catches a script the policy blocks', async ({page, baseURL}) => {
    const problems = await watchForErrors(page);
    // A page with an inline script its policy does not list, served under the site's origin.
    await page.route(`${baseURL}/__broken__/`, (route) =>
      route.fulfill({
        status: 200,
        headers: {'Content-Type': 'text/html', 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-AAAA'"},
        body: '<!DOCTYPE html><html lang="en"><title>x</title><script>document.title = "ran"</script></html>',
      }),
    );
    await page.goto('/__broken__/');
    await expect.poll(() => problems().some((problem) => problem.startsWith('CSP violation: script-src'))).toBe(true);
    expect(await page.title()).toBe('x');
  });

  test('the watch catches a header the browser complains about, even as a warning', async ({page, baseURL}) => {
    const problems = await watchForErrors(page);
    // Features Chromium 156 no longer knows, which the site used to deny.
    await page.route(`${baseURL}/__unknown-feature__/`, (route) =>
      route.fulfill({
        status: 200,
        headers: {'Content-Type': 'text/html', 'Permissions-Policy': 'bluetooth=(), web-share=()'},
        body: '<!DOCTYPE html><html lang="en"><title>x</title></html>',
      }),
    );
    await page.goto('/__unknown-feature__/');
    await expect.poll(() => problems().some((problem) => /Permissions-Policy/.test(problem) && /bluetooth/.test(problem))).toBe(true);
  });
});
