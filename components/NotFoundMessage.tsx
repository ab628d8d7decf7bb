import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {homePath} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  /** `h1` when it is the page's only message, `h2` beside other languages. */
  as?: 'h1' | 'h2';
}

/** What a reader sees at an address that does not exist, in one language. */
export default async function NotFoundMessage({locale, as: Heading = 'h1'}: Props) {
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <div className="not-found" lang={locale}>
      <Heading>{t('title')}</Heading>
      <p>{t('body')}</p>
      <p>
        <a href={homePath(locale)} hrefLang={locale}>
          {t('home')}
        </a>
      </p>
    </div>
  );
}
