import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Release} from '@/lib/site/releases';
import {releasePath} from '@/lib/site/routes';
import Dateline from './Dateline';

interface Props {
  locale: Locale;
  releases: Release[];
}

/** The releases in one language, newest first, each with its date and summary. */
export default async function ReleaseList({locale, releases}: Props) {
  const t = await getTranslations({locale, namespace: 'ReleaseList'});
  if (releases.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="release-list">
      {releases.map((release) => {
        const {meta} = release.versions[locale];
        return (
          <li key={release.key}>
            <h2>
              <a href={releasePath(locale, release.key)}>{meta.title}</a>
            </h2>
            <Dateline locale={locale} meta={meta} />
            <p>{meta.description}</p>
          </li>
        );
      })}
    </ol>
  );
}
