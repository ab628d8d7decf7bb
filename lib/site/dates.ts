import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {perLocale} from '@/lib/site/intl';
import type {Release, ReleaseMeta} from '@/lib/site/releases';

/**
 * Format an ISO date (`YYYY-MM-DD`) as a long, localized date.
 *
 * @param isoDate The date as written in front matter.
 * @param intlLocale A BCP 47 tag (`nl-BE`, `en-GB`) from the UI messages.
 */
export function formatDate(isoDate: string, intlLocale: string): string {
  return longDate(intlLocale).format(releaseTime(isoDate));
}

const longDate = perLocale((intlLocale) => new Intl.DateTimeFormat(intlLocale, {dateStyle: 'long', timeZone: 'UTC'}));

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
 * When a release was published: its embargo's end when it had one (the
 * instant it appeared), else the moment it is dated at.
 *
 * @param release The release.
 */
export function publicationTime(release: Pick<Release, 'date' | 'embargo'>): Date {
  return release.embargo === undefined ? releaseTime(release.date) : new Date(release.embargo);
}

/**
 * When a release last changed, as an ISO instant: its newest update, or its publication.
 *
 * @param release The release.
 */
export function lastChange(release: Pick<Release, 'date' | 'embargo' | 'updated'>): string {
  return (release.updated === undefined ? publicationTime(release) : releaseTime(release.updated)).toISOString();
}

// The offices the site serves keep Brussels and The Hague time: an embargo is
// told in it, with its zone's name (CET, CEST), whatever the reader's clock.
const EMBARGO_TIME_ZONE = 'Europe/Brussels';
const embargoTime = perLocale(
  (intlLocale) =>
    new Intl.DateTimeFormat(intlLocale, {timeZone: EMBARGO_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'}),
);
const embargoDate = perLocale(
  (intlLocale) => new Intl.DateTimeFormat(intlLocale, {timeZone: EMBARGO_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}),
);

/**
 * An embargo's instant as a reader is told it: its time with the zone's name
 * and its date, in Brussels time (`{time: '10:00 CET', date: 'Tuesday 8 December 2026'}`).
 *
 * @param embargo The instant (ISO 8601).
 * @param intlLocale A BCP 47 tag from the UI messages.
 */
export function embargoParts(embargo: string, intlLocale: string): {time: string; date: string} {
  const instant = new Date(embargo);
  return {time: embargoTime(intlLocale).format(instant), date: embargoDate(intlLocale).format(instant)};
}

/**
 * How UI messages are looked up: next-intl's `getTranslations` inside Next,
 * or a translator over the message files where Next's request context does
 * not exist (the bench renders share images in a plain Node process).
 */
export type Translate = (options: {locale: Locale; namespace: string}) => Promise<(key: string, values?: Record<string, string | number>) => string>;

/**
 * A release's dateline in one language: "Brussels, 16 October 2017".
 *
 * @param locale The language.
 * @param meta The release's front matter in that language.
 * @param translate Where the messages come from (next-intl's, by default).
 */
export async function datelineText(locale: Locale, meta: ReleaseMeta, translate: Translate = getTranslations): Promise<string> {
  const t = await translate({locale, namespace: 'ReleaseHeader'});
  const intl = (await translate({locale, namespace: 'Locale'}))('intl');
  return t('dateline', {place: meta.place, date: formatDate(meta.date, intl)});
}
