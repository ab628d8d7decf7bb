import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {siteConfig} from '@/lib/site/publisher';
import {homePath} from '@/lib/site/routes';

interface Props {
  /** The page's language; none on the bilingual pages at the root, which name the office in every language. */
  locale?: Locale;
}

/**
 * The band across the top of every page: the issuing office's emblem and
 * name (from site.yml) and the site's title, one link home.
 */
export default async function PublisherBand({locale}: Props) {
  // The emblem is drawn inline (read once with the configuration): one request fewer before the page is read.
  const {publisher, emblemSvg: emblem} = siteConfig();
  const locales = locale ? [locale] : routing.locales;
  const names = await Promise.all(
    locales.map(async (each) => ({
      locale: each,
      office: publisher.name[each],
      title: (await getTranslations({locale: each, namespace: 'Layout'}))('siteName'),
    })),
  );
  return (
    <div className="publisher-band">
      <a className="site-name" href={locale ? homePath(locale) : '/'}>
        {emblem && <span className="emblem" aria-hidden="true" dangerouslySetInnerHTML={{__html: emblem}} />}
        {names.map((name) => (
          <span key={name.locale} className="publisher" lang={locale ? undefined : name.locale}>
            <span className="office">{name.office}</span> <span className="site-title">{name.title}</span>
          </span>
        ))}
      </a>
    </div>
  );
}
