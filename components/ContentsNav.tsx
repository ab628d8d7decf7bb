import {getTranslations} from 'next-intl/server';
import {NUMBER_SEPARATOR} from '@/lib/content';
import type {Locale} from '@/i18n/routing';
import type {Section} from '@/lib/releases';
import {CHROME_IDS} from '@/lib/routes';

interface Props {
  locale: Locale;
  /** The release's commitments in this language, in order. */
  commitments: readonly Section[];
}

/**
 * The statement's contents, at its top: each commitment numbered as the
 * model numbers it and linked to its anchor, so a reader sees them at a
 * glance and jumps to one.
 */
export default async function ContentsNav({locale, commitments}: Props) {
  if (commitments.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'Contents'});
  return (
    <nav className="contents" aria-labelledby={CHROME_IDS.contentsTitle}>
      <h2 id={CHROME_IDS.contentsTitle}>{t('title')}</h2>
      <ol>
        {commitments.map((section) => (
          <li key={section.key}>
            <a href={`#${section.key}`}>
              <span className="commitment-number">{section.number}</span>
              <span className="commitment-separator">{NUMBER_SEPARATOR}</span>
              <span dangerouslySetInnerHTML={{__html: section.titleHtml ?? ''}} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
