import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';

interface Props {
  locale: Locale;
  /** The equivalent page in a given locale. */
  pathFor: (locale: Locale) => string;
  /** Carry the reader's place across (on pages with section anchors): enhancements/language-link.ts. */
  keepHash?: boolean;
  /** Fragments to carry as another one (paragraphs of sections aligned only as a block). */
  fallbacks?: Record<string, string>;
}

/** The language links: each language named in itself, pointing at the same page. */
export default async function LanguageSwitch({locale, pathFor, keepHash = false, fallbacks}: Props) {
  const t = await getTranslations({locale, namespace: 'LanguageSwitch'});
  const names = await Promise.all(
    routing.locales.map(async (each) => ({
      locale: each,
      name: (await getTranslations({locale: each, namespace: 'LanguageSwitch'}))('name'),
    })),
  );
  return (
    <nav className="language-switch" aria-label={t('label')}>
      <ul>
        {names.map(({locale: each, name}) => (
          <li key={each}>
            {each === locale ? (
              <a href={pathFor(each)} lang={each} hrefLang={each} aria-current="page">
                {name}
              </a>
            ) : (
              <a
                href={pathFor(each)}
                lang={each}
                hrefLang={each}
                data-language-link={keepHash ? '' : undefined}
                data-fragment-fallbacks={keepHash && fallbacks && Object.keys(fallbacks).length > 0 ? JSON.stringify(fallbacks) : undefined}
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
