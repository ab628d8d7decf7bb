import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Section} from '@/lib/releases';
import {commitmentPath} from '@/lib/routes';

interface Props {
  locale: Locale;
  release: string;
  previous?: Section;
  next?: Section;
}

/** Links to the commitments before and after this one, when there are any. */
export default async function CommitmentNeighbours({locale, release, previous, next}: Props) {
  if (!previous && !next) return null;
  const t = await getTranslations({locale, namespace: 'CommitmentPage'});
  const neighbour = (section: Section, rel: 'prev' | 'next') => (
    <li className={rel}>
      <a href={commitmentPath(locale, release, section.key)} rel={rel}>
        <span className="neighbour-label">{t(rel === 'prev' ? 'previous' : 'next')}</span>
        <span className="neighbour-title">
          {section.number} – {section.title}
        </span>
      </a>
    </li>
  );
  return (
    <nav className="neighbours" aria-label={t('neighbours')}>
      <ul>
        {previous && neighbour(previous, 'prev')}
        {next && neighbour(next, 'next')}
      </ul>
    </nav>
  );
}
