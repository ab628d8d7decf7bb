import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {allPages, locales} from './site';

// WCAG 2.2 A and AA, and axe's best practices (landmarks, one main, heading order …).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

// Every page, not a sample, plus the 404 pages.
const pages = [...allPages(), ...locales.map((locale) => `/${locale}/no-such-page/`), '/fr/'];

test.describe('WCAG 2.2 AA and best practices', () => {
  for (const path of pages) {
    test(`axe finds no violation on ${path}, in the light and the dark scheme`, async ({page}) => {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme});
        const results = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
          colorScheme,
        ).toEqual([]);
      }
    });
  }
});

test("the reader's colour scheme sets the page's: dark paper and light text in the dark scheme", async ({page}) => {
  await page.goto('/en/');
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  await page.emulateMedia({colorScheme: 'light'});
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(27, 27, 27)']);
  await page.emulateMedia({colorScheme: 'dark'});
  expect(await colours()).toEqual(['rgb(18, 18, 18)', 'rgb(232, 230, 227)']);
});

test('axe catches an unlabeled control', async ({page}) => {
  await page.setContent('<!DOCTYPE html><html lang="en"><head><title>Form</title></head><body><main><h1>Form</h1><input type="text"></main></body></html>');
  const results = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toContain('label');
});
