// Share images, rendered once. Each PNG is kept in a cache folder outside the
// export under a hash of everything it shows (the card's text and language,
// its size, the fonts) and of what draws it (ShareCard, lib/build/share-render.ts,
// the versions of Satori, sharp, libvips and librsvg); a build copies what
// the cache holds and renders only new or changed images, on every core when
// there are many (worker threads, lib/build/worker-pool.ts). `npm run build` runs
// this after `next build` (scripts/share-images.ts): Next renders none of
// them.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {createTranslator, type AbstractIntlMessages} from 'next-intl';
import sharp from 'sharp';
import {routing, type Locale} from '@/i18n/routing';
import {buildInputs, hashInputs} from '@/lib/build/build-inputs';
import {isSameFile, linkOrCopyFile} from '@/lib/build/linked-copy';
import type {Translate} from '@/lib/site/dates';
import type {Release} from '@/lib/site/releases';
import {commitmentImagePath, releaseImagePath, siteImagePath} from '@/lib/site/routes';
import {SHARE_IMAGE_SIZE, shareCard, siteShareCard} from '@/lib/site/share';
import {handle as drawShareImage, type RenderJob, type ShareCardProps} from '@/lib/build/share-render';
import {runJobs, workerCount} from '@/lib/build/worker-pool';

/** One share image of the export: its URL path and what it shows. */
interface ShareImage {
  /** `/nl/<release>/share.png` or `/nl/<release>/<commitment>/share.png`. */
  path: string;
  locale: Locale;
  card: ShareCardProps;
}

/** What a run wrote: the URL paths it rendered, and how many it copied from the cache. */
export interface ShareImageReport {
  rendered: string[];
  cached: number;
}

/**
 * The cache folder: `SHARE_CACHE_DIR` when set (tests point it elsewhere),
 * otherwise `.cache/share-images` in the project. Safe to delete.
 */
export function shareCacheDirectory(): string {
  return path.resolve(process.env.SHARE_CACHE_DIR || path.join('.cache', 'share-images'));
}

// Outside Next there is no request context for next-intl's getTranslations:
// shareCard gets a translator over the same message files instead, each file
// read and each translator made once per run (a translator keeps the
// messages it has compiled: made again for each of 12,000 cards, it compiled
// them again, about a second at 1,000 releases).
const messageFiles = new Map<string, AbstractIntlMessages>();
const translators = new Map<string, Awaited<ReturnType<Translate>>>();
export const messageTranslate: Translate = async ({locale, namespace}) => {
  let messages = messageFiles.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as AbstractIntlMessages;
    messageFiles.set(locale, messages);
  }
  const key = `${locale}\0${namespace}`;
  let translator = translators.get(key);
  if (!translator) translators.set(key, (translator = createTranslator({locale, messages, namespace}) as Awaited<ReturnType<Translate>>));
  return translator;
};

/** Every share image of these releases: the statement's and each commitment's, in each language. */
async function shareImages(releases: Release[], translate: Translate = messageTranslate): Promise<ShareImage[]> {
  const images: ShareImage[] = [];
  for (const locale of routing.locales) {
    for (const release of releases) {
      images.push({path: releaseImagePath(locale, release.key), locale, card: (await shareCard(locale, release, undefined, translate)).card});
      for (const section of release.versions[locale].headedSections) {
        images.push({path: commitmentImagePath(locale, release.key, section.key), locale, card: (await shareCard(locale, release, section, translate)).card});
      }
    }
  }
  return images;
}

// The code an image depends on, besides what it shows, and the renderers'
// versions (sharp's libraries are not in the lock file): read once per run.
let codeHash: string | undefined;
function drawingCodeHash(): string {
  if (codeHash) return codeHash;
  const satori = JSON.parse(readFileSync(path.join('node_modules', 'satori', 'package.json'), 'utf8')) as {version: string};
  const {versions} = sharp;
  codeHash = hashInputs(buildInputs().drawing, {
    salt: `satori ${satori.version}\0sharp ${versions.sharp} (libvips ${versions.vips}, librsvg ${versions.rsvg})`,
  });
  return codeHash;
}

/** The cache key of an image: a hash of what it shows and of the code that draws it. */
function shareImageKey(image: Pick<ShareImage, 'locale' | 'card'>): string {
  return createHash('sha256')
    .update(drawingCodeHash())
    .update(JSON.stringify({locale: image.locale, size: SHARE_IMAGE_SIZE, card: image.card}))
    .digest('hex');
}

/**
 * Write every share image of these releases into the export, from the cache
 * where it holds the image, rendering (and caching) the rest.
 *
 * @param releases The releases of the export.
 * @param exportRoot The export folder (`out/`).
 * @param cacheRoot The cache folder.
 */
export async function writeShareImages(releases: Release[], exportRoot: string, cacheRoot: string = shareCacheDirectory()): Promise<ShareImageReport> {
  return writeImages(await shareImages(releases), exportRoot, cacheRoot);
}

/**
 * Write the site's own share images (each language's, and the bilingual
 * one for `/`) into the export, through the same cache.
 *
 * @param exportRoot The export folder (`out/`).
 * @param cacheRoot The cache folder.
 */
export async function writeSiteImages(exportRoot: string, cacheRoot: string = shareCacheDirectory()): Promise<ShareImageReport> {
  const images = await Promise.all(
    [...routing.locales, undefined].map(async (locale) => ({
      path: siteImagePath(locale),
      locale: locale ?? routing.defaultLocale,
      card: (await siteShareCard(locale, messageTranslate)).card,
    })),
  );
  return writeImages(images, exportRoot, cacheRoot);
}

/**
 * From this many images a build draws them on worker threads, one per core.
 * Below it, starting the workers (about 0.8 s each, loading tsx, React and
 * the renderer) costs more than it saves: measured on two cores, 120 images
 * took 3.4 s in the build's own thread and 3.6 s on two workers, 480 took
 * 11.9 s and 8.7 s.
 */
const POOL_FROM = 200;

async function writeImages(images: ShareImage[], exportRoot: string, cacheRoot: string): Promise<ShareImageReport> {
  mkdirSync(cacheRoot, {recursive: true});
  const report: ShareImageReport = {rendered: [], cached: 0};
  const cachedFiles = images.map((image) => path.join(cacheRoot, `${shareImageKey(image)}.png`));
  const jobs: RenderJob[] = [];
  const pending = new Set<string>();
  images.forEach((image, index) => {
    const file = cachedFiles[index]!;
    // Two images that show the same thing share one cache file, drawn once.
    if (existsSync(file) || pending.has(file)) {
      report.cached++;
    } else {
      pending.add(file);
      jobs.push({card: image.card, file, path: image.path});
      report.rendered.push(image.path);
    }
  });
  await runJobs({url: new URL('./share-render.ts', import.meta.url), handle: drawShareImage}, jobs, workerCount(jobs.length, POOL_FROM));
  // Each folder made once, not once an image (12 images a release).
  const folders = new Set<string>();
  images.forEach((image, index) => {
    const target = path.join(exportRoot, ...image.path.split('/'));
    // Already in place: the folders of unchanged releases move back whole
    // from the export being replaced (scripts/page-cache.ts), with their
    // images linked to the cache. Replacing each of 12,000 links again
    // took about 0.1 s of this step's 0.6 at 1,000 releases.
    if (isSameFile(target, cachedFiles[index]!)) return;
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, {recursive: true});
    folders.add(folder);
    // A link cannot replace a file: another image already there goes first.
    rmSync(target, {force: true});
    linkOrCopyFile(cachedFiles[index]!, target);
  });
  return report;
}
