// The cost of one share image, measured in process with the code the share
// routes run: next/og (Satori and resvg) rendering ShareCard with the
// shipped fonts (createElement, as this file is plain TypeScript). The build renders one per statement and per commitment in
// each language, so this is the figure that scales with content.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createTranslator, type AbstractIntlMessages} from 'next-intl';
import {ImageResponse} from 'next/og';
import {createElement} from 'react';
import ShareCard from '@/components/ShareCard';
import type {Locale} from '@/i18n/routing';
import type {Release} from '@/lib/content';
import {formatDate} from '@/lib/dates';
import {SHARE_IMAGE_SIZE} from '@/lib/share';
import {shareFonts} from '@/lib/share-fonts';

export interface ShareImageCost {
  /** Median time to render one PNG, in ms. */
  ms: number;
  renders: number;
  /** Whether the PNG is byte for byte the one the build exported. */
  matchesExport: boolean | undefined;
}

// `shareCard` in lib/share.ts asks next-intl's getTranslations, which only
// works inside Next's server runtime; the same messages are formatted here
// with the translator next-intl is built on.
function statementCard(locale: Locale, release: Release) {
  const messages = JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as AbstractIntlMessages;
  const {meta} = release.versions[locale];
  const t = createTranslator({locale, messages}) as (key: string, values?: Record<string, string>) => string;
  return {
    countries: t('ShareCard.countries'),
    heading: meta.title,
    dateline: t('ReleaseHeader.dateline', {place: meta.place, date: formatDate(meta.date, t('Locale.intl'))}),
    title: meta.title,
  };
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
  const card = statementCard(locale, release);
  const render = async () => Buffer.from(await new ImageResponse(createElement(ShareCard, card), {...SHARE_IMAGE_SIZE, fonts: await shareFonts()}).arrayBuffer());
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
