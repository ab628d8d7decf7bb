import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {homePath} from '@/lib/routes';
import LanguageSwitch from './LanguageSwitch';

interface Props {
  locale: Locale;
  pathFor: (locale: Locale) => string;
  keepHash?: boolean;
}

/** The banner on every page: the site's name, home link and language links. */
export default async function SiteHeader({locale, pathFor, keepHash}: Props) {
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <header className="site-header">
      <a className="site-name" href={homePath(locale)}>
        {t('siteName')}
      </a>
      <LanguageSwitch locale={locale} pathFor={pathFor} keepHash={keepHash} />
    </header>
  );
}
