// Run after `next build` (`npm run build`): everything that needs the finished
// export. It turns Next's pages into plain documents (no framework script, no
// React Server Components payload) with the project's small enhancements as
// content-hashed module scripts, deletes the framework files no page
// references any more, writes the prefetch rules, precompresses text files,
// and writes the nginx configuration from its template and the CDN's
// `_headers` and `_redirects`, all from the one list of headers, the one
// Content-Security-Policy and the serving rules.
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';
import {promisify} from 'node:util';
import {gzip} from 'node:zlib';
import {routing, type Locale} from '@/i18n/routing';
import {acceptLanguagePattern} from '@/lib/serving/accept-language';
import {cdnRuleProblems, headersFile, redirectsFile} from '@/lib/serving/cdn-rules';
import {enhancementBundler, ENHANCEMENTS_PATH, scriptAttributes} from '@/lib/build/enhancements';
import {movedPageHtml, type MovedMessages} from '@/lib/site/moved-page';
import {cachedReleaseScripts, hasCachedPages, keepReleasePages} from '@/lib/build/page-cache';
import {movedPages, writeLedger} from '@/lib/site/published-urls';
import {releaseIndexDataPath, SEARCH_INDEX_PATH} from '@/lib/site/routes';
import {contentDirectory, getReleases, nextEmbargo, previewing, publishAt} from '@/lib/site/releases';
import {SITEMAP_PATH, sitemapFiles} from '@/lib/site/sitemap';
import {everyAnswerHeaders} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, FEED_CONTENT_TYPE, PREVIEW_RULES, REDIRECTS} from '@/lib/serving/serving-rules';
import {buildOrigin} from '@/lib/site/site-origin';
import {SPECULATION_RULES, SPECULATION_RULES_PATH, SPECULATION_RULES_TYPE} from '@/lib/serving/speculation-rules';
import {handle as staticPage, type StaticPageJob} from '@/lib/build/static-document';
import {PLACEHOLDER_SEGMENT} from '@/lib/build/static-params';
import {runJobs, workerCount} from '@/lib/build/worker-pool';
import {PREVIEW_MARKER} from './deploy/releases';
import {discardExportOnFailure, writeExportInfo} from './export-info';
import {exportFolder, recordsFolder} from './folders';

discardExportOnFailure('postbuild');
const exportRoot = exportFolder();
const buildRoot = recordsFolder();
const COMPRESSIBLE = /\.(html|css|js|xml|txt|svg|json)$/;

// The page a route exports when the site has none of its pages is no page of the site.
for (const locale of routing.locales) rmSync(path.join(exportRoot, locale, PLACEHOLDER_SEGMENT), {recursive: true, force: true});

// Releases whose pages came from the page cache (scripts/page-cache.ts) are
// already as published: static documents with their precompressed copies.
// Nothing below processes them again; the others are kept in the cache at
// the end (lib/build/page-cache.ts).
const releases = getReleases();
const cachedReleases = new Set(releases.filter((release) => hasCachedPages(release)).map((release) => release.key));
const releaseKeys = new Set(releases.map((release) => release.key));
/** The release whose folder holds this file of the export, if any. */
const releaseOf = (file: string): string | undefined => {
  const [locale, key] = path.relative(exportRoot, file).split(path.sep);
  return routing.locales.includes(locale as Locale) && releaseKeys.has(key ?? '') ? key : undefined;
};
// Moved pages (below) are written by every build, in cached releases' folders too.
const moved = movedPages(releases);
const folderOf = (urlPath: string) => path.join(exportRoot, ...urlPath.split('/').filter(Boolean));
const movedFolders = moved.map((page) => folderOf(page.from));
const isMovedPage = (file: string) => movedFolders.some((folder) => file.startsWith(folder + path.sep));
const fromCache = (file: string) => cachedReleases.has(releaseOf(file) ?? '') && !isMovedPage(file);

// Pages: plain documents, each with one script holding the enhancements it
// uses; on every core from 200 pages on (about 6 ms a page in one thread,
// against about 0.4 s to start a worker).
const ENHANCEMENTS_DIR = 'enhancements';
const bundler = enhancementBundler(ENHANCEMENTS_DIR, exportRoot);
const pages = filesUnder(exportRoot).filter((file) => file.endsWith('.html'));
const pageJobs: StaticPageJob[] = pages.filter((file) => !fromCache(file)).map((file) => ({file, exportRoot, sourceDir: ENHANCEMENTS_DIR}));
const pageScripts = await runJobs(
  {url: new URL('../lib/build/static-document.ts', import.meta.url), handle: staticPage},
  pageJobs,
  workerCount(pageJobs.length, 200),
);
const scripts = new Set(pageScripts.filter((script) => script !== null));
// The scripts the cached pages refer to, bundled again from the same
// modules: the cache key covers them, so the names come out the same.
for (const release of releases.filter((each) => cachedReleases.has(each.key))) {
  for (const script of cachedReleaseScripts(release)) {
    const bundled = bundler.scriptFor(scriptAttributes(script));
    if (bundled !== script) throw new Error(`the page cache's pages of ${release.key} refer to ${script}, which the enhancements now bundle as ${bundled}`);
    scripts.add(script);
  }
}

// Static hosts send `<folder>/404.html` for an unknown address below the
// folder: each language's (already static) 404 document is copied there.
for (const locale of routing.locales) {
  copyFileSync(path.join(exportRoot, locale, '404', 'index.html'), path.join(exportRoot, locale, '404.html'));
}

// Moved pages (a release's `redirects`): every server answers them with a
// 301, and a static page is left at each address for hosts that cannot
// redirect. Written after the pass above, which expects Next's pages only.
const origin = buildOrigin(process.env.SITE_ORIGIN);
for (const {from, to} of moved) {
  const locale = routing.locales.find((each) => from.startsWith(`/${each}/`))!;
  const messages = (JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as {Moved: MovedMessages}).Moved;
  mkdirSync(path.join(exportRoot, from), {recursive: true});
  writeFileSync(path.join(exportRoot, from, 'index.html'), movedPageHtml(locale, to, new URL(to, origin).href, messages));
}

// The sitemap's parts, once the site outgrows one file: Next's route wrote
// `/sitemap.xml` from the same function, as their index then; a site that
// fits one file (its urlset) needs nothing more, and is not listed again.
if (readFileSync(path.join(exportRoot, SITEMAP_PATH), 'utf8').includes('<sitemapindex')) {
  for (const [file, xml] of await sitemapFiles()) if (file !== SITEMAP_PATH) writeFileSync(path.join(exportRoot, file), xml);
}

// Framework files no page references now: every script under _next/ (CSS
// and fonts stay), and the RSC payloads Next's client router would fetch.
const pageSet = new Set(pages);
const isRscPayload = (file: string) => {
  const name = path.basename(file);
  return name.startsWith('__next.') ? name.endsWith('.txt') : name === 'index.txt' && pageSet.has(path.join(path.dirname(file), 'index.html'));
};
const frameworkFiles = filesUnder(exportRoot).filter(
  (file) => (file.startsWith(path.join(exportRoot, '_next') + path.sep) && file.endsWith('.js')) || isRscPayload(file),
);
for (const file of frameworkFiles) rmSync(file);
const removeEmptyFolders = (dir: string): void => {
  for (const name of readdirSync(dir)) if (statSync(path.join(dir, name)).isDirectory()) removeEmptyFolders(path.join(dir, name));
  if (readdirSync(dir).length === 0) rmSync(dir, {recursive: true});
};
removeEmptyFolders(path.join(exportRoot, '_next'));

writeFileSync(path.join(exportRoot, SPECULATION_RULES_PATH), `${JSON.stringify(SPECULATION_RULES)}\n`);

// Precompressed copies for nginx's gzip_static, made on libuv's thread pool
// (every core) a few files at a time.
const compressible = filesUnder(exportRoot).filter((each) => COMPRESSIBLE.test(each) && !each.endsWith('.gz') && !fromCache(each));
const compress = promisify(gzip);
await Promise.all(
  Array.from({length: 8}, async (_, lane) => {
    for (let index = lane; index < compressible.length; index += 8) {
      const file = compressible[index]!;
      writeFileSync(`${file}.gz`, await compress(readFileSync(file), {level: 9}));
    }
  }),
);

const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
// The preview for journalists: every answer unindexed and uncached, behind a password, on a host name of its own.
const preview = previewing();
const cacheControl = (value: string) => (preview ? PREVIEW_RULES.cacheControl : value);
const headers = Object.entries({...everyAnswerHeaders(), ...(preview ? {'X-Robots-Tag': PREVIEW_RULES.robots} : {})})
  .map(([name, value]) => `        add_header ${name} ${quote(value)} always;`)
  .join('\n');
// One entry: the pattern captures the language in the request's own case,
// and the template's second map turns it into the site's. The pattern holds
// no quote, and nginx keeps its backslashes and `$` as they are.
const languageMap = `    "~*${acceptLanguagePattern(routing.locales)}" $1;`;
const languageCases = routing.locales.map((locale) => `    "~*^${locale}$" ${locale};`).join('\n');
const host = new URL(buildOrigin(process.env.SITE_ORIGIN)).hostname;
const previewHost = process.env.PREVIEW_HOST || `preview.${host}`;
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
  .replaceAll('{{locales}}', routing.locales.join('|'))
  .replace('{{enhancements}}', ENHANCEMENTS_PATH)
  .replace('{{data}}', `${path.posix.dirname(releaseIndexDataPath())}/`)
  .replace('{{search_index}}', SEARCH_INDEX_PATH)
  .replace('{{speculation_rules}}', SPECULATION_RULES_PATH)
  .replace('{{speculation_rules_type}}', SPECULATION_RULES_TYPE)
  .replaceAll('{{cache_pages}}', cacheControl(CACHE_CONTROL.pages))
  .replaceAll('{{cache_assets}}', cacheControl(CACHE_CONTROL.assets))
  .replaceAll('{{cache_feeds}}', cacheControl(CACHE_CONTROL.feeds))
  .replaceAll('{{cache_not_found}}', cacheControl(CACHE_CONTROL.notFound))
  .replaceAll('{{server_name}}', preview ? previewHost : '_')
  // The public server answers any name; the preview only its own, beside it.
  .replaceAll('{{default_server}}', preview ? '' : ' default_server')
  .replaceAll('{{variable}}', preview ? 'persberichten_preview' : 'persberichten')
  .replace(
    '{{access}}',
    preview
      ? `    auth_basic "Embargoed releases, for accredited journalists";\n    auth_basic_user_file ${process.env.NGINX_PREVIEW_HTPASSWD || '/etc/nginx/persberichten-preview.htpasswd'};`
      : '    # Public: no password.',
  )
  .replace('{{redirect_language}}', String(REDIRECTS.language))
  .replace('{{redirect_https}}', String(REDIRECTS.https))
  .replace('{{feed_type}}', FEED_CONTENT_TYPE)
  .replace(
    '{{moved}}',
    moved.length === 0
      ? '    # None.'
      : moved
          .flatMap(({from, to}) =>
            [from, from.slice(0, -1)].map((address) => `    location = ${address} {\n${headers}\n        return ${REDIRECTS.moved} ${to}$is_args$args;\n    }`),
          )
          .join('\n\n'),
  )
  .replace('{{listen}}', process.env.NGINX_LISTEN || '443')
  .replace('{{http_listen}}', process.env.NGINX_HTTP_LISTEN || '80')
  .replace('{{tls_cert}}', process.env.NGINX_TLS_CERT || `/etc/letsencrypt/live/${preview ? previewHost : host}/fullchain.pem`)
  .replace('{{tls_key}}', process.env.NGINX_TLS_KEY || `/etc/letsencrypt/live/${preview ? previewHost : host}/privkey.pem`)
  .replace('{{ocsp_stapling}}', ocspStapling)
  .replace('{{acme_root}}', process.env.NGINX_ACME_ROOT || '/var/www/acme')
  .replace('{{root}}', (preview ? process.env.NGINX_PREVIEW_ROOT : process.env.NGINX_ROOT) || exportRoot);
const leftOver = /\{\{\w+\}\}/.exec(config);
if (leftOver) throw new Error(`deploy/nginx/persberichten.conf.template: ${leftOver[0]} is not filled in by scripts/postbuild.ts`);
mkdirSync(path.join(buildRoot, 'nginx'), {recursive: true});
writeFileSync(path.join(buildRoot, 'nginx', 'persberichten.conf'), config);

// The CDN's rules: the same headers and one policy on every answer, and the
// moved pages' redirects; refused when the host would not read them whole.
const cdnHeaders = headersFile();
const cdnRedirects = redirectsFile(moved);
const cdnProblems = cdnRuleProblems(cdnHeaders, cdnRedirects);
if (cdnProblems.length > 0) throw new Error(`postbuild: ${cdnProblems.join('; ')}`);
// The preview is served by npm start and nginx, behind a password: never by a CDN's public rules.
if (!preview) {
  writeFileSync(path.join(exportRoot, '_headers'), cdnHeaders);
  writeFileSync(path.join(exportRoot, '_redirects'), cdnRedirects);
}

// The ledger of published addresses, in the content folder, grows by what
// this build made; committed with the content, it keeps them
// (lib/site/published-urls.ts). The preview publishes nothing, and a build
// made ahead for an embargo (the scheduler's) publishes only at its instant:
// its addresses are not published yet, and may yet change.
if (!preview && publishAt().getTime() <= Date.now()) writeLedger(contentDirectory(), releases);
// The preview is marked as such, so that it is never released as the public site (scripts/deploy/releases.ts).
if (preview) writeFileSync(path.join(exportRoot, PREVIEW_MARKER), 'The preview for journalists: never the public site.\n');

// What Next prerendered for this export, kept beside its other records: the
// next build of any other content folder replaces Next's own copy in .next/.
copyFileSync(path.join('.next', 'prerender-manifest.json'), path.join(buildRoot, 'prerender-manifest.json'));

// The releases Next rendered, kept in the page cache as published, with the
// scripts their pages refer to; their moved pages are written by every build.
const scriptsOf = new Map<string, string[]>();
pageJobs.forEach((job, index) => {
  const key = releaseOf(job.file);
  const script = pageScripts[index];
  if (key && script) scriptsOf.set(key, [...(scriptsOf.get(key) ?? []), script]);
});
for (const release of releases.filter((each) => !cachedReleases.has(each.key))) {
  const ownMoved = moved.filter((page) => page.release === release.key).map((page) => folderOf(page.from));
  keepReleasePages(release, exportRoot, scriptsOf.get(release.key) ?? [], ownMoved);
}

// Last, once everything else is written: `npm start` serves this export
// only while the content folder, the hash and the origin recorded here still
// hold, and until the next embargo ends.
writeExportInfo(process.cwd(), contentDirectory(), buildOrigin(process.env.SITE_ORIGIN), nextEmbargo());

console.log(
  `postbuild: ${pages.length} static documents, ${pageJobs.length} of them processed (the others from the page cache), ${scripts.size} enhancement scripts (${bundler.attributes.length} enhancements), ${frameworkFiles.length} framework files removed, nginx configuration in ${path.relative(process.cwd(), path.join(buildRoot, 'nginx', 'persberichten.conf'))}, _headers and _redirects in ${path.relative(process.cwd(), exportRoot) || '.'}/, for ${buildOrigin(process.env.SITE_ORIGIN)}`,
);
