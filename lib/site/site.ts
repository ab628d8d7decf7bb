import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {feedPath} from '@/lib/site/routes';
import {SHARE_IMAGE_SIZE, siteShareImage} from '@/lib/site/share';
import {buildOrigin} from '@/lib/site/site-origin';

/**
 * The origin the site is published at, for absolute URLs in metadata, feeds
 * and citations: `SITE_ORIGIN`, which a deployment build requires
 * (lib/site/site-origin.ts); `npm start` sets it to its own address.
 */
export const siteOrigin = new URL(buildOrigin(process.env.SITE_ORIGIN));

/** An absolute URL on the site for a path. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin).href;
}

/**
 * Metadata alternates for a page that exists in every locale: its canonical
 * URL, one `hreflang` link per locale and `x-default` pointing at `/`.
 *
 * @param locale The page's own locale (none for `/`).
 * @param pathFor The page's path in a given locale.
 */
export function languageAlternates(locale: Locale | undefined, pathFor: (locale: Locale) => string): NonNullable<Metadata['alternates']> {
  return {
    canonical: locale ? pathFor(locale) : '/',
    languages: {
      ...Object.fromEntries(routing.locales.map((each) => [each, pathFor(each)])),
      'x-default': '/',
    },
  };
}

interface PageMetadata {
  locale: Locale;
  pathFor: (locale: Locale) => string;
  title: string;
  description: string;
  /** Statements and commitments are articles, with a date and a share image of their own; other pages show the site's. */
  article?: {published: string; image: string; imageAlt: string};
}

/**
 * Everything a page of one language tells browsers, search engines and
 * social networks: title, description, canonical and language alternates,
 * the language's feed, Open Graph and the X (Twitter) card.
 *
 * @param page What the page is.
 */
export async function pageMetadata({locale, pathFor, title, description, article}: PageMetadata): Promise<Metadata> {
  const [layout, feed] = await Promise.all([getTranslations({locale, namespace: 'Layout'}), getTranslations({locale, namespace: 'Feed'})]);
  const ogLocale = async (each: Locale) => (await getTranslations({locale: each, namespace: 'Locale'}))('intl').replace('-', '_');
  const image = article ? {url: article.image, alt: article.imageAlt} : await siteShareImage(locale);
  const images = [{...image, ...SHARE_IMAGE_SIZE, type: 'image/png'}];
  return {
    title,
    description,
    alternates: {
      ...languageAlternates(locale, pathFor),
      types: {'application/atom+xml': [{url: feedPath(locale), title: feed('title')}]},
    },
    openGraph: {
      type: article ? 'article' : 'website',
      siteName: layout('siteName'),
      title,
      description,
      url: pathFor(locale),
      locale: await ogLocale(locale),
      alternateLocale: await Promise.all(routing.locales.filter((each) => each !== locale).map(ogLocale)),
      images,
      ...(article ? {publishedTime: article.published} : {}),
    },
    // X reads the title, description and image from Open Graph: only the card's kind is its own.
    twitter: {card: 'summary_large_image'},
  };
}
