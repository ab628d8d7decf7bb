import {routing, type Locale} from '@/i18n/routing';
import {getReleases} from '@/lib/releases';
import {commitmentPath, homePath, releasePath, sideBySidePath} from '@/lib/routes';

/**
 * Every page of the site that exists in each language, as its path in a
 * given language: what the sitemap lists.
 */
export function sitePages(): Array<{pathFor: (locale: Locale) => string; date?: string}> {
  return [
    {pathFor: homePath, date: getReleases()[0]?.date},
    ...getReleases().flatMap((release) => [
      {pathFor: (locale: Locale) => releasePath(locale, release.key), date: release.date},
      {pathFor: (locale: Locale) => sideBySidePath(locale, release.key), date: release.date},
      ...release.versions[routing.defaultLocale].commitments.map((section) => ({
        pathFor: (locale: Locale) => commitmentPath(locale, release.key, section.key),
        date: release.date,
      })),
    ]),
  ];
}
