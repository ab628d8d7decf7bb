import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import type {Release} from '@/lib/site/releases';
import {CHROME_IDS} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  release: Release;
}

/** Where each language version comes from, each stated in its own language. */
export default async function Provenance({locale, release}: Props) {
  const t = await getTranslations({locale, namespace: 'Provenance'});
  const sources = routing.locales.flatMap((each) => {
    const source = release.versions[each].meta.source;
    return source ? [{locale: each, source}] : [];
  });
  if (sources.length === 0) return null;
  return (
    <section className="provenance" aria-labelledby={CHROME_IDS.provenanceTitle}>
      <h2 id={CHROME_IDS.provenanceTitle}>{t('title')}</h2>
      <ul>
        {sources.map(({locale: each, source}) => (
          <li key={each} lang={each}>
            {source}
          </li>
        ))}
      </ul>
      <p>{t('official')}</p>
    </section>
  );
}
