import type {Metadata} from 'next';
import NotFoundMessage from '@/components/NotFoundMessage';
import BilingualPreviewBanner from '@/components/BilingualPreviewBanner';
import PublisherBand from '@/components/PublisherBand';
import SiteFooter from '@/components/SiteFooter';
import {routing} from '@/i18n/routing';
import {CHROME_IDS} from '@/lib/site/routes';

// Next marks not-found pages `noindex` itself.
export const metadata: Metadata = {title: 'Pagina niet gevonden · Page not found'};

// Outside `/nl/` and `/en/` (an unknown locale like `/fr/`) we cannot tell
// which language the reader wants, so the message is given in each.
export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <BilingualPreviewBanner />
        <header className="site-header">
          <PublisherBand />
        </header>
        <main id={CHROME_IDS.main} className="bilingual">
          {routing.locales.map((locale, index) => (
            <NotFoundMessage key={locale} locale={locale} as={index === 0 ? 'h1' : 'h2'} />
          ))}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
