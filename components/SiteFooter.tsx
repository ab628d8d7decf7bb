import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {siteConfig} from '@/lib/site/publisher';
import {accessibilityPath, CHROME_IDS, feedPath} from '@/lib/site/routes';

interface Props {
  /** The page's language; none on the bilingual pages at the root, which speak every language. */
  locale?: Locale;
}

/**
 * The foot of every page, in the page's language (in each, at the root):
 * who publishes the site, the official-texts notice, the accessibility
 * statement and the feeds, every language's feed named in its own language.
 */
export default async function SiteFooter({locale}: Props) {
  // Every language's messages: each feed is named in its own.
  const all = await Promise.all(routing.locales.map(async (each) => ({locale: each, t: await getTranslations({locale: each, namespace: 'Footer'})})));
  const feeds = all.map(({locale: each, t}) => ({locale: each, label: t('feed')}));
  const parts = all.filter((part) => !locale || part.locale === locale);
  return (
    <footer id={CHROME_IDS.footer} className="site-footer">
      {parts.map(({locale: each, t}) => (
        <div key={each} className="footer-part" lang={locale ? undefined : each}>
          <p className="footer-publisher">{t('publisher', {office: siteConfig().publisher.name[each]})}</p>
          <p>{t('official')}</p>
          <nav aria-label={t('label')}>
            <ul className="footer-links">
              <li>
                <a href={accessibilityPath(each)} hrefLang={locale ? undefined : each}>
                  {t('accessibility')}
                </a>
              </li>
              {(locale ? feeds : feeds.filter((feed) => feed.locale === each)).map((feed) => (
                <li key={feed.locale}>
                  <a href={feedPath(feed.locale)} type="application/atom+xml" lang={feed.locale === each ? undefined : feed.locale} hrefLang={feed.locale}>
                    {feed.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      ))}
    </footer>
  );
}
