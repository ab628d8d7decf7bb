import {SITEMAP_PATH, sitemapFiles} from '@/lib/site/sitemap';

// Written once at build time: /sitemap.xml (the postbuild step writes its
// parts, when the site outgrows one file).
export const dynamic = 'force-static';

export async function GET() {
  return new Response((await sitemapFiles()).get(SITEMAP_PATH), {headers: {'Content-Type': 'application/xml; charset=utf-8'}});
}
