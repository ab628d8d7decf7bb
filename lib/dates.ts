import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {ReleaseMeta} from '@/lib/content';

/**
 * Format an ISO date (`YYYY-MM-DD`) as a long, localized date.
 *
 * @param isoDate The date as written in front matter.
 * @param intlLocale A BCP 47 tag (`nl-BE`, `en-GB`) from the UI messages.
 */
export function formatDate(isoDate: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, {dateStyle: 'long', timeZone: 'UTC'}).format(releaseTime(isoDate));
}

/**
 * The moment a release is dated at: noon UTC, which keeps the calendar day in
 * every time zone (the statements carry a date, not a time).
 *
 * @param isoDate The date as written in front matter.
 */
export function releaseTime(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/**
 * A release's dateline in one language: "Brussels, 16 October 2017".
 *
 * @param locale The language.
 * @param meta The release's front matter in that language.
 */
export async function datelineText(locale: Locale, meta: ReleaseMeta): Promise<string> {
  const t = await getTranslations({locale, namespace: 'ReleaseHeader'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  return t('dateline', {place: meta.place, date: formatDate(meta.date, intl)});
}
