import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {PORTS} from '../support/ports';

/** The export folder that `npm start` serves to the browser tests. */
export const EXPORT = 'out';

/** The origin absolute URLs are built from in the export: `npm start` builds for its own address. */
export const ORIGIN = new URL(process.env.SITE_ORIGIN || `http://localhost:${PORTS.npmStart}`).origin;

/**
 * Every page in the export, as a URL path ending in `/`: each `index.html`,
 * except the 404 documents, which are not pages.
 */
export function exportedPages(folder = EXPORT): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_next' && name !== '404' && name !== '_not-found') walk(file);
      } else if (name === 'index.html') {
        pages.push(`/${path.relative(folder, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(folder);
  return pages.sort();
}

/** Every HTML file in the export, pages and 404 documents alike, as file paths. */
export function htmlFiles(folder = EXPORT): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? htmlFiles(file) : name.endsWith('.html') ? [file] : [];
  });
}

/** The path of an absolute URL on the site, or undefined when it points elsewhere. */
export function sitePath(url: string): string | undefined {
  return url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) || '/' : undefined;
}
