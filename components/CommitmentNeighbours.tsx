import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Section} from '@/lib/site/releases';
import {commitmentPath} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  release: string;
  previous?: Section;
  next?: Section;
  /** Whether every headed section of the release is a commitment. */
  onlyCommitments: boolean;
}

/** Links to the headed sections before and after this one, when there are any, each named as the model names it. */
export default async function CommitmentNeighbours({locale, release, previous, next, onlyCommitments}: Props) {
  if (!previous && !next) return null;
  const t = await getTranslations({locale, namespace: 'CommitmentPage'});
  const neighbour = (section: Section, rel: 'prev' | 'next') => (
    <li className={rel}>
      <a href={commitmentPath(locale, release, section.key)} rel={rel}>
        <span className="neighbour-label">{t(`${rel === 'prev' ? 'previous' : 'next'}${section.number === undefined ? 'Section' : ''}`)}</span>
        <span className="neighbour-title">
          {section.number === undefined ? (
            section.title
          ) : (
            <>
              {section.number} – {section.title}
            </>
          )}
        </span>
      </a>
    </li>
  );
  return (
    <nav className="neighbours" aria-label={t(onlyCommitments ? 'neighbours' : 'neighboursSection')}>
      <ul>
        {previous && neighbour(previous, 'prev')}
        {next && neighbour(next, 'next')}
      </ul>
    </nav>
  );
}
