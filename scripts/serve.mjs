#!/usr/bin/env node
// `npm start`: build the static export when the sources are newer than it,
// then serve `out/` the way a production static host does: clean URLs with a
// trailing slash, the localized 404 page with status 404, long caching for
// hashed assets.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import sirv from 'sirv';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exportRoot = path.join(projectRoot, 'out');
const sources = ['app', 'components', 'i18n', 'lib', 'messages', 'public', 'next.config.ts', 'package.json', 'package-lock.json'];

/** The newest modification time of a file or of anything below a folder. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), stats.mtimeMs);
}

/** Build the export unless it is newer than every source and the content. */
export function buildIfNeeded() {
  const marker = path.join(exportRoot, 'index.html');
  const contentRoot = path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
  const sourceTime = Math.max(newest(contentRoot), ...sources.map((source) => newest(path.join(projectRoot, source))));
  if (existsSync(marker) && statSync(marker).mtimeMs >= sourceTime) return;
  console.log('Building the static export (next build)…');
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {cwd: projectRoot, stdio: 'inherit'});
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const LOCALE_SEGMENT = /^\/([a-z]{2})\//;
// The 404 documents themselves, and Next's internal not-found route, are not
// pages: asking for them gets a 404 like any other unknown address.
const NOT_FOUND_DOCUMENTS = /^\/(?:[a-z]{2}\/)?(?:404|_not-found)(?:\.html|\/(?:index\.html)?)?$/;

/**
 * A request handler for an exported site.
 *
 * @param root The export folder.
 */
export function createSiteHandler(root) {
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
    },
  });

  const notFoundPage = (pathname) => {
    const locale = LOCALE_SEGMENT.exec(pathname)?.[1];
    const localized = locale && path.join(root, locale, '404', 'index.html');
    return localized && existsSync(localized) ? localized : path.join(root, '404.html');
  };

  const sendNotFound = (req, res, pathname) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    const body = readFileSync(notFoundPage(pathname));
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let pathname;
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
    if (NOT_FOUND_DOCUMENTS.test(pathname)) return sendNotFound(req, res, pathname);
    // Pages live at URLs ending in a slash; send the slashless form there.
    if (!pathname.endsWith('/') && !path.extname(pathname) && !pathname.includes('\0')) {
      const folder = path.join(root, path.normalize(pathname));
      if (folder.startsWith(root + path.sep) && existsSync(path.join(folder, 'index.html'))) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.statusCode = 308;
        res.setHeader('Location', `${pathname}/${query}`);
        res.end();
        return;
      }
    }
    files(req, res, () => sendNotFound(req, res, pathname));
  };
}

function main() {
  buildIfNeeded();
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = createServer(createSiteHandler(exportRoot));
  server.listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), exportRoot) || exportRoot} on http://localhost:${port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
