#!/usr/bin/env node
// `npm start`: build the static export unless it is what the content and
// sources would make now (see export-info.ts), then serve `out/` the way the
// shipped nginx configuration does: clean URLs
// with a trailing slash, the localized 404 page with status 404, long caching
// for hashed assets, precompressed files, and the same security headers.
// `npm start -- --preview` (or SITE_PREVIEW=1) builds and serves the preview
// for journalists (`out-preview/`) instead, as nginx's preview server does:
// every answer `X-Robots-Tag: noindex` and `Cache-Control: private, no-store`.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type RequestListener, type ServerResponse} from 'node:http';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';
import {fileURLToPath} from 'node:url';
import sirv from 'sirv';
import {routing} from '../i18n/routing';
import {negotiateLocale} from '@/lib/serving/accept-language';
import {everyAnswerHeaders} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, cacheControlFor, contentTypeFor, isNotPage, PREVIEW_RULES, REDIRECTS} from '@/lib/serving/serving-rules';
import {staleExportReason} from './export-info';
import {exportFolder, choosePreviewFolders} from './folders';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Build the export unless it was built from this content folder and these
 * very contents and sources, for this origin; say why when it builds.
 *
 * @param root The project folder.
 * @param build The build command, `npm run build`.
 * @param origin The origin the export's absolute URLs must point at (the build gets it as SITE_ORIGIN).
 */
export function buildIfNeeded(root = projectRoot, build: [string, ...string[]] = ['npm', 'run', 'build'], origin?: string): void {
  const reason = staleExportReason(root, process.env.CONTENT_DIR || 'content', origin);
  if (!reason) return;
  console.log(`Building the static export (${build.join(' ')}): ${reason}…`);
  const result = spawnSync(build[0], build.slice(1), {cwd: root, stdio: 'inherit', env: {...process.env, ...(origin ? {SITE_ORIGIN: origin} : {})}});
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const LOCALE_SEGMENT = new RegExp(`^/(${routing.locales.join('|')})/`);

/** The folders of an export that are pages (they have an index.html), as URL paths ending in `/`. */
function pageFoldersOf(root: string): string[] {
  return filesUnder(root)
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.relative(root, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
}

/**
 * The redirects of an export's `_redirects` (`from to status`, lib/serving/cdn-rules.ts),
 * which npm start answers as the CDN does: the moved pages among them.
 */
function redirectRulesOf(root: string): Map<string, {to: string; status: number}> {
  const file = path.join(root, '_redirects');
  if (!existsSync(file)) return new Map();
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([from, to, status]) => from?.startsWith('/') && to && /^30[12378]$/.test(status ?? ''))
      .map(([from, to, status]) => [from!, {to: to!, status: Number(status)}]),
  );
}

// The headers of every answer, with one policy: the pages carry no inline script.
const everyAnswer = everyAnswerHeaders();

/**
 * A request handler for an exported site.
 *
 * @param root The export folder.
 * @param options `preview`: the preview for journalists, no answer of which is indexed or kept by a cache.
 */
export function createSiteHandler(root: string, options: {preview?: boolean} = {}): RequestListener {
  const cacheControl = (value: string) => (options.preview ? PREVIEW_RULES.cacheControl : value);
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    extensions: [],
    setHeaders(res, pathname) {
      const type = contentTypeFor(pathname);
      if (type) res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', cacheControl(cacheControlFor(pathname)));
    },
  });

  // Known once, at start: the folders that are pages (they have an index.html), and the redirects.
  const pageFolders = new Set(pageFoldersOf(root));
  const redirects = redirectRulesOf(root);
  // Pages and 404 documents are small and asked for most: kept in memory,
  // with their precompressed form and an ETag, after the first request.
  const documents = new Map<string, {body: Buffer; gzip?: Buffer; etag: string}>();
  const document = (file: string) => {
    let entry = documents.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const gzip = existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : undefined;
      entry = {body, ...(gzip ? {gzip} : {}), etag: `"${createHash('sha1').update(body).digest('base64url')}"`};
      documents.set(file, entry);
    }
    return entry;
  };

  const notFoundPage = (pathname: string) => {
    const locale = LOCALE_SEGMENT.exec(pathname)?.[1];
    return locale && pageFolders.has(`/${locale}/404/`) ? path.join(root, locale, '404', 'index.html') : path.join(root, '404.html');
  };

  // Sent from memory, not through sirv: pages, the 404 documents and the
  // language choice at `/` (whose Vary header sirv would replace).
  const sendDocument = (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
    const {body, gzip, etag} = document(file);
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', cacheControl(status === 404 ? CACHE_CONTROL.notFound : CACHE_CONTROL.pages));
    res.appendHeader('Vary', 'Accept-Encoding');
    if (status === 200) {
      res.setHeader('ETag', etag);
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    const compressed = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (compressed) res.setHeader('Content-Encoding', 'gzip');
    const payload = compressed ? gzip : body;
    res.setHeader('Content-Length', payload.length);
    res.end(req.method === 'HEAD' ? undefined : payload);
  };
  const sendNotFound = (req: IncomingMessage, res: ServerResponse, pathname: string) => sendDocument(req, res, notFoundPage(pathname), 404);

  return (req, res) => {
    for (const [name, value] of Object.entries(everyAnswer)) res.setHeader(name, value);
    if (options.preview) res.setHeader('X-Robots-Tag', PREVIEW_RULES.robots);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://site.invalid').pathname);
    } catch {
      res.statusCode = 400;
      res.end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    if (isNotPage(pathname) || pathname.includes('\0')) return sendNotFound(req, res, pathname);
    const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    // A moved page's address (its fallback page is for hosts that cannot redirect).
    const redirect = redirects.get(pathname);
    if (redirect) {
      res.statusCode = redirect.status;
      res.setHeader('Location', `${redirect.to}${query}`);
      res.end();
      return;
    }
    const isPage = pageFolders.has(pathname.endsWith('/') ? pathname : `${pathname}/`);
    // Pages live at URLs ending in a slash; send the slashless form there, as nginx does.
    if (isPage && !pathname.endsWith('/')) {
      res.statusCode = REDIRECTS.trailingSlash;
      res.setHeader('Location', `${encodeURI(pathname)}/${query}`);
      res.end();
      return;
    }
    if (pathname === '/') {
      res.setHeader('Vary', 'Accept-Language');
      const language = negotiateLocale(req.headers['accept-language'], routing.locales);
      if (language) {
        res.statusCode = REDIRECTS.language;
        res.setHeader('Location', `/${language}/`);
        res.end();
        return;
      }
      return sendDocument(req, res, path.join(root, 'index.html'), 200);
    }
    if (isPage) return sendDocument(req, res, path.join(root, pathname, 'index.html'), 200);
    // Only whole files: a folder is served through its index.html, nothing else.
    if (pathname.endsWith('/')) return sendNotFound(req, res, pathname);
    files(req, res, () => sendNotFound(req, res, pathname));
  };
}

function main(): void {
  const port = Number(process.env.PORT ?? 3000);
  const preview = process.argv.includes('--preview') || process.env.SITE_PREVIEW === '1';
  if (preview) choosePreviewFolders();
  const exportRoot = exportFolder(projectRoot);
  // Links in the export point at the address served here, unless told otherwise.
  buildIfNeeded(projectRoot, ['npm', 'run', preview ? 'build:preview' : 'build'], new URL(process.env.SITE_ORIGIN || `http://localhost:${port}`).origin);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = createServer(createSiteHandler(exportRoot, {preview}));
  // Node drops CONNECT requests without a word unless told otherwise.
  server.on('connect', (_request, socket) => {
    const headers = Object.entries({...everyAnswer, Allow: 'GET, HEAD', 'Content-Length': '0', Connection: 'close'});
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`);
  });
  server.listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), exportRoot) || exportRoot} on http://localhost:${port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
