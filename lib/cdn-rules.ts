// The export's rules for a static host or CDN, in the files Cloudflare Pages
// (and Netlify) read from the root of the upload: `_headers` and
// `_redirects`. Written by the build (scripts/postbuild.ts) from the same
// tables as npm start and nginx: lib/security-headers.ts and
// lib/serving-rules.ts.
import {contentSecurityPolicy, SECURITY_HEADERS} from '@/lib/security-headers';
import {CACHE_CONTROL, CACHED_PATHS, FEED_CONTENT_TYPE, REDIRECTS} from '@/lib/serving-rules';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const HEADER_RULE_LIMIT = 100;
/** Cloudflare Pages reads at most this many static rules from `_redirects`. */
export const REDIRECT_RULE_LIMIT = 2000;

type Rule = [pattern: string, lines: string[]];

const rule = ([pattern, lines]: Rule) => `${pattern}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

/**
 * The `_headers` file: the security headers and the pages' caching on every
 * answer, and for the assets and feeds their own caching (`! Name` drops the
 * value an earlier matching rule set; matching rules add up).
 *
 * @param pagePolicies Content-Security-Policy of each page whose policy is not
 *   the site-wide one, by its URL path (`/nl/`).
 */
export function headersFile(pagePolicies: Readonly<Record<string, string>> = {}): string {
  const rules: Rule[] = [
    [
      '/*',
      [
        ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
        `Content-Security-Policy: ${contentSecurityPolicy()}`,
        `Cache-Control: ${CACHE_CONTROL.pages}`,
        // The host compresses what the browser accepts; caches must keep the forms apart, as nginx's gzip_vary says.
        'Vary: Accept-Encoding',
        // Cloudflare adds `Access-Control-Allow-Origin: *` to static files; the servers send none.
        '! Access-Control-Allow-Origin',
      ],
    ],
    ...CACHED_PATHS.assets.map((pattern): Rule => [pattern, ['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.assets}`]]),
    ...CACHED_PATHS.feeds.map((pattern): Rule => [pattern, ['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.feeds}`, '! Content-Type', `Content-Type: ${FEED_CONTENT_TYPE}`]]),
    ...Object.entries(pagePolicies).map(([urlPath, policy]): Rule => [urlPath, ['! Content-Security-Policy', `Content-Security-Policy: ${policy}`]]),
  ];
  return `# Written by the build from lib/security-headers.ts and lib/serving-rules.ts.\n${rules.map(rule).join('')}`;
}

/**
 * The `_redirects` file: each page's address without its trailing slash to
 * the page, with the servers' status (the host's own would be 308).
 *
 * @param pages The URL paths of the pages, each ending in `/`.
 */
export function redirectsFile(pages: readonly string[]): string {
  const lines = pages.filter((page) => page !== '/').map((page) => `${page.slice(0, -1)} ${page} ${REDIRECTS.trailingSlash}`);
  return `# Written by the build from lib/serving-rules.ts.\n${lines.join('\n')}\n`;
}
