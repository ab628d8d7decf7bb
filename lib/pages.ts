import {routing, type Locale} from '@/i18n/routing';
import {getReleases, type Release} from '@/lib/releases';
import {archivePages} from '@/lib/archive';
import {archiveIndexPath, archivePath, commitmentPath, homePath, releasePath, searchPath, sideBySidePath} from '@/lib/routes';

/**
 * Every page of the site that exists in each language, as its path in a
 * given language: what the sitemap lists.
 */
export function sitePages(): Array<{pathFor: (locale: Locale) => string; date?: string}> {
  return [
    {pathFor: homePath, date: newest(getReleases())},
    {pathFor: archiveIndexPath, date: newest(getReleases())},
    {pathFor: searchPath},
    ...archivePages(getReleases()).map((page) => ({pathFor: (locale: Locale) => archivePath(locale, page.year, page.page), date: newest(page.releases)})),
    ...getReleases().flatMap((release) => [
      {pathFor: (locale: Locale) => releasePath(locale, release.key), date: release.updated ?? release.date},
      {pathFor: (locale: Locale) => sideBySidePath(locale, release.key), date: release.updated ?? release.date},
      ...release.versions[routing.defaultLocale].commitments.map((section) => ({
        pathFor: (locale: Locale) => commitmentPath(locale, release.key, section.key),
        date: release.updated ?? release.date,
      })),
    ]),
  ];
}

/** When a list of releases last changed: its newest publication or correction. */
function newest(releases: readonly Release[]): string | undefined {
  return releases
    .map((release) => release.updated ?? release.date)
    .sort()
    .at(-1);
}
