import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {NUMBER_SEPARATOR, type Section} from '@/lib/site/releases';
import {CHROME_IDS} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  /** The release's headed sections (commitments and plain sections) in this language, in order. */
  sections: readonly Section[];
}

/**
 * The statement's contents, at its top: each headed section linked to its
 * anchor, a commitment numbered as the model numbers it, so a reader sees
 * them at a glance and jumps to one.
 */
export default async function ContentsNav({locale, sections}: Props) {
  if (sections.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'Contents'});
  return (
    <nav className="contents" aria-labelledby={CHROME_IDS.contentsTitle}>
      <h2 id={CHROME_IDS.contentsTitle}>{t('title')}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.key}>
            <a href={`#${section.key}`}>
              {section.number !== undefined && (
                <>
                  <span className="commitment-number">{section.number}</span>
                  <span className="commitment-separator">{NUMBER_SEPARATOR}</span>
                </>
              )}
              <span dangerouslySetInnerHTML={{__html: section.titleHtml ?? ''}} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
