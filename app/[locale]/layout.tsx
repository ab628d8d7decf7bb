import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {ReactNode} from 'react';
import PreviewBanner from '@/components/PreviewBanner';
import SiteFooter from '@/components/SiteFooter';
import {isLocale, routing} from '@/i18n/routing';
import {CHROME_IDS} from '@/lib/site/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export default async function LocaleLayout({children, params}: {children: ReactNode; params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Layout'});
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href={`#${CHROME_IDS.main}`}>
          {t('skipLink')}
        </a>
        <PreviewBanner locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
