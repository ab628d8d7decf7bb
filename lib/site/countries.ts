import {perLocale} from '@/lib/site/intl';

/**
 * The names of a release's countries in one language, from CLDR through
 * `Intl.DisplayNames`: `['BE', 'FR']` is België, Frankrijk in Dutch and
 * Belgium, France in English. No UI message names a country.
 *
 * @param codes ISO 3166-1 alpha-2 codes, as the release's front matter lists them.
 * @param intlLocale A BCP 47 tag (`nl-BE`, `en-GB`) or a locale (`nl`).
 */
export function countryNames(codes: readonly string[], intlLocale: string): string[] {
  const names = regionNames(intlLocale);
  return codes.map((code) => names.of(code) ?? code);
}

const regionNames = perLocale((intlLocale) => new Intl.DisplayNames([intlLocale], {type: 'region'}));
