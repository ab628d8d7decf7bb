import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {countryNames} from '@/lib/site/countries';
import {datelineText, formatDate} from '@/lib/site/dates';
import type {ReleaseMeta} from '@/lib/site/releases';
import {facetValues} from '@/lib/site/search-facets';
import Dateline from './Dateline';

interface Props {
  locale: Locale;
  meta: ReleaseMeta;
}

/** A release's title, dateline, issuer and authors, when it was published and, if it was corrected since, each update. */
export default async function ReleaseHeader({locale, meta}: Props) {
  const t = await getTranslations({locale, namespace: 'ReleaseHeader'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, intl)}</time>;
  // Newest first, as GOV.UK lists a page's updates.
  const updates = [...meta.updates].sort((a, b) => b.date.localeCompare(a.date));
  // For search (lib/build/search-index.ts): the filters' values (lib/site/search-facets.ts),
  // the date to sort by, and what a result shows besides the title.
  const facets = facetValues(meta, locale, (await getTranslations({locale, namespace: 'Citation'}))('genre'));
  const countryAttributes = Object.fromEntries(facets.country.map((code, index) => [`data-country-${index}`, code]));
  const search = {
    'data-pagefind-filter': ['year[data-year]', 'kind[data-kind]', ...Object.keys(countryAttributes).map((attribute) => `country[${attribute}]`)].join(', '),
    'data-pagefind-sort': 'date[data-date]',
    'data-pagefind-meta': 'dateline[data-dateline], kind[data-kind]',
    'data-year': facets.year[0],
    'data-kind': facets.kind[0],
    'data-date': meta.date,
    'data-dateline': await datelineText(locale, meta),
    ...countryAttributes,
  };
  return (
    <header className="release-header" {...search}>
      <p className="kicker">{t('kicker')}</p>
      <h1 data-pagefind-body>{meta.title}</h1>
      {/* Search finds a release by its place, its authors, its issuer and its countries, named in the page's language, too. */}
      <div data-pagefind-body data-pagefind-index-attrs="data-countries" data-countries={countryNames(meta.countries, intl).join(' ')}>
        <Dateline locale={locale} meta={meta} />
        {/* An unsigned release is its issuer's: no "By" line. */}
        {meta.authors.length > 0 && (
          <p className="byline">
            {t('authors')}{' '}
            {meta.authors.map((author, index) => (
              <span key={author.name}>
                {index > 0 && ' · '}
                {author.name}, {author.role}
              </span>
            ))}
          </p>
        )}
        <p className="issuer">{t('issuer', {issuer: meta.issuer})}</p>
      </div>
      <dl className="publication">
        <dt>{t('published')}</dt>
        <dd>{date(meta.date)}</dd>
        {updates[0] && (
          <>
            <dt>{t('lastUpdated')}</dt>
            <dd>{date(updates[0].date)}</dd>
            <dt>{t('updates')}</dt>
            <dd>
              <ul className="updates">
                {updates.map((update) => (
                  <li key={`${update.date}-${update.note}`}>
                    {date(update.date)}: {update.note}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
