import {routing, type Locale} from '@/i18n/routing';
import {lastChange} from '@/lib/site/dates';
import {getReleases, type Release} from '@/lib/site/releases';
import {archivePages} from '@/lib/site/archive';
import {accessibilityPath, archiveIndexPath, archivePath, commitmentPath, homePath, releasePath, searchPath, sideBySidePath} from '@/lib/site/routes';

/**
 * Every page of the site that exists in each language, as its path in a
 * given language: what the sitemap lists, and the ledger of published addresses.
 *
 * @param releases The releases, newest first; the content folder's by default.
 */
export function sitePages(releases: readonly Release[] = getReleases()): Array<{pathFor: (locale: Locale) => string; date?: string}> {
  return [
    {pathFor: homePath, date: newest(releases)},
    {pathFor: archiveIndexPath, date: newest(releases)},
    {pathFor: searchPath},
    {pathFor: accessibilityPath},
    ...archivePages(releases).map((page) => ({pathFor: (locale: Locale) => archivePath(locale, page.year, page.page), date: newest(page.releases)})),
    ...releases.flatMap((release) => [
      {pathFor: (locale: Locale) => releasePath(locale, release.key), date: lastChange(release)},
      {pathFor: (locale: Locale) => sideBySidePath(locale, release.key), date: lastChange(release)},
      ...release.versions[routing.defaultLocale].headedSections.map((section) => ({
        pathFor: (locale: Locale) => commitmentPath(locale, release.key, section.key),
        date: lastChange(release),
      })),
    ]),
  ];
}

/** When a list of releases last changed: its newest publication or correction. */
function newest(releases: readonly Release[]): string | undefined {
  return releases.map(lastChange).sort().at(-1);
}
