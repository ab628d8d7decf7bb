import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {formatDate} from '@/lib/site/dates';
import type {ReleaseMeta} from '@/lib/site/releases';
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
  return (
    <header className="release-header">
      <p className="kicker">{t('kicker')}</p>
      <h1 data-pagefind-body>{meta.title}</h1>
      {/* Search finds a release by its place, its authors and its issuer too (lib/build/search-index.ts). */}
      <div data-pagefind-body>
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
