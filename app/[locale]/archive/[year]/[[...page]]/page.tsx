import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import ArchiveNav from '@/components/ArchiveNav';
import ReleaseList from '@/components/ReleaseList';
import SiteHeader from '@/components/SiteHeader';
import SubscribeLink from '@/components/SubscribeLink';
import type {Locale} from '@/i18n/routing';
import {archiveParams} from '@/lib/build/static-params';
import {findArchivePage} from '@/lib/site/archive';
import {getReleases} from '@/lib/site/releases';
import {archivePath, CHROME_IDS} from '@/lib/site/routes';
import {pageMetadata} from '@/lib/site/site';

interface Props {
  params: Promise<{locale: Locale; year: string; page?: string[]}>;
}

export const dynamicParams = false;

/** Every archive page in every language (those the page cache does not hold): `{year}` for a year's first page, `{year}/{page}` for the others. */
export function generateStaticParams() {
  return archiveParams();
}

/** The archive page the parameters name; `/archive/{year}/1/` is not one (the year's own address is). */
async function pageOf(params: Props['params']) {
  const {locale, year, page: rest = []} = await params;
  const number = rest.length === 0 ? 1 : rest.length === 1 && /^[2-9]\d*$|^[1-9]\d+$/.test(rest[0]!) ? Number(rest[0]) : undefined;
  const page = number === undefined ? undefined : findArchivePage(getReleases(), year, number);
  return {locale, page};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, page} = await pageOf(params);
  if (!page) return {};
  const t = await getTranslations({locale, namespace: 'Archive'});
  return pageMetadata({
    locale,
    pathFor: (each) => archivePath(each, page.year, page.page),
    title: page.pages > 1 ? t('yearPageTitle', {year: page.year, page: page.page, pages: page.pages}) : t('yearTitle', {year: page.year}),
    description: t('yearIntro', {year: page.year}),
  });
}

export default async function ArchivePage({params}: Props) {
  const {locale, page} = await pageOf(params);
  setRequestLocale(locale);
  if (!page) notFound();
  const t = await getTranslations({locale, namespace: 'Archive'});
  return (
    <>
      <SiteHeader locale={locale} pathFor={(each) => archivePath(each, page.year, page.page)} />
      <main id={CHROME_IDS.main}>
        <h1>{page.pages > 1 ? t('yearPageTitle', {year: page.year, page: page.page, pages: page.pages}) : t('yearTitle', {year: page.year})}</h1>
        <p className="lead">{t('yearIntro', {year: page.year})}</p>
        <SubscribeLink locale={locale} />
        <ReleaseList locale={locale} releases={page.releases} />
        <ArchiveNav locale={locale} releases={getReleases()} current={page} />
      </main>
    </>
  );
}
