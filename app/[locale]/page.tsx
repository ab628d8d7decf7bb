import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import ArchiveNav from '@/components/ArchiveNav';
import ReleaseList from '@/components/ReleaseList';
import SiteHeader from '@/components/SiteHeader';
import SubscribeLink from '@/components/SubscribeLink';
import type {Locale} from '@/i18n/routing';
import {HOME_SIZE} from '@/lib/site/archive';
import {getReleases} from '@/lib/site/releases';
import {CHROME_IDS, homePath} from '@/lib/site/routes';
import {pageMetadata} from '@/lib/site/site';

interface Props {
  params: Promise<{locale: Locale}>;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'ReleaseList'});
  return pageMetadata({locale, pathFor: homePath, title: t('title'), description: t('intro')});
}

export default async function HomePage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'ReleaseList'});
  return (
    <>
      <SiteHeader locale={locale} pathFor={homePath} />
      <main id={CHROME_IDS.main}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <SubscribeLink locale={locale} />
        <ReleaseList locale={locale} releases={getReleases().slice(0, HOME_SIZE)} />
        <ArchiveNav locale={locale} releases={getReleases()} />
      </main>
    </>
  );
}
