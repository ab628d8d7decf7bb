// The export's rules for a static host or CDN, in the files Cloudflare Pages
// (and Netlify) read from the root of the upload: `_headers` and
// `_redirects`. Written by the build (scripts/postbuild.ts) from the same
// tables as npm start and nginx: lib/serving/security-headers.ts and
// lib/serving/serving-rules.ts.
import {everyAnswerHeaders} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, CACHED_PATHS, CONTENT_TYPES, REDIRECTS} from '@/lib/serving/serving-rules';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
const HEADER_RULE_LIMIT = 100;
/** Cloudflare Pages reads at most this many static rules from `_redirects` (and 100 dynamic ones, which the site writes none of). */
const REDIRECT_RULE_LIMIT = 2000;

type Rule = [pattern: string, lines: string[]];

const rule = ([pattern, lines]: Rule) => `${pattern}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

/**
 * The `_headers` file: the security headers and the pages' caching on every
 * answer, and for the assets and feeds their own caching (`! Name` drops the
 * value an earlier matching rule set; matching rules add up).
 *
 */
export function headersFile(): string {
  const rules = new Map<string, string[]>([
    [
      '/*',
      [
        ...Object.entries(everyAnswerHeaders()).map(([name, value]) => `${name}: ${value}`),
        `Cache-Control: ${CACHE_CONTROL.pages}`,
        // The host compresses what the browser accepts; caches must keep the forms apart, as nginx's gzip_vary says.
        'Vary: Accept-Encoding',
        // Cloudflare adds `Access-Control-Allow-Origin: *` to static files; the servers send none.
        '! Access-Control-Allow-Origin',
      ],
    ],
  ]);
  // One rule per address: what a path needs besides `/*` is gathered under it.
  const add = (pattern: string, lines: string[]) => rules.set(pattern, [...(rules.get(pattern) ?? []), ...lines]);
  for (const pattern of CACHED_PATHS.assets) add(pattern, ['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.assets}`]);
  for (const pattern of CACHED_PATHS.feeds) add(pattern, ['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.feeds}`]);
  for (const [urlPath, type] of Object.entries(CONTENT_TYPES)) add(urlPath, ['! Content-Type', `Content-Type: ${type}`]);
  return `# Written by the build from lib/serving/security-headers.ts and lib/serving/serving-rules.ts.\n${[...rules].map(rule).join('')}`;
}

/**
 * The `_redirects` file: each moved page's address, with and without its
 * trailing slash, straight to the page that took its place. A page's address
 * without its slash is left to the host, which redirects it to the page
 * itself (308) wherever the page's `index.html` is: a rule for every page
 * would pass the host's limit at about 140 releases.
 *
 * @param moved The moved pages' paths (each ending in `/`) and where they went.
 */
export function redirectsFile(moved: ReadonlyArray<{from: string; to: string}>): string {
  const lines = moved.flatMap(({from, to}) => [`${from} ${to} ${REDIRECTS.moved}`, `${from.slice(0, -1)} ${to} ${REDIRECTS.moved}`]);
  return `# Written by the build from lib/serving/serving-rules.ts.\n${lines.map((line) => `${line}\n`).join('')}`;
}

/**
 * What the host would refuse or drop of these files: more rules than it reads.
 *
 * @param headers The `_headers` file.
 * @param redirects The `_redirects` file.
 * @returns One message for each file over its limit; none when both are within.
 */
export function cdnRuleProblems(headers: string, redirects: string): string[] {
  // A rule starts at a line that is a path; a redirect is a line that starts with one.
  const headerRules = headers.match(/^\//gm)?.length ?? 0;
  const redirectRules = redirects.match(/^\//gm)?.length ?? 0;
  return [
    ...(headerRules > HEADER_RULE_LIMIT ? [`_headers holds ${headerRules} rules; Cloudflare Pages reads at most ${HEADER_RULE_LIMIT}`] : []),
    ...(redirectRules > REDIRECT_RULE_LIMIT
      ? [
          `_redirects holds ${redirectRules} rules (two a moved page); Cloudflare Pages reads at most ${REDIRECT_RULE_LIMIT}: withdraw old moved addresses from the releases' \`redirects\``,
        ]
      : []),
  ];
}

/**
 * The CDN's two files for an export, checked against the host's limits.
 *
 * @param moved The moved pages' paths (each ending in `/`) and where they went.
 * @returns `_headers` and `_redirects`, by name.
 * @throws When the host would refuse or drop rules of either.
 */
export function cdnRuleFiles(moved: ReadonlyArray<{from: string; to: string}>): {_headers: string; _redirects: string} {
  const files = {_headers: headersFile(), _redirects: redirectsFile(moved)};
  const problems = cdnRuleProblems(files._headers, files._redirects);
  if (problems.length > 0) throw new Error(`the CDN's rules: ${problems.join('; ')}`);
  return files;
}
