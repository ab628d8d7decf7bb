import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {CHROME_IDS, searchPath} from '@/lib/site/routes';

/** The header's search form: a plain GET form to the language's search page, so it submits without JavaScript too. */
export default async function SiteSearch({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Search'});
  return (
    <form className="site-search" role="search" action={searchPath(locale)} method="get">
      <label htmlFor={CHROME_IDS.searchField}>{t('label')}</label>
      <input id={CHROME_IDS.searchField} type="search" name="q" />
      <button type="submit">{t('button')}</button>
    </form>
  );
}
