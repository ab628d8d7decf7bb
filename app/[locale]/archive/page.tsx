import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import ArchiveNav from '@/components/ArchiveNav';
import SiteHeader from '@/components/SiteHeader';
import SubscribeLink from '@/components/SubscribeLink';
import type {Locale} from '@/i18n/routing';
import {getReleases} from '@/lib/site/releases';
import {archiveIndexPath, CHROME_IDS} from '@/lib/site/routes';
import {pageMetadata} from '@/lib/site/site';

interface Props {
  params: Promise<{locale: Locale}>;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Archive'});
  return pageMetadata({locale, pathFor: archiveIndexPath, title: t('title'), description: t('intro')});
}

/** `/{locale}/archive/`: every page of the archive, by year. */
export default async function ArchiveIndexPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Archive'});
  return (
    <>
      <SiteHeader locale={locale} pathFor={archiveIndexPath} />
      <main id={CHROME_IDS.main}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <SubscribeLink locale={locale} />
        <ArchiveNav locale={locale} releases={getReleases()} current="index" />
      </main>
    </>
  );
}
