import type {MetadataRoute} from 'next';
import {routing} from '@/i18n/routing';
import {releaseTime} from '@/lib/dates';
import {sitePages} from '@/lib/pages';
import {absoluteUrl} from '@/lib/site';

export const dynamic = 'force-static';

// Every page in every language, each with its alternates in all languages.
export default function sitemap(): MetadataRoute.Sitemap {
  const languages = (pathFor: (locale: (typeof routing.locales)[number]) => string) =>
    Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(pathFor(locale))]));
  return [
    {url: absoluteUrl('/'), alternates: {languages: {...languages((locale) => `/${locale}/`), 'x-default': absoluteUrl('/')}}},
    ...sitePages().flatMap(({pathFor, date}) =>
      routing.locales.map((locale) => ({
        url: absoluteUrl(pathFor(locale)),
        ...(date ? {lastModified: releaseTime(date)} : {}),
        alternates: {languages: {...languages(pathFor), 'x-default': absoluteUrl('/')}},
      })),
    ),
  ];
}
