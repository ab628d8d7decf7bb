import {sitemapXml} from '@/lib/sitemap';

// Written once at build time: /sitemap.xml.
export const dynamic = 'force-static';

export async function GET() {
  return new Response(await sitemapXml(), {headers: {'Content-Type': 'application/xml; charset=utf-8'}});
}
