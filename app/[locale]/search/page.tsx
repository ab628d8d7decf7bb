import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import SiteHeader from '@/components/SiteHeader';
import type {Locale} from '@/i18n/routing';
import {archiveIndexPath, CHROME_IDS, SEARCH_INDEX_PATH, searchPath} from '@/lib/site/routes';
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
 * `/{locale}/search/?q=…`: the results of the header's search form. The
 * `site-search` enhancement (enhancements/site-search.ts) loads Pagefind's
 * script and this language's index, on this page only, and lists what
 * matches; without it the page says so and offers the archive.
 */
export default async function SearchPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Search'});
  return (
    <>
      <SiteHeader locale={locale} pathFor={searchPath} />
      <main id={CHROME_IDS.main}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <div
          className="search"
          data-site-search={`${SEARCH_INDEX_PATH}pagefind.js`}
          data-searching={t('searching')}
          data-count={t.raw('count') as string}
          data-none={t.raw('none') as string}
          data-failed={t('failed')}
        >
          <p className="search-fallback" data-search-fallback>
            {t('noScript')} <a href={archiveIndexPath(locale)}>{t('archive')}</a>
          </p>
          <h2 id={CHROME_IDS.searchResults} hidden>
            {t('results')}
          </h2>
          <p role="status" data-search-status></p>
          <ol className="search-results" aria-labelledby={CHROME_IDS.searchResults} data-search-results></ol>
        </div>
      </main>
    </>
  );
}
