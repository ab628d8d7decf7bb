import {releaseDataParams} from '@/lib/build/static-params';
import {jsonFile, releaseDocument} from '@/lib/site/release-data';
import {findRelease} from '@/lib/site/releases';

// Written once at build time: /data/releases/{release}.json, one per release;
// those of the releases whose pages are cached come from the page cache.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return releaseDataParams();
}

export async function GET(_request: Request, {params}: {params: Promise<{file: string}>}) {
  const {file} = await params;
  const release = file.endsWith('.json') ? findRelease(file.slice(0, -'.json'.length)) : undefined;
  if (!release) return new Response('Not found', {status: 404});
  return new Response(jsonFile(releaseDocument(release)), {headers: {'Content-Type': 'application/json'}});
}
