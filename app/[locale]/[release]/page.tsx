import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {setRequestLocale} from 'next-intl/server';
import ContentsNav from '@/components/ContentsNav';
import JsonLd from '@/components/JsonLd';
import PressContacts from '@/components/PressContacts';
import Provenance from '@/components/Provenance';
import ReleaseHeader from '@/components/ReleaseHeader';
import PreviewBanner from '@/components/PreviewBanner';
import SiteHeader from '@/components/SiteHeader';
import SubscribeLink from '@/components/SubscribeLink';
import StatementSection from '@/components/StatementSection';
import type {Locale} from '@/i18n/routing';
import {blockFallbacks, findRelease} from '@/lib/site/releases';
import {CHROME_IDS, releasePath, sideBySidePath} from '@/lib/site/routes';
import {statementJsonLd} from '@/lib/site/json-ld';
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
  const {meta} = release.versions[locale];
  return pageMetadata({
    locale,
    pathFor: (each) => releasePath(each, key),
    title: meta.title,
    description: meta.description,
    article: await shareArticle(locale, release),
  });
}

export default async function StatementPage({params}: Props) {
  const {locale, release: key} = await params;
  setRequestLocale(locale);
  const release = findRelease(key);
  if (!release) notFound();
  const version = release.versions[locale];
  return (
    <>
      <SiteHeader
        locale={locale}
        pathFor={(each) => releasePath(each, key)}
        keepHash
        fallbacks={blockFallbacks(release)}
        sideBySide={sideBySidePath(locale, key)}
      />
      <main id={CHROME_IDS.main}>
        <PreviewBanner locale={locale} release={release} />
        <JsonLd data={statementJsonLd(release, locale)} />
        <article className="statement">
          <ReleaseHeader locale={locale} meta={version.meta} />
          <ContentsNav locale={locale} sections={version.headedSections} />
          {/* Search indexes the title (in the header) and this text, without the chrome in it (lib/build/search-index.ts). */}
          <div className="statement-body" data-pagefind-body>
            {version.sections.map((section) => (
              <StatementSection
                key={section.key}
                locale={locale}
                release={release}
                section={section}
                notes={version.meta.notes.filter((note) => note.section === section.key)}
              />
            ))}
          </div>
          <PressContacts locale={locale} meta={version.meta} />
          <SubscribeLink locale={locale} />
          <Provenance locale={locale} release={release} />
        </article>
      </main>
    </>
  );
}
