/**
 * Format an ISO date (`YYYY-MM-DD`) as a long, localized date.
 *
 * @param isoDate The date as written in front matter.
 * @param intlLocale A BCP 47 tag (`nl-BE`, `en-GB`) from the UI messages.
 */
export function formatDate(isoDate: string, intlLocale: string): string {
  // Noon UTC keeps the calendar day whatever time zone formats it.
  return new Intl.DateTimeFormat(intlLocale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T12:00:00Z`));
}
