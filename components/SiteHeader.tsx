import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import LanguageSwitch from './LanguageSwitch';
import PublisherBand from './PublisherBand';
import SiteSearch from './SiteSearch';

interface Props {
  locale: Locale;
  pathFor: (locale: Locale) => string;
  keepHash?: boolean;
  fallbacks?: Record<string, string>;
  /** On a release's pages: its side-by-side reading, next to the language links. */
  sideBySide?: string;
}

/** The banner on every page: the publisher's band with the home link, then the language links and the search form. */
export default async function SiteHeader({locale, pathFor, keepHash, fallbacks, sideBySide}: Props) {
  const s = await getTranslations({locale, namespace: 'SideBySide'});
  return (
    <header className="site-header">
      <PublisherBand locale={locale} />
      <div className="header-tools">
        <div className="header-languages">
          <LanguageSwitch locale={locale} pathFor={pathFor} keepHash={keepHash} fallbacks={fallbacks} />
          {sideBySide && (
            <a className="side-by-side-link" href={sideBySide}>
              {s('link')}
              <span className="visually-hidden"> {s('linkDetail')}</span>
            </a>
          )}
        </div>
        <SiteSearch locale={locale} />
      </div>
    </header>
  );
}
