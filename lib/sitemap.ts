import {Readable} from 'node:stream';
import {LIMITS, SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap';
import {routing, type Locale} from '@/i18n/routing';
import {releaseTime} from '@/lib/dates';
import {sitePages} from '@/lib/pages';
import {absoluteUrl} from '@/lib/site';

/** The sitemaps.org limits of one sitemap file: 50,000 URLs and 50 MB. */
const MAX_URLS = LIMITS.MAX_SITEMAP_ITEM_LIMIT;
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * `/sitemap.xml`: every page in every language, each with its alternates in
 * all languages and `x-default`, written by the `sitemap` package in the
 * protocol's order (`loc`, `lastmod`, then the `xhtml:link`s), which the
 * sitemaps.org schema checks.
 */
export async function sitemapXml(): Promise<string> {
  const links = (pathFor: (locale: Locale) => string) => [
    ...routing.locales.map((locale) => ({lang: locale, url: absoluteUrl(pathFor(locale))})),
    {lang: 'x-default', url: absoluteUrl('/')},
  ];
  const items: SitemapItemLoose[] = [
    {url: absoluteUrl('/'), links: links((locale) => `/${locale}/`)},
    ...sitePages().flatMap(({pathFor, date}) =>
      routing.locales.map((locale) => ({
        url: absoluteUrl(pathFor(locale)),
        ...(date ? {lastmod: releaseTime(date).toISOString()} : {}),
        links: links(pathFor),
      })),
    ),
  ];
  // Past the protocol's limit the file would be refused by search engines: stop rather than publish it.
  if (items.length > MAX_URLS) throw new Error(`the sitemap would list ${items.length} URLs; the sitemaps.org protocol allows ${MAX_URLS} in one file`);
  const stream = new SitemapStream({xmlns: {news: false, xhtml: true, image: false, video: false}});
  const xml = (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
  // The protocol's other limit: 50 MB uncompressed.
  if (Buffer.byteLength(xml) > MAX_BYTES) throw new Error('the sitemap would be larger than the 50 MB the sitemaps.org protocol allows');
  return xml;
}
