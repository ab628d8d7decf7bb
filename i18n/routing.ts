import {defineRouting} from 'next-intl/routing';

/**
 * The one place that lists the site's locales. Every URL starts with one of
 * them (`/nl/…`, `/en/…`); the rest of the path is the same in each language.
 */
export const routing = defineRouting({
  locales: ['nl', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** Whether a string is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
