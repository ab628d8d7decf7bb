// Where a build may be published. Every absolute URL of the export (canonical,
// alternates, share images, JSON-LD, feeds, sitemap, citations) is built from
// SITE_ORIGIN, so a build for the wrong origin gives readers and search
// engines links that do not work.

/** The origin of a build made without SITE_ORIGIN (`next dev`'s address). */
const LOCAL_ORIGIN = 'http://localhost:3000';

/**
 * The origin a build's absolute URLs are made from.
 *
 * @param origin The value of `SITE_ORIGIN`, if set.
 */
export function buildOrigin(origin: string | undefined): string {
  return new URL(origin || LOCAL_ORIGIN).origin;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a build for this origin must not be made, or undefined when it may:
 * a deployment needs an `https://` origin; plain `http://` is accepted only
 * on loopback, for a build that never leaves this machine (`npm start`'s).
 *
 * @param origin The value of `SITE_ORIGIN`, if set.
 */
export function siteOriginProblem(origin: string | undefined): string | undefined {
  const advice =
    'Set SITE_ORIGIN to the https:// address the site is published at, e.g. SITE_ORIGIN=https://press.example.org npm run build (npm start builds for its own address by itself).';
  if (!origin) return `SITE_ORIGIN is not set: the build would point every absolute URL at ${LOCAL_ORIGIN}. ${advice}`;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `SITE_ORIGIN is not a URL: ${JSON.stringify(origin)}. ${advice}`;
  }
  if (url.origin !== origin.replace(/\/$/, '')) return `SITE_ORIGIN must be an origin only (scheme, host and port), not ${JSON.stringify(origin)}. ${advice}`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return `SITE_ORIGIN is ${origin}: a published site is served over HTTPS, and its links, feeds and share images must say so. ${advice}`;
}
