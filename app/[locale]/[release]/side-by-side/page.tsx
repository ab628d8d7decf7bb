import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import Dateline from '@/components/Dateline';
import Provenance from '@/components/Provenance';
import SideBySideSection from '@/components/SideBySideSection';
import PreviewBanner from '@/components/PreviewBanner';
import SiteHeader from '@/components/SiteHeader';
import {routing, type Locale} from '@/i18n/routing';
import {alignParagraphs, findRelease} from '@/lib/site/releases';
import {CHROME_IDS, releasePath, sideBySidePath} from '@/lib/site/routes';
import {shareArticle} from '@/lib/site/share';
import {pageMetadata} from '@/lib/site/site';
import {releaseParams} from '@/lib/build/static-params';

interface Props {
  params: Promise<{locale: Locale; release: string}>;
}

export const dynamicParams = false;

export const generateStaticParams = releaseParams;

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, release: key} = await params;
  const release = findRelease(key);
  if (!release) return {};
  const t = await getTranslations({locale, namespace: 'SideBySide'});
  return pageMetadata({
    locale,
    pathFor: (each) => sideBySidePath(each, key),
    title: t('title', {title: release.versions[locale].meta.title}),
    description: t('intro'),
    article: await shareArticle(locale, release),
  });
}

export default async function SideBySidePage({params}: Props) {
  const {locale, release: key} = await params;
  setRequestLocale(locale);
  const release = findRelease(key);
  if (!release) notFound();
  const meta = release.versions[locale].meta;
  const t = await getTranslations({locale, namespace: 'SideBySide'});
  // The reader's own language always comes first.
  const order = [locale, ...routing.locales.filter((each) => each !== locale)];
  const names = Object.fromEntries(
    await Promise.all(order.map(async (each) => [each, (await getTranslations({locale: each, namespace: 'LanguageSwitch'}))('name')] as const)),
  ) as Record<Locale, string>;
  return (
    <>
      <SiteHeader locale={locale} pathFor={(each) => sideBySidePath(each, key)} keepHash />
      <main id={CHROME_IDS.main} className="wide">
        <PreviewBanner locale={locale} release={release} />
        <header className="release-header">
          <p className="kicker">
            <a href={releasePath(locale, key)}>{meta.title}</a>
          </p>
          <h1>{t('title', {title: meta.title})}</h1>
          <Dateline locale={locale} meta={meta} />
          <p>{t('intro')}</p>
        </header>
        <div className="parallel">
          <div className="parallel-columns" aria-hidden="true">
            {order.map((each) => (
              <p key={each} lang={each}>
                {names[each]}
              </p>
            ))}
          </div>
          {alignParagraphs(release).map((section) => (
            <SideBySideSection
              key={section.key}
              locale={locale}
              order={order}
              names={names}
              section={section}
              notes={meta.notes.filter((note) => note.section === section.key)}
            />
          ))}
        </div>
        <Provenance locale={locale} release={release} />
      </main>
    </>
  );
}
