// `npm run screenshots`: a full-page picture of every kind of page, in each
// language, at a phone's width and a desktop's, in the light and the dark
// colour scheme, and one of its first screen (`-top`), into screenshots/
// (ignored by git), for a reviewer to look at. Nothing compares them: they show what the tests cannot judge.
import {existsSync, mkdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {chromium, type Browser} from '@playwright/test';
import {routing} from '../i18n/routing';
import {archivePages} from '@/lib/site/archive';
import {getReleases} from '@/lib/site/releases';
import {accessibilityPath, archiveIndexPath, archivePath, commitmentPath, homePath, releasePath, searchPath, sideBySidePath} from '@/lib/site/routes';
import {CHROMIUM_LAUNCH} from '../tests/support/chromium';
import {staleExportReason} from './export-info';
import {exportFolder} from './folders';
import {createSiteHandler} from './serve';

const FOLDER = 'screenshots';
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
// An address no page has, to be answered with a 404 page.
const UNKNOWN = 'no-such-page/';

interface Shot {
  /** The file name's start: the kind of page, and its language when it has one. */
  name: string;
  path: string;
  status: number;
  /** What to wait for before the picture, beyond the page's load. */
  ready?: string;
}

/** Every kind of page, from the newest release: one of each, in each language. */
function shots(): Shot[] {
  const releases = getReleases();
  const release = releases[0];
  const year = archivePages(releases)[0];
  if (!release || !year) throw new Error('no release in the content folder');
  return [
    {name: 'language-choice', path: '/', status: 200},
    {name: 'not-found', path: `/${UNKNOWN}`, status: 404},
    ...routing.locales.flatMap((locale) => {
      const version = release.versions[locale];
      // A word of the release's title, so that the search page shows a result.
      const query = version.meta.title.split(' ')[0]!;
      return [
        {name: `home-${locale}`, path: homePath(locale), status: 200},
        {name: `statement-${locale}`, path: releasePath(locale, release.key), status: 200},
        {name: `commitment-${locale}`, path: commitmentPath(locale, release.key, version.commitments[0]!.key), status: 200},
        {name: `side-by-side-${locale}`, path: sideBySidePath(locale, release.key), status: 200},
        {name: `archive-${locale}`, path: archiveIndexPath(locale), status: 200},
        {name: `archive-year-${locale}`, path: archivePath(locale, year.year), status: 200},
        {name: `accessibility-${locale}`, path: accessibilityPath(locale), status: 200},
        {name: `search-${locale}`, path: `${searchPath(locale)}?q=${encodeURIComponent(query)}`, status: 200, ready: 'ol.search-results > li'},
        {name: `not-found-${locale}`, path: `${homePath(locale)}${UNKNOWN}`, status: 404},
      ];
    }),
  ];
}

/** Take every shot at one width in one colour scheme; returns the files written. */
async function takeAll(browser: Browser, origin: string, width: number, scheme: (typeof SCHEMES)[number]): Promise<string[]> {
  // A language the site does not have, so that `/` stays on the language
  // choice instead of sending the browser on; no motion, so no half-faded page.
  const context = await browser.newContext({viewport: {width, height: 800}, colorScheme: scheme, locale: 'fr-BE', reducedMotion: 'reduce'});
  const page = await context.newPage();
  const files: string[] = [];
  for (const shot of shots()) {
    const response = await page.goto(`${origin}${shot.path}`, {waitUntil: 'load'});
    if (response?.status() !== shot.status) throw new Error(`${shot.path} answered ${response?.status()}, not ${shot.status}`);
    if (shot.ready) await page.locator(shot.ready).first().waitFor({timeout: 10_000});
    await page.evaluate(() => document.fonts.ready);
    // The whole page, and the first screen of it as a reader sees it on arrival.
    const file = path.join(FOLDER, `${shot.name}-${width}-${scheme}.png`);
    const top = path.join(FOLDER, `${shot.name}-${width}-${scheme}-top.png`);
    await page.screenshot({path: file, fullPage: true});
    await page.screenshot({path: top});
    files.push(file, top);
  }
  await context.close();
  return files;
}

async function main(): Promise<void> {
  const root = exportFolder();
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`No export in ${path.relative(process.cwd(), root)}/: run npm run build first.`);
    process.exit(1);
  }
  const stale = staleExportReason(process.cwd(), process.env.CONTENT_DIR || 'content');
  if (stale) console.warn(`Note: ${stale}; these pictures show the export as it was built (npm run build makes it current).`);
  rmSync(FOLDER, {recursive: true, force: true});
  mkdirSync(FOLDER);

  // The export as `npm start` serves it (its 404 pages included), in this
  // process and on a free port: no build, and nothing left running.
  const server = createServer(createSiteHandler(root));
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const started = Date.now();
  try {
    // Two at a time: the widths side by side, each in both schemes.
    const files = (
      await Promise.all(
        WIDTHS.map(async (width) => {
          const written: string[] = [];
          for (const scheme of SCHEMES) written.push(...(await takeAll(browser, origin, width, scheme)));
          return written;
        }),
      )
    ).flat();
    console.log(`${files.length} screenshots in ${FOLDER}/ (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
