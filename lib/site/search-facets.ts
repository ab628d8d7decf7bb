// What search can narrow releases by: the year, the countries and the kind
// of document. Each release page gives Pagefind its own values
// (components/ReleaseHeader.tsx) and the search page offers every value the
// published releases have (app/[locale]/search/page.tsx), both from here, so
// that a choice on the search page always names a value of the index.
import type {Locale} from '@/i18n/routing';
import {countryNames} from '@/lib/site/countries';
import type {Release, ReleaseMeta} from '@/lib/site/releases';

/** The filters, as named in the index and in the search page's address (`?year=2017&country=BE&kind=…`). */
const SEARCH_FILTERS = ['year', 'country', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** One choice of a filter: the value in the index and the address, and its label in the page's language. */
export interface FacetOption {
  value: string;
  label: string;
}

/**
 * A release version's values for each filter. Countries are filtered by
 * code, so that an address names the same country in both languages; the
 * kind is the release's own `genre`, in its language, or the default kind.
 *
 * @param meta The release version's front matter.
 * @param locale Its language.
 * @param defaultKind The kind of a release without `genre` ("press release").
 */
export function facetValues(meta: ReleaseMeta, locale: Locale, defaultKind: string): Record<SearchFilter, string[]> {
  return {year: [meta.date.slice(0, 4)], country: [...meta.countries], kind: [(meta.genre ?? defaultKind).toLocaleLowerCase(locale)]};
}

const capitalised = (text: string, locale: Locale) => `${text.slice(0, 1).toLocaleUpperCase(locale)}${text.slice(1)}`;

/**
 * Every value of each filter among these releases, with its label: years
 * newest first, countries and kinds by their names in the language.
 *
 * @param releases The published releases.
 * @param locale The page's language.
 * @param intlLocale Its BCP 47 tag, for the countries' names.
 * @param defaultKind The kind of a release without `genre`.
 */
export function facetOptions(releases: readonly Release[], locale: Locale, intlLocale: string, defaultKind: string): Record<SearchFilter, FacetOption[]> {
  const values = {year: new Set<string>(), country: new Set<string>(), kind: new Set<string>()};
  for (const release of releases) {
    const own = facetValues(release.versions[locale].meta, locale, defaultKind);
    for (const filter of SEARCH_FILTERS) for (const value of own[filter]) values[filter].add(value);
  }
  const collator = new Intl.Collator(intlLocale);
  const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label);
  const countries = [...values.country];
  const names = countryNames(countries, intlLocale);
  return {
    year: [...values.year].sort((a, b) => b.localeCompare(a)).map((year) => ({value: year, label: year})),
    country: countries.map((code, index) => ({value: code, label: names[index]!})).sort(byLabel),
    kind: [...values.kind].map((kind) => ({value: kind, label: capitalised(kind, locale)})).sort(byLabel),
  };
}
