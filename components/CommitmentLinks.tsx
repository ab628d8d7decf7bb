import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/site/releases';
import {commitmentPath, sectionPath, sideBySidePath} from '@/lib/site/routes';
import {absoluteUrl} from '@/lib/site/site';
import CommitmentShare from './CommitmentShare';

interface Props {
  locale: Locale;
  release: Release;
  section: Section;
}

/**
 * Under a commitment's heading in the full statement, one quiet "Share"
 * disclosure (a native `<details>`, so it opens with the keyboard and
 * without JavaScript): the permanent URL to select, the copy buttons, the
 * permalink and its paragraphs' anchors, its row side by side and the same
 * commitment in every other language; the permanent URL is its own page's.
 * Closed, it is one tab stop; on paper, only the permanent URL shows
 * (app/globals.css).
 */
export default async function CommitmentLinks({locale, release, section}: Props) {
  const key = release.key;
  const t = await getTranslations({locale, namespace: 'CommitmentLinks'});
  // A commitment is named by its number, a plain section by its heading.
  const values = {number: section.number ?? 0, title: section.title ?? ''};
  const named = (key: string) => t(section.number === undefined ? `${key}Section` : key, values);
  const url = absoluteUrl(commitmentPath(locale, key, section.key));
  const others = await Promise.all(
    routing.locales
      .filter((each) => each !== locale)
      .map(async (each) => ({
        locale: each,
        label: (await getTranslations({locale: each, namespace: 'LanguageSwitch'}))('readIn'),
      })),
  );
  return (
    <details className="commitment-share" data-chrome>
      <summary>
        {t('share')}
        <span className="visually-hidden"> {named('shareDetail')}</span>
      </summary>
      <div className="share-panel">
        {/* Its own page, by the address to quote: to select where the copy buttons are not offered. */}
        <p className="share-url">
          {t('permanentUrl')} <a href={commitmentPath(locale, key, section.key)}>{url}</a>
        </p>
        <CommitmentShare locale={locale} release={release} section={section} />
        {/* The paragraphs' anchors for the keyboard: the ¶ links in the margin are for the pointer. */}
        {section.paragraphs.length > 1 && (
          <p className="paragraph-anchors">
            {t('paragraphs')}{' '}
            {section.paragraphs.map((paragraph, index) => (
              <a key={paragraph.id} href={`#${paragraph.id}`}>
                <span className="visually-hidden">{t('paragraph')} </span>
                {index + 1}
              </a>
            ))}
          </p>
        )}
        <ul className="commitment-links">
          <li>
            <a href={`#${section.key}`} className="permalink">
              {t('permalink')}
              <span className="visually-hidden"> {named('permalinkDetail')}</span>
            </a>
          </li>
          <li>
            <a href={`${sideBySidePath(locale, key)}#${section.key}`}>
              {t('sideBySide')}
              <span className="visually-hidden"> {named('sideBySideDetail')}</span>
            </a>
          </li>
          {others.map((other) => (
            <li key={other.locale}>
              <a href={sectionPath(other.locale, key, section.key)} lang={other.locale} hrefLang={other.locale}>
                {other.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
