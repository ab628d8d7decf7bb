import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import SiteHeader from '@/components/SiteHeader';
import type {Locale} from '@/i18n/routing';
import {getReleases} from '@/lib/site/releases';
import {archiveIndexPath, CHROME_IDS, SEARCH_INDEX_PATH, searchPath} from '@/lib/site/routes';
import {facetOptions, type FacetOption} from '@/lib/site/search-facets';
import {pageMetadata} from '@/lib/site/site';

interface Props {
  params: Promise<{locale: Locale}>;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Search'});
  return pageMetadata({locale, pathFor: searchPath, title: t('title'), description: t('intro')});
}

/**
 * `/{locale}/search/?q=…&year=…&country=…&kind=…&sort=newest`: the results
 * of the header's search form, and a form of the page's own that narrows
 * them by year, country and kind of document (every value the published
 * releases have) and orders them. Both are plain GET forms, so a search is
 * an address that can be linked and reloaded. The `site-search` enhancement
 * (enhancements/site-search.ts) loads Pagefind's script and this language's
 * index, on this page only, and lists what matches; without it the page says
 * so and offers the archive.
 */
export default async function SearchPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Search'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  const defaultKind = (await getTranslations({locale, namespace: 'Citation'}))('genre');
  const options = facetOptions(getReleases(), locale, intl, defaultKind);
  // A labelled choice; its first option, the empty value, is every release (or, for the order, the best match first).
  const choice = (name: 'year' | 'country' | 'kind' | 'sort', id: string, label: string, values: FacetOption[], none = t('any')) => (
    <p className="search-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue="">
        <option value="">{none}</option>
        {values.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <>
      <SiteHeader locale={locale} pathFor={searchPath} />
      <main id={CHROME_IDS.main}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <form className="search-refine" action={searchPath(locale)} method="get" aria-labelledby={CHROME_IDS.searchRefine} data-search-form>
          <h2 id={CHROME_IDS.searchRefine}>{t('refine')}</h2>
          <p className="search-choice search-words">
            <label htmlFor={CHROME_IDS.searchQuery}>{t('query')}</label>
            <input id={CHROME_IDS.searchQuery} type="search" name="q" />
          </p>
          {choice('year', CHROME_IDS.searchYear, t('year'), options.year)}
          {choice('country', CHROME_IDS.searchCountry, t('country'), options.country)}
          {choice('kind', CHROME_IDS.searchKind, t('kind'), options.kind)}
          {choice('sort', CHROME_IDS.searchSort, t('sort'), [{value: 'newest', label: t('newest')}], t('relevance'))}
          <p className="search-submit">
            <button type="submit">{t('button')}</button>
          </p>
        </form>
        <div
          className="search"
          data-site-search={`${SEARCH_INDEX_PATH}pagefind.js`}
          data-searching={t('searching')}
          data-count={t.raw('count') as string}
          data-none={t.raw('none') as string}
          data-count-all={t.raw('countAll') as string}
          data-none-all={t('noneAll')}
          data-failed={t('failed')}
        >
          <p className="search-fallback" data-search-fallback>
            {t('noScript')} <a href={archiveIndexPath(locale)}>{t('archive')}</a>
          </p>
          {/* The status before the heading: the heading appears with the results, and moves nothing already shown. */}
          <p role="status" data-search-status></p>
          <h2 id={CHROME_IDS.searchResults} hidden>
            {t('results')}
          </h2>
          <p data-search-archive hidden>
            {t('noneArchive')} <a href={archiveIndexPath(locale)}>{t('archive')}</a>
          </p>
          <ol className="search-results" aria-labelledby={CHROME_IDS.searchResults} data-search-results></ol>
        </div>
      </main>
    </>
  );
}
