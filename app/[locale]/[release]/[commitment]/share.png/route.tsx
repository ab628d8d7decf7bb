import {ImageResponse} from 'next/og';
import ShareCard from '@/components/ShareCard';
import {isLocale} from '@/i18n/routing';
import {findRelease} from '@/lib/releases';
import {SHARE_IMAGE_SIZE, shareCard} from '@/lib/share';
import {shareFonts} from '@/lib/share-fonts';
import {commitmentParams} from '@/lib/static-params';

// Made once at build time and exported as a file.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = commitmentParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string; release: string; commitment: string}>}) {
  const {locale, release: key, commitment} = await params;
  if (!isLocale(locale)) return new Response('Not found', {status: 404});
  const release = findRelease(key);
  const section = release?.versions[locale].commitments.find((each) => each.key === commitment);
  if (!release || !section) return new Response('Not found', {status: 404});
  const {card} = await shareCard(locale, release, section);
  return new ImageResponse(<ShareCard {...card} />, {...SHARE_IMAGE_SIZE, fonts: await shareFonts()});
}
