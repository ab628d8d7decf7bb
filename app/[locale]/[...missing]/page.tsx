import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import NotFoundMessage from '@/components/NotFoundMessage';
import SiteHeader from '@/components/SiteHeader';
import {routing, type Locale} from '@/i18n/routing';
import {CHROME_IDS, homePath} from '@/lib/site/routes';

// A static export has no server to render a localized 404, so each locale
// gets one as a file, `/{locale}/404/index.html`. The servers answer every
// unknown address under `/{locale}/` with it and status 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale, missing: ['404']}));
}

interface Props {
  params: Promise<{locale: Locale}>;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return {title: t('title'), robots: {index: false}};
}

export default async function LocalizedNotFoundPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} pathFor={homePath} />
      <main id={CHROME_IDS.main}>
        <NotFoundMessage locale={locale} />
      </main>
    </>
  );
}
