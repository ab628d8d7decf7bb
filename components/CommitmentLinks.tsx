import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import type {Release, Section} from '@/lib/releases';
import {commitmentPath, sectionPath, sideBySidePath} from '@/lib/routes';
import {absoluteUrl} from '@/lib/site';
import CommitmentShare from './CommitmentShare';

interface Props {
  locale: Locale;
  release: Release;
  section: Section;
}

/**
 * Under a commitment's heading in the full statement: its permalink, its own
 * page, its row side by side, the same commitment in every other language
 * (which works with JavaScript off, unlike the fragment-keeping language
 * switch), the copy buttons, and for print its absolute URL.
 */
export default async function CommitmentLinks({locale, release, section}: Props) {
  const key = release.key;
  const t = await getTranslations({locale, namespace: 'CommitmentLinks'});
  const number = section.number ?? 0;
  const others = await Promise.all(
    routing.locales
      .filter((each) => each !== locale)
      .map(async (each) => ({
        locale: each,
        label: (await getTranslations({locale: each, namespace: 'LanguageSwitch'}))('readIn'),
      })),
  );
  return (
    <>
      <p className="print-url" data-chrome>
        {t('printUrl')} {absoluteUrl(commitmentPath(locale, key, section.key))}
      </p>
      <ul className="commitment-links" aria-label={t('label', {number})} data-chrome>
        <li>
          <a href={`#${section.key}`} className="permalink">
            {t('permalink')}
            <span className="visually-hidden"> {t('permalinkDetail', {number})}</span>
          </a>
        </li>
        <li>
          <a href={commitmentPath(locale, key, section.key)}>
            {t('ownPage')}
            <span className="visually-hidden"> {t('ownPageDetail', {number})}</span>
          </a>
        </li>
        <li>
          <a href={`${sideBySidePath(locale, key)}#${section.key}`}>
            {t('sideBySide')}
            <span className="visually-hidden"> {t('sideBySideDetail', {number})}</span>
          </a>
        </li>
        {others.map((other) => (
          <li key={other.locale}>
            <a href={sectionPath(other.locale, key, section.key)} lang={other.locale} hrefLang={other.locale}>
              {other.label}
            </a>
          </li>
        ))}
        <li className="share-item">
          <CommitmentShare locale={locale} release={release} section={section} />
        </li>
      </ul>
    </>
  );
}
