import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import BilingualPreviewBanner from '@/components/BilingualPreviewBanner';
import PublisherBand from '@/components/PublisherBand';
import SiteFooter from '@/components/SiteFooter';
import {routing} from '@/i18n/routing';
import {CHROME_IDS, feedPath, homePath} from '@/lib/site/routes';
import {SHARE_IMAGE_SIZE, siteShareImage} from '@/lib/site/share';
import {languageAlternates} from '@/lib/site/site';

// The language choice belongs to both languages: it offers both feeds, and
// describes itself in each.
export async function generateMetadata(): Promise<Metadata> {
  const feeds = await Promise.all(routing.locales.map((locale) => getTranslations({locale, namespace: 'Feed'})));
  const title = 'Persberichten · Press releases';
  const description = feeds.map((feed) => feed('subtitle')).join(' · ');
  // Shared, `/` shows the site's bilingual card.
  const images = [{...(await siteShareImage()), ...SHARE_IMAGE_SIZE, type: 'image/png'}];
  return {
    title,
    description,
    alternates: {
      ...languageAlternates(undefined, homePath),
      types: {'application/atom+xml': routing.locales.map((locale, index) => ({url: feedPath(locale), title: feeds[index]!('title')}))},
    },
    openGraph: {type: 'website', siteName: title, title, description, url: '/', images},
    twitter: {card: 'summary_large_image'},
  };
}

export default async function LanguageChoicePage() {
  const choices = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({locale, namespace: 'LanguageChoice'});
      const layout = await getTranslations({locale, namespace: 'Layout'});
      return {locale, title: layout('siteName'), choose: t('choose')};
    }),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <BilingualPreviewBanner />
        <header className="site-header">
          <PublisherBand />
        </header>
        {/* Where the server cannot negotiate, enhancements/language-choice.ts goes to the reader's language. */}
        <main id={CHROME_IDS.main} className="language-choice" data-language-choice="">
          <h1>
            {choices.map((choice, index) => (
              <span key={choice.locale} lang={choice.locale}>
                {index > 0 && ' · '}
                {choice.title}
              </span>
            ))}
          </h1>
          <ul>
            {choices.map((choice) => (
              <li key={choice.locale} lang={choice.locale}>
                <a href={homePath(choice.locale)} hrefLang={choice.locale}>
                  {choice.choose}
                </a>
              </li>
            ))}
          </ul>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
