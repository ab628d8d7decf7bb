import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import SiteHeader from '@/components/SiteHeader';
import type {Locale} from '@/i18n/routing';
import {formatDate} from '@/lib/site/dates';
import {siteConfig} from '@/lib/site/publisher';
import {accessibilityPath, CHROME_IDS} from '@/lib/site/routes';
import {pageMetadata} from '@/lib/site/site';

interface Props {
  params: Promise<{locale: Locale}>;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Accessibility'});
  return pageMetadata({locale, pathFor: accessibilityPath, title: t('title'), description: t('description')});
}

// The points of each list, as message keys (`Accessibility.works.keyboard`, …).
const WORKS = ['keyboard', 'noScript', 'zoom', 'scheme', 'languages', 'structure'] as const;
const TESTS = ['axe', 'keyboard', 'validator', 'lighthouse'] as const;

/**
 * `/{locale}/accessibility/`: the accessibility statement. What the site
 * aims for (WCAG 2.2 AA), what works, its known limits, how it is tested,
 * and where a reader reports a problem (site.yml).
 */
export default async function AccessibilityPage({params}: Props) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'Accessibility'});
  const intl = (await getTranslations({locale, namespace: 'Locale'}))('intl');
  const {email, reviewed} = siteConfig().accessibility;
  const list = (group: 'works' | 'tests', keys: readonly string[]) => (
    <ul>
      {keys.map((key) => (
        <li key={key}>{t(`${group}.${key}`)}</li>
      ))}
    </ul>
  );
  return (
    <>
      <SiteHeader locale={locale} pathFor={accessibilityPath} />
      <main id={CHROME_IDS.main}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro', {office: siteConfig().publisher.name[locale]})}</p>
        <h2>{t('worksTitle')}</h2>
        {list('works', WORKS)}
        <h2>{t('limitsTitle')}</h2>
        <p>{t('limits')}</p>
        <h2>{t('testsTitle')}</h2>
        {list('tests', TESTS)}
        <h2>{t('reportTitle')}</h2>
        <p>
          {t('report')} <a href={`mailto:${email}`}>{email}</a>.
        </p>
        <p>{t('reportDetail')}</p>
        <p className="reviewed">
          {t('reviewed')} <time dateTime={reviewed}>{formatDate(reviewed, intl)}</time>.
        </p>
      </main>
    </>
  );
}
