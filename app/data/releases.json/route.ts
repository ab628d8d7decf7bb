import {releaseIndexDocument, jsonFile} from '@/lib/site/release-data';
import {getReleases} from '@/lib/site/releases';

// Written once at build time: /data/releases.json.
export const dynamic = 'force-static';

export function GET() {
  return new Response(jsonFile(releaseIndexDocument(getReleases())), {headers: {'Content-Type': 'application/json'}});
}
