import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {allPages, locales} from './site';

// WCAG 2.2 A and AA, and axe's best practices (landmarks, one main, heading order …).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

// Every page, not a sample, plus the 404 pages.
const pages = [...allPages(), ...locales.map((locale) => `/${locale}/no-such-page/`), '/fr/'];

test.describe('WCAG 2.2 AA and best practices', () => {
  for (const path of pages) {
    test(`axe finds no violation on ${path}`, async ({page}) => {
      await page.goto(path);
      const results = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('axe catches an unlabeled control', async ({page}) => {
  await page.setContent('<!DOCTYPE html><html lang="en"><head><title>Form</title></head><body><main><h1>Form</h1><input type="text"></main></body></html>');
  const results = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toContain('label');
});
