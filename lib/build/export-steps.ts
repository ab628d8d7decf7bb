// The steps that finish Next's export once it is written (scripts/postbuild.ts
// runs them in order): each works on the export folder it is given, so each
// is tested on a small folder of its own (export-steps.test.ts).
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {gzip} from 'node:zlib';
import {routing} from '@/i18n/routing';
import {filesUnder} from '@/lib/build/build-inputs';
import {PLACEHOLDER_SEGMENT} from '@/lib/build/static-params';
import {movedPageHtml, type MovedMessages} from '@/lib/site/moved-page';
import {SITEMAP_PATH, sitemapFiles} from '@/lib/site/sitemap';

/** Text files the servers send compressed, which get a `.gz` copy. */
const COMPRESSIBLE = /\.(html|css|js|xml|txt|svg|json)$/;

/**
 * Delete the page a route exports when the site has none of its pages
 * (lib/build/static-params.ts): it is no page of the site.
 *
 * @param exportRoot The export folder.
 */
export function removePlaceholderPages(exportRoot: string): void {
  for (const locale of routing.locales) rmSync(path.join(exportRoot, locale, PLACEHOLDER_SEGMENT), {recursive: true, force: true});
}

/**
 * Copy each language's 404 document to `<language>/404.html`, which static
 * hosts send for an unknown address below the language's folder.
 *
 * @param exportRoot The export folder.
 */
export function copyNotFoundDocuments(exportRoot: string): void {
  for (const locale of routing.locales) copyFileSync(path.join(exportRoot, locale, '404', 'index.html'), path.join(exportRoot, locale, '404.html'));
}

/**
 * Leave a static page at each moved address, for hosts that cannot redirect
 * (every server answers them with a 301 first).
 *
 * @param exportRoot The export folder.
 * @param moved The moved pages (`from` ends in `/`, under a language) and where they went.
 * @param origin The site's origin, for the canonical address.
 * @param messagesFolder The folder of the languages' messages.
 */
export function writeMovedPages(exportRoot: string, moved: ReadonlyArray<{from: string; to: string}>, origin: string, messagesFolder = 'messages'): void {
  const messagesOf = new Map<string, MovedMessages>();
  for (const {from, to} of moved) {
    const locale = routing.locales.find((each) => from.startsWith(`/${each}/`));
    if (!locale) throw new Error(`moved page ${from}: not under a language of the site (${routing.locales.join(', ')})`);
    if (!messagesOf.has(locale))
      messagesOf.set(locale, (JSON.parse(readFileSync(path.join(messagesFolder, `${locale}.json`), 'utf8')) as {Moved: MovedMessages}).Moved);
    const messages = messagesOf.get(locale)!;
    mkdirSync(path.join(exportRoot, from), {recursive: true});
    writeFileSync(path.join(exportRoot, from, 'index.html'), movedPageHtml(locale, to, new URL(to, origin).href, messages));
  }
}

/**
 * Write the sitemap's parts once the site outgrows one file: Next's route
 * wrote `/sitemap.xml` from the same function, as their index then; a site
 * that fits one file needs nothing more.
 *
 * @param exportRoot The export folder.
 * @param files The sitemap's files (by default, the site's).
 * @returns The parts written.
 */
export async function writeSitemapParts(exportRoot: string, files?: Map<string, string>): Promise<string[]> {
  if (!readFileSync(path.join(exportRoot, SITEMAP_PATH), 'utf8').includes('<sitemapindex')) return [];
  const parts = [...(files ?? (await sitemapFiles()))].filter(([file]) => file !== SITEMAP_PATH);
  for (const [file, xml] of parts) writeFileSync(path.join(exportRoot, file), xml);
  return parts.map(([file]) => file);
}

/**
 * Delete the framework files no page refers to once pages are plain
 * documents: every script under `_next/` (CSS and fonts stay), and the React
 * Server Components payloads Next's client router would fetch; then the
 * folders left empty under `_next/`.
 *
 * @param exportRoot The export folder.
 * @param passBy Folders that hold no framework file (the page cache's), which are not even walked.
 * @returns The files deleted.
 */
export function removeFrameworkFiles(exportRoot: string, passBy?: (folder: string) => boolean): string[] {
  const files = filesUnder(exportRoot, passBy);
  const pages = new Set(files.filter((file) => file.endsWith('.html')));
  const framework = path.join(exportRoot, '_next') + path.sep;
  const isRscPayload = (file: string) => {
    const name = path.basename(file);
    return name.startsWith('__next.') ? name.endsWith('.txt') : name === 'index.txt' && pages.has(path.join(path.dirname(file), 'index.html'));
  };
  const removed = files.filter((file) => (file.startsWith(framework) && file.endsWith('.js')) || isRscPayload(file));
  for (const file of removed) rmSync(file);
  const removeEmptyFolders = (dir: string): void => {
    for (const name of readdirSync(dir)) if (statSync(path.join(dir, name)).isDirectory()) removeEmptyFolders(path.join(dir, name));
    if (readdirSync(dir).length === 0) rmSync(dir, {recursive: true});
  };
  if (existsSync(framework)) removeEmptyFolders(framework);
  return removed;
}

/**
 * Write a `.gz` copy (level 9) beside every text file, for nginx's
 * gzip_static and npm start, on libuv's thread pool a few files at a time.
 *
 * @param exportRoot The export folder.
 * @param skip Files already compressed (the page cache's).
 * @param passBy Folders already compressed, with all they hold, which are not even walked.
 * @returns How many copies were written.
 */
export async function precompress(exportRoot: string, skip: (file: string) => boolean = () => false, passBy?: (folder: string) => boolean): Promise<number> {
  const files = filesUnder(exportRoot, passBy).filter((each) => COMPRESSIBLE.test(each) && !skip(each));
  const compress = promisify(gzip);
  await Promise.all(
    Array.from({length: 8}, async (_, lane) => {
      for (let index = lane; index < files.length; index += 8) {
        const file = files[index]!;
        writeFileSync(`${file}.gz`, await compress(readFileSync(file), {level: 9}));
      }
    }),
  );
  return files.length;
}
