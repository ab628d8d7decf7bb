import type {ContactPoint, Country, NewsArticle, Organization, Person, WithContext} from 'schema-dts';
import {routing, type Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/site/releases';
import {countryNames} from '@/lib/site/countries';
import {lastChange, publicationTime} from '@/lib/site/dates';
import {commitmentImagePath, commitmentPath, releaseImagePath, releasePath} from '@/lib/site/routes';
import {absoluteUrl} from '@/lib/site/site';

// The site's icon (app/icon.svg), exported at the root.
const PUBLISHER_LOGO = '/icon.svg';

function base(release: Release, locale: Locale) {
  const {meta} = release.versions[locale];
  return {
    datePublished: publicationTime(release).toISOString(),
    // The newest correction, or the publication when there is none.
    dateModified: lastChange(release),
    inLanguage: locale,
    locationCreated: {'@type': 'Place', name: meta.place},
    // The countries the release is from, named in the page's language.
    countryOfOrigin: countryNames(release.countries, locale).map((name, index): Country => ({'@type': 'Country', name, identifier: release.countries[index]!})),
    publisher: {
      '@type': 'Organization',
      name: meta.issuer,
      // The press office's site, and its emblem (the site's icon).
      url: absoluteUrl('/'),
      logo: {'@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO)},
      // The release's press contacts, in the page's language.
      ...(meta.contacts.length > 0
        ? {
            contactPoint: meta.contacts.map((contact): ContactPoint => ({
              '@type': 'ContactPoint',
              contactType: 'press',
              name: contact.name,
              description: contact.role,
              ...(contact.email ? {email: contact.email} : {}),
              // schema.org takes one number as text, several as a list.
              ...(contact.telephones.length > 0 ? {telephone: contact.telephones.length === 1 ? contact.telephones[0]! : contact.telephones} : {}),
            })),
          }
        : {}),
    },
    // An unsigned release is its issuing organisation's.
    author:
      meta.authors.length > 0
        ? meta.authors.map((author): Person => ({'@type': 'Person', name: author.name, jobTitle: author.role}))
        : [{'@type': 'Organization', name: meta.issuer} satisfies Organization],
  } as const;
}

/**
 * The statement as a schema.org `NewsArticle`: its headed sections (commitments, numbered, and plain sections) as parts, its
 * other language versions as translations.
 *
 * @param release The release.
 * @param locale The page's language.
 */
export function statementJsonLd(release: Release, locale: Locale): WithContext<NewsArticle> {
  const url = absoluteUrl(releasePath(locale, release.key));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    // The page is about this article: its address is the page's.
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    headline: release.versions[locale].meta.title,
    description: release.versions[locale].meta.description,
    image: absoluteUrl(releaseImagePath(locale, release.key)),
    ...base(release, locale),
    hasPart: release.versions[locale].headedSections.map((section) => ({
      '@type': 'NewsArticle',
      '@id': absoluteUrl(commitmentPath(locale, release.key, section.key)),
      headline: section.title ?? '',
      position: section.number,
    })),
    workTranslation: routing.locales
      .filter((each) => each !== locale)
      .map((each) => ({'@type': 'NewsArticle', '@id': absoluteUrl(releasePath(each, release.key)), inLanguage: each})),
  };
}

/**
 * One headed section (a commitment or a plain section) as a schema.org
 * `NewsArticle`, part of its statement, with the same section in the other
 * languages as translations.
 *
 * @param release The release.
 * @param section The commitment.
 * @param locale The page's language.
 */
export function commitmentJsonLd(release: Release, section: Section, locale: Locale): WithContext<NewsArticle> {
  const url = absoluteUrl(commitmentPath(locale, release.key, section.key));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    headline: section.title ?? '',
    position: section.number,
    image: absoluteUrl(commitmentImagePath(locale, release.key, section.key)),
    ...base(release, locale),
    isPartOf: {'@type': 'NewsArticle', '@id': absoluteUrl(releasePath(locale, release.key)), headline: release.versions[locale].meta.title},
    workTranslation: routing.locales
      .filter((each) => each !== locale)
      .map((each) => ({'@type': 'NewsArticle', '@id': absoluteUrl(commitmentPath(each, release.key, section.key)), inLanguage: each})),
  };
}
