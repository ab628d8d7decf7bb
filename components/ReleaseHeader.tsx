import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {ReleaseMeta} from '@/lib/releases';
import Dateline from './Dateline';

interface Props {
  locale: Locale;
  meta: ReleaseMeta;
}

/** A release's title, dateline, issuer and authors. */
export default async function ReleaseHeader({locale, meta}: Props) {
  const t = await getTranslations({locale, namespace: 'ReleaseHeader'});
  return (
    <header className="release-header">
      <p className="kicker">{t('kicker')}</p>
      <h1>{meta.title}</h1>
      <Dateline locale={locale} meta={meta} />
      <p className="byline">
        {t('authors')}{' '}
        {meta.authors.map((author, index) => (
          <span key={author.name}>
            {index > 0 && ' · '}
            {author.name}, {author.role}
          </span>
        ))}
      </p>
      <p className="issuer">{t('issuer', {issuer: meta.issuer})}</p>
    </header>
  );
}
