import {Readable} from 'node:stream';
import {LIMITS, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap';
import {routing, type Locale} from '@/i18n/routing';
import {sitePages} from '@/lib/site/pages';
import {absoluteUrl} from '@/lib/site/site';

/** The sitemaps.org limits of one sitemap file: 50,000 URLs and 50 MB. */
const MAX_URLS = LIMITS.MAX_SITEMAP_ITEM_LIMIT;
const MAX_BYTES = 50 * 1024 * 1024;

/** The sitemap's own address; past the limits, an index of `/sitemap-1.xml`, `/sitemap-2.xml`, … */
export const SITEMAP_PATH = '/sitemap.xml';
const partPath = (number: number) => `/sitemap-${number}.xml`;

/**
 * Every page in every language, each with its alternates in all languages
 * and `x-default`, and when it last changed.
 */
function sitemapItems(): SitemapItemLoose[] {
  const links = (pathFor: (locale: Locale) => string) => [
    ...routing.locales.map((locale) => ({lang: locale, url: absoluteUrl(pathFor(locale))})),
    {lang: 'x-default', url: absoluteUrl('/')},
  ];
  return [
    {url: absoluteUrl('/'), links: links((locale) => `/${locale}/`)},
    ...sitePages().flatMap(({pathFor, date}) =>
      routing.locales.map((locale) => ({
        url: absoluteUrl(pathFor(locale)),
        ...(date ? {lastmod: date} : {}),
        links: links(pathFor),
      })),
    ),
  ];
}

async function urlset(items: readonly SitemapItemLoose[]): Promise<string> {
  const stream = new SitemapStream({xmlns: {news: false, xhtml: true, image: false, video: false}});
  const xml = (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
  // The protocol's other limit: 50 MB uncompressed.
  if (Buffer.byteLength(xml) > MAX_BYTES) throw new Error('a sitemap file would be larger than the 50 MB the sitemaps.org protocol allows');
  return xml;
}

/**
 * The sitemap's files, by path, written by the `sitemap` package in the
 * protocol's order (`loc`, `lastmod`, then the `xhtml:link`s), which the
 * sitemaps.org schema checks: `/sitemap.xml` alone while the site has at
 * most 50,000 addresses; past that, `/sitemap.xml` is a sitemap index of
 * parts of 50,000 (`/sitemap-1.xml`, …), so robots.txt's address holds.
 *
 * @param items The addresses; every page of the site by default.
 */
export async function sitemapFiles(items: readonly SitemapItemLoose[] = sitemapItems()): Promise<Map<string, string>> {
  if (items.length <= MAX_URLS) return new Map([[SITEMAP_PATH, await urlset(items)]]);
  const parts = Array.from({length: Math.ceil(items.length / MAX_URLS)}, (_, index) => items.slice(index * MAX_URLS, (index + 1) * MAX_URLS));
  const files = new Map<string, string>();
  for (const [index, part] of parts.entries()) files.set(partPath(index + 1), await urlset(part));
  const index = new SitemapIndexStream();
  const lastmod = (part: readonly SitemapItemLoose[]) =>
    part
      .map((item) => item.lastmod)
      .filter((date): date is string => typeof date === 'string')
      .sort()
      .at(-1);
  const entries = parts.map((part, number) => ({url: absoluteUrl(partPath(number + 1)), ...(lastmod(part) ? {lastmod: lastmod(part)} : {})}));
  files.set(SITEMAP_PATH, (await streamToPromise(Readable.from(entries).pipe(index))).toString('utf8'));
  return files;
}
