import {isLocale, routing} from '@/i18n/routing';
import {atomFeed} from '@/lib/site/feeds';

// Written once at build time: /nl/feed.xml and /en/feed.xml.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!isLocale(locale)) return new Response('Not found', {status: 404});
  return new Response(await atomFeed(locale), {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}});
}
