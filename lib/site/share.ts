import {getTranslations} from 'next-intl/server';
import type {ComponentProps} from 'react';
import {MAX_COUNTRY_CHIPS, type default as ShareCard} from '@/lib/site/share-card';
import {routing, type Locale} from '@/i18n/routing';
import {siteConfig} from '@/lib/site/publisher';
import {countryNames} from '@/lib/site/countries';
import {isPublished, previewing, type Release, type Section} from '@/lib/site/releases';
import {datelineText, embargoParts, publicationTime, type Translate} from '@/lib/site/dates';
import {perLocale} from '@/lib/site/intl';
import {commitmentImagePath, releaseImagePath, siteImagePath} from '@/lib/site/routes';

const conjunction = perLocale((intlLocale) => new Intl.ListFormat(intlLocale, {type: 'conjunction'}));

// The card's size lives with the card (drawn without loading this module's
// next-intl and site configuration); pages and the cache key read it here.
export {SHARE_IMAGE_SIZE} from '@/lib/site/share-card';

/**
 * What a share image shows, and its text alternative: the statement as a
 * whole, or one commitment when `section` is given.
 *
 * @param locale The language of the image.
 * @param release The release.
 * @param section The commitment, if the image is for one.
 * @param translate Where the messages come from (next-intl's, by default).
 */
export async function shareCard(
  locale: Locale,
  release: Release,
  section?: Section,
  translate: Translate = getTranslations,
): Promise<{card: ComponentProps<typeof ShareCard>; alt: string}> {
  const t = await translate({locale, namespace: 'ShareCard'});
  const intl = (await translate({locale, namespace: 'Locale'}))('intl');
  const {meta} = release.versions[locale];
  const dateline = await datelineText(locale, meta, translate);
  const heading = section?.title ?? meta.title;
  const names = countryNames(release.countries, intl);
  const card = {
    countries: release.countries.map((code, index) => ({code, name: names[index]!})),
    // In the preview for journalists, an embargoed release's card says until when.
    ...(previewing() && !isPublished(release)
      ? {banner: (await translate({locale, namespace: 'Preview'}))('embargo', embargoParts(release.embargo!, intl))}
      : {}),
    // Too many for chips: their count instead ("28 countries").
    ...(release.countries.length > MAX_COUNTRY_CHIPS ? {countryCount: t('countryCount', {count: release.countries.length})} : {}),
    ...(section?.number === undefined ? {} : {label: t('commitment', {number: section.number}), number: section.number}),
    heading,
    dateline,
    title: meta.title,
  };
  const countries = conjunction(intl).format(names);
  // An issuer without a country (an international body) gives no countries to name.
  return {card, alt: t(names.length > 0 ? 'alt' : 'altWithoutCountries', {title: card.label ? `${card.label}: ${heading}` : heading, dateline, countries})};
}

/**
 * What the site's own share image shows, and its text alternative: the
 * site's title over the publishing office's name, in one language, or in
 * every language for the bilingual `/`.
 *
 * @param locale The language of the image; none for `/`.
 * @param translate Where the messages come from (next-intl's, by default).
 */
export async function siteShareCard(locale?: Locale, translate: Translate = getTranslations): Promise<{card: ComponentProps<typeof ShareCard>; alt: string}> {
  const locales = locale ? [locale] : routing.locales;
  const titles = await Promise.all(locales.map(async (each) => (await translate({locale: each, namespace: 'Layout'}))('siteName')));
  const offices = locales.map((each) => siteConfig().publisher.name[each]);
  const card = {countries: [], heading: titles.join(' · '), dateline: offices.join(' · '), title: titles.join(' · ')};
  const t = await translate({locale: locale ?? routing.defaultLocale, namespace: 'ShareCard'});
  return {card, alt: t('siteAlt', {title: card.heading, office: card.dateline})};
}

/** The site's share image for a page that is not a release: its path and text alternative. */
export async function siteShareImage(locale?: Locale): Promise<{url: string; alt: string}> {
  return {url: siteImagePath(locale), alt: (await siteShareCard(locale)).alt};
}

/**
 * What a page's metadata says of its share image: when the release was
 * published (an ISO instant), the image's path and its text alternative. For the statement's image, or one
 * commitment's when `section` is given.
 *
 * @param locale The page's language.
 * @param release The release.
 * @param section The commitment, if the page is one.
 */
export async function shareArticle(locale: Locale, release: Release, section?: Section): Promise<{published: string; image: string; imageAlt: string}> {
  const {alt} = await shareCard(locale, release, section);
  const image = section ? commitmentImagePath(locale, release.key, section.key) : releaseImagePath(locale, release.key);
  return {published: publicationTime(release).toISOString(), image, imageAlt: alt};
}

/**
 * The citation a journalist copies for a headed section, in one language: a
 * commitment by its number, a plain section by its heading alone; an
 * unsigned release under its issuer's name.
 *
 * @param locale The language of the citation.
 * @param release The release.
 * @param section The commitment or section quoted.
 * @param url Its page's absolute URL, appended to the citation.
 */
export async function citationText(locale: Locale, release: Release, section: Section, url: string): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Citation'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  const {meta} = release.versions[locale];
  const authors = meta.authors.length > 0 ? conjunction(intl).format(meta.authors.map((author) => author.name)) : meta.issuer;
  const text = t(section.number === undefined ? 'textSection' : 'text', {
    authors,
    genre: meta.genre ?? t('genre'),
    dateline: await datelineText(locale, meta),
    number: section.number ?? 0,
    quote: section.title ?? '',
  });
  return `${text} ${url}`;
}
