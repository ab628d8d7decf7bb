import {readFileSync} from 'node:fs';
import path from 'node:path';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/i18n/routing';
import {siteConfig} from '@/lib/publisher';
import {homePath} from '@/lib/routes';

// The emblem is drawn inline, one request fewer before the page is read;
// an XML prolog, a doctype or the SVG namespace (implied in HTML) would be
// bytes for nothing.
function inlineSvg(file: string): string {
  return readFileSync(path.join('public', file), 'utf8')
    .replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?/i, '')
    .replace(/(<svg\b[^>]*?)\s+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '$1');
}

interface Props {
  /** The page's language; none on the bilingual pages at the root, which name the office in every language. */
  locale?: Locale;
}

/**
 * The band across the top of every page: the issuing office's emblem and
 * name (from site.yml) and the site's title, one link home.
 */
export default async function PublisherBand({locale}: Props) {
  const {publisher} = siteConfig();
  const emblem = publisher.emblem ? inlineSvg(publisher.emblem) : undefined;
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
