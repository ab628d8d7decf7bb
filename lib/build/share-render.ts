// Drawing one share image: Satori lays ShareCard out into an SVG (its text as
// glyph outlines, in the share fonts), and sharp rasterizes that SVG with
// librsvg and encodes the PNG. Both are named, with their versions, in each
// image's cache key (lib/build/share-images.ts). The same pair drew the images
// through next/og before, which adds a few milliseconds of its own an image
// (BENCHMARKS.md, "Share image renderers"). Kept apart from the cache and the
// list of images so that the worker threads a large build draws on
// (lib/build/worker-pool.ts) load only what draws.
import {renameSync, writeFileSync} from 'node:fs';
import {threadId} from 'node:worker_threads';
import {createElement, type ComponentProps} from 'react';
import satori from 'satori';
import sharp from 'sharp';
import ShareCard, {SHARE_IMAGE_SIZE} from '@/lib/site/share-card';
import {shareFonts} from '@/lib/build/share-fonts';

export type ShareCardProps = ComponentProps<typeof ShareCard>;

/** Render one card to PNG bytes. */
export async function renderShareCard(card: ShareCardProps): Promise<Buffer> {
  const svg = await satori(createElement(ShareCard, card), {...SHARE_IMAGE_SIZE, fonts: await shareFonts()});
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Render one card into a file, whole or not at all: a build stopped halfway
 * leaves no broken image behind.
 */
export async function renderShareCardTo(card: ShareCardProps, file: string): Promise<void> {
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, await renderShareCard(card));
  renameSync(partial, file);
}

/** One image to draw: the card, the cache file it goes to, and its URL path (named in errors). */
export interface RenderJob {
  card: ShareCardProps;
  file: string;
  path: string;
}

/** Draw one job's card into its file: what each worker of the pool does (lib/build/worker-pool.ts). */
export async function handle(job: RenderJob): Promise<void> {
  try {
    await renderShareCardTo(job.card, job.file);
  } catch (error) {
    throw new Error(`share image ${job.path} could not be drawn: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
