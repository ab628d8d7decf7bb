import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {allPages, locales} from './site';

// `npm start` (the web server for these tests) has built the export by now.
test.describe('the static export', () => {
  test('holds a prerendered HTML file for every page, in both languages', () => {
    for (const page of [...allPages(), ...locales.map((locale) => `/${locale}/404/`)]) {
      const file = path.join('out', page, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const lang = page === '/' ? 'nl' : page.split('/')[1];
      expect(readFileSync(file, 'utf8'), file).toContain(`<html lang="${lang}"`);
    }
    expect(existsSync(path.join('out', '404.html'))).toBe(true);
  });

  test('next build prerendered every content route at build time', () => {
    // The build's own record (postbuild copies it from .next/, which any later build, a test's included, replaces).
    const manifest = JSON.parse(readFileSync(path.join('build', 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, unknown>;
      dynamicRoutes: Record<string, {fallback: unknown}>;
    };
    const prerendered = new Set(Object.keys(manifest.routes));
    for (const page of allPages()) {
      const route = page === '/' ? '/' : page.replace(/\/$/, '');
      expect(prerendered.has(route), route).toBe(true);
    }
    // No dynamic route may render on request: each one's fallback is off.
    for (const [route, entry] of Object.entries(manifest.dynamicRoutes)) {
      expect(entry.fallback, route).toBe(false);
    }
  });
});
