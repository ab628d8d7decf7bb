import type {Metadata} from 'next';
import {routing, type Locale} from '@/i18n/routing';

/**
 * The origin the site is published at, for absolute URLs in metadata. Set
 * `SITE_ORIGIN` when building for production; the default suits local use.
 */
export const siteOrigin = new URL(process.env.SITE_ORIGIN ?? 'http://localhost:3000');

/**
 * Metadata alternates for a page that exists in every locale: its canonical
 * URL, one `hreflang` link per locale and `x-default` pointing at `/`.
 *
 * @param locale The page's own locale.
 * @param pathFor The page's path in a given locale.
 */
export function languageAlternates(locale: Locale | undefined, pathFor: (locale: Locale) => string): Metadata['alternates'] {
  return {
    canonical: locale ? pathFor(locale) : '/',
    languages: {
      ...Object.fromEntries(routing.locales.map((each) => [each, pathFor(each)])),
      'x-default': '/',
    },
  };
}
