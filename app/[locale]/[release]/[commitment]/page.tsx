import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import CommitmentHeading from '@/components/CommitmentHeading';
import CommitmentShare from '@/components/CommitmentShare';
import Dateline from '@/components/Dateline';
import JsonLd from '@/components/JsonLd';
import CommitmentNeighbours from '@/components/CommitmentNeighbours';
import PreviewBanner from '@/components/PreviewBanner';
import SiteHeader from '@/components/SiteHeader';
import type {Locale} from '@/i18n/routing';
import {findRelease} from '@/lib/site/releases';
import {CHROME_IDS, commitmentPath, releasePath, sectionPath, sideBySidePath} from '@/lib/site/routes';
import {commitmentJsonLd} from '@/lib/site/json-ld';
import {shareArticle} from '@/lib/site/share';
import {absoluteUrl, pageMetadata} from '@/lib/site/site';
import {commitmentParams} from '@/lib/build/static-params';

interface Props {
  params: Promise<{locale: Locale; release: string; commitment: string}>;
}

export const dynamicParams = false;

export const generateStaticParams = commitmentParams;

// A commitment or a plain section: every headed section has a page of its own.
function findCommitment(key: string, commitment: string, locale: Locale) {
  const release = findRelease(key);
  const sections = release?.versions[locale].headedSections ?? [];
  const index = sections.findIndex((section) => section.key === commitment);
  if (!release || index < 0) return undefined;
  return {release, sections, commitments: release.versions[locale].commitments, index, section: sections[index]!};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, release: key, commitment} = await params;
  const found = findCommitment(key, commitment, locale);
  if (!found) return {};
  const t = await getTranslations({locale, namespace: 'CommitmentHeading'});
  return pageMetadata({
    locale,
    pathFor: (each) => commitmentPath(each, key, commitment),
    title: `${found.section.number === undefined ? '' : `${t('label', {number: found.section.number})}: `}${found.section.title} · ${found.release.versions[locale].meta.title}`,
    description: found.section.paragraphs[0]?.text ?? found.release.versions[locale].meta.description,
    article: await shareArticle(locale, found.release, found.section),
  });
}

// On its own page the section's heading is the `h1`: its `###` subheadings
// (h3 in the full statement, under the section's h2) become h2, h4 h3…
function raiseSubheadings(html: string): string {
  return html.replace(/<(\/?)h([3-6])>/g, (_, slash: string, level: string) => `<${slash}h${Number(level) - 1}>`);
}

export default async function CommitmentPage({params}: Props) {
  const {locale, release: key, commitment} = await params;
  setRequestLocale(locale);
  const found = findCommitment(key, commitment, locale);
  if (!found) notFound();
  const {section, sections, commitments, index} = found;
  const plain = section.number === undefined;
  const meta = found.release.versions[locale].meta;
  const t = await getTranslations({locale, namespace: 'CommitmentPage'});
  return (
    <>
      <SiteHeader locale={locale} pathFor={(each) => commitmentPath(each, key, commitment)} sideBySide={`${sideBySidePath(locale, key)}#${commitment}`} />
      <main id={CHROME_IDS.main}>
        <PreviewBanner locale={locale} release={found.release} />
        <JsonLd data={commitmentJsonLd(found.release, section, locale)} />
        <article className="statement commitment-page">
          <header className="release-header">
            <p className="kicker">
              <a href={releasePath(locale, key)}>{t('partOf', {title: meta.title})}</a>
            </p>
            <Dateline locale={locale} meta={meta} />
            {section.number !== undefined && <p className="position">{t('position', {number: section.number, total: commitments.length})}</p>}
          </header>
          <div className="statement-body">
            <CommitmentHeading section={section} as="h1" />
            <div className="commitment-tools" data-chrome>
              <p className="permalink-url">
                {t('permalink')} <a href={commitmentPath(locale, key, commitment)}>{absoluteUrl(commitmentPath(locale, key, commitment))}</a>
              </p>
              <CommitmentShare locale={locale} release={found.release} section={section} />
            </div>
            <div className="section-text" dangerouslySetInnerHTML={{__html: raiseSubheadings(section.html)}} />
          </div>
          <p className="in-statement">
            <a href={sectionPath(locale, key, section.key)}>{t(plain ? 'inStatementSection' : 'inStatement')}</a>
          </p>
        </article>
        <CommitmentNeighbours
          locale={locale}
          release={key}
          previous={sections[index - 1]}
          next={sections[index + 1]}
          onlyCommitments={commitments.length === sections.length}
        />
      </main>
    </>
  );
}
