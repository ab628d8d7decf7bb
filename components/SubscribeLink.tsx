import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {feedPath} from '@/lib/site/routes';

/** A visible link to the language's Atom feed, for readers who subscribe (pages also announce it in their head). */
export default async function SubscribeLink({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Subscribe'});
  return (
    <p className="subscribe">
      <a href={feedPath(locale)} type="application/atom+xml">
        {t('link')}
      </a>
    </p>
  );
}
