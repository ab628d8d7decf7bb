// Run after `next build` (`npm run build`): everything that needs the finished
// export. It computes each page's Content-Security-Policy from the hashes of
// its inline scripts, precompresses text files, and writes the nginx
// configuration from its template and the CDN's `_headers` and `_redirects`,
// both from the one list of security headers and the serving rules.
import {copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {routing} from '@/i18n/routing';
import {acceptLanguagePattern} from '@/lib/accept-language';
import {headersFile, HEADER_RULE_LIMIT, REDIRECT_RULE_LIMIT, redirectsFile} from '@/lib/cdn-rules';
import {inlineScriptHashes} from '@/lib/inline-scripts';
import {contentDirectory} from '@/lib/content';
import {contentSecurityPolicy, SECURITY_HEADERS} from '@/lib/security-headers';
import {CACHE_CONTROL, REDIRECTS} from '@/lib/serving-rules';
import {buildOrigin} from '@/lib/site-origin';
import {writeExportInfo} from './export-info';

const exportRoot = path.resolve('out');
const buildRoot = path.resolve('build');
const COMPRESSIBLE = /\.(html|css|js|xml|txt|svg|json)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

// Static hosts send `<folder>/404.html` for an unknown address below the
// folder: each language's 404 document is copied there.
for (const locale of routing.locales) {
  copyFileSync(path.join(exportRoot, locale, '404', 'index.html'), path.join(exportRoot, locale, '404.html'));
}

const all = files(exportRoot).filter((file) => !file.endsWith('.gz'));
const urlPath = (file: string) => `/${path.relative(exportRoot, file).split(path.sep).join('/')}`;

// Each HTML file's policy, keyed by its path in the export (`/nl/index.html`).
const policies: Record<string, string> = {};
for (const file of all.filter((each) => each.endsWith('.html'))) {
  policies[urlPath(file)] = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
}

for (const file of all.filter((each) => COMPRESSIBLE.test(each))) {
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), {level: 9}));
}

mkdirSync(path.join(buildRoot, 'nginx'), {recursive: true});
writeFileSync(path.join(buildRoot, 'csp.json'), `${JSON.stringify(policies, null, 2)}\n`);

const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
const headers = Object.entries(SECURITY_HEADERS)
  .map(([name, value]) => `        add_header ${name} ${quote(value)} always;`)
  .concat('        add_header Content-Security-Policy $persberichten_csp always;')
  .join('\n');
// One entry: the pattern captures the language in the request's own case,
// and the template's second map turns it into the site's. The pattern holds
// no quote, and nginx keeps its backslashes and `$` as they are.
const languageMap = `    "~*${acceptLanguagePattern(routing.locales)}" $1;`;
const languageCases = routing.locales.map((locale) => `    "~*^${locale}$" ${locale};`).join('\n');
const host = new URL(buildOrigin(process.env.SITE_ORIGIN)).hostname;
// OCSP stapling needs the issuer's chain to verify the answers it staples,
// and a resolver to reach the certificate authority's responder.
const ocspStapling = process.env.NGINX_TLS_CHAIN
  ? [
      '    ssl_stapling on;',
      '    ssl_stapling_verify on;',
      `    ssl_trusted_certificate ${process.env.NGINX_TLS_CHAIN};`,
      `    resolver ${process.env.NGINX_RESOLVER || '127.0.0.53'};`,
    ].join('\n')
  : '    # OCSP stapling: set NGINX_TLS_CHAIN (and NGINX_RESOLVER) when building.';
const template = readFileSync(path.resolve('deploy', 'nginx', 'persberichten.conf.template'), 'utf8');
const config = template
  .replaceAll('{{headers}}', headers)
  .replace('{{language_map}}', languageMap)
  .replace('{{language_cases}}', languageCases)
  .replace('{{default_csp}}', contentSecurityPolicy())
  .replace('{{csp_map}}', Object.entries(policies).map(([file, policy]) => `    ${quote(file)} ${quote(policy)};`).join('\n'))
  .replaceAll('{{locales}}', routing.locales.join('|'))
  .replaceAll('{{cache_pages}}', CACHE_CONTROL.pages)
  .replaceAll('{{cache_assets}}', CACHE_CONTROL.assets)
  .replaceAll('{{cache_feeds}}', CACHE_CONTROL.feeds)
  .replaceAll('{{cache_not_found}}', CACHE_CONTROL.notFound)
  .replace('{{redirect_language}}', String(REDIRECTS.language))
  .replace('{{redirect_https}}', String(REDIRECTS.https))
  .replace('{{listen}}', process.env.NGINX_LISTEN || '443')
  .replace('{{http_listen}}', process.env.NGINX_HTTP_LISTEN || '80')
  .replace('{{tls_cert}}', process.env.NGINX_TLS_CERT || `/etc/letsencrypt/live/${host}/fullchain.pem`)
  .replace('{{tls_key}}', process.env.NGINX_TLS_KEY || `/etc/letsencrypt/live/${host}/privkey.pem`)
  .replace('{{ocsp_stapling}}', ocspStapling)
  .replace('{{acme_root}}', process.env.NGINX_ACME_ROOT || '/var/www/acme')
  .replace('{{root}}', process.env.NGINX_ROOT || exportRoot);
writeFileSync(path.join(buildRoot, 'nginx', 'persberichten.conf'), config);

// The CDN's rules. Until every page shares one policy, each page with inline
// scripts carries its own; the 404 documents, sent for any address, get the
// site-wide one.
const isPage = (file: string) => file.endsWith('/index.html') && !/^\/(?:[a-z]{2}\/)?(?:404|_not-found)\//.test(file);
const pageUrl = (file: string) => file.replace(/index\.html$/, '');
const pages = all.map(urlPath).filter(isPage).map(pageUrl);
const pagePolicies = Object.fromEntries(
  Object.entries(policies)
    .filter(([file, policy]) => isPage(file) && policy !== contentSecurityPolicy())
    .map(([file, policy]) => [pageUrl(file), policy]),
);
const cdnHeaders = headersFile(pagePolicies);
const cdnRedirects = redirectsFile(pages);
// A rule starts at a line that is a path; a redirect is a line that starts with one.
const headerRules = cdnHeaders.match(/^\//gm)?.length ?? 0;
const redirectRules = cdnRedirects.match(/^\//gm)?.length ?? 0;
if (headerRules > HEADER_RULE_LIMIT) console.warn(`postbuild: _headers holds ${headerRules} rules; Cloudflare Pages reads the first ${HEADER_RULE_LIMIT}`);
if (redirectRules > REDIRECT_RULE_LIMIT) console.warn(`postbuild: _redirects holds ${redirectRules} rules; Cloudflare Pages reads the first ${REDIRECT_RULE_LIMIT} (its own redirect, 308, covers the rest)`);
writeFileSync(path.join(exportRoot, '_headers'), cdnHeaders);
writeFileSync(path.join(exportRoot, '_redirects'), cdnRedirects);

// Last, once everything else is written: `npm start` serves this export
// only while the content folder, the hash and the origin recorded here still hold.
writeExportInfo(process.cwd(), contentDirectory(), buildOrigin(process.env.SITE_ORIGIN));

console.log(`postbuild: ${Object.keys(policies).length} page policies, nginx configuration in ${path.relative(process.cwd(), path.join(buildRoot, 'nginx', 'persberichten.conf'))}, _headers and _redirects in out/, for ${buildOrigin(process.env.SITE_ORIGIN)}`);
