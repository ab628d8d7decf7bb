// The cost of one share image, measured in process with the code the share
// image step runs (lib/build/share-render.ts): Satori laying ShareCard out with the
// shipped fonts, sharp rasterizing and encoding it. The build renders one per
// statement and per commitment in each language, so this is the figure that
// scales with content.
import {readFileSync} from 'node:fs';
import type {Locale} from '@/i18n/routing';
import type {Release} from '@/lib/site/releases';
import {shareCard} from '@/lib/site/share';
import {messageTranslate} from '@/lib/build/share-images';
import {renderShareCard} from '@/lib/build/share-render';

export interface ShareImageCost {
  /** Median time to render one PNG, in ms. */
  ms: number;
  renders: number;
  /** Whether the PNG is byte for byte the one the build exported. */
  matchesExport: boolean | undefined;
}

/**
 * Render a release's statement share image `renders` times, after one
 * warm-up, and take the median.
 *
 * @param locale The language of the image.
 * @param release The release (the real statement, for a representative image).
 * @param renders How many timed renders.
 * @param exported The PNG the build wrote for it, to confirm it is the same image.
 */
export async function measureShareImage(locale: Locale, release: Release, renders = 20, exported?: string): Promise<ShareImageCost> {
  const {card} = await shareCard(locale, release, undefined, messageTranslate);
  const render = () => renderShareCard(card);
  const first = await render();
  const times: number[] = [];
  for (let run = 0; run < renders; run++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)]!,
    renders,
    matchesExport: exported ? first.equals(readFileSync(exported)) : undefined,
  };
}
