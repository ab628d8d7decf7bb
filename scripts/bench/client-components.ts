// The project's own client components, found by their 'use client'
// directive, and which of them each route uses, read from the client
// reference manifests Next writes for every App Router page.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {runInNewContext} from 'node:vm';

/** Files under components/ that start with the 'use client' directive. */
export function clientComponentFiles(): string[] {
  return readdirSync('components')
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join('components', name))
    .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
}

/**
 * The route an exported page was rendered from (`/[locale]/[release]`),
 * from Next's prerender manifest.
 *
 * @param exportedPath The page's path in the export, without trailing slash (`/nl/404`).
 */
export function routeOf(exportedPath: string): string {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as {routes: Record<string, {srcRoute: string | null}>};
  const route = manifest.routes[exportedPath]?.srcRoute;
  if (!route) throw new Error(`${exportedPath} is not in .next/prerender-manifest.json`);
  return route;
}

/**
 * The project's client components a route's page uses (its layouts'
 * included), as files under components/.
 *
 * @param route A route as `routeOf` gives it.
 */
export function clientComponentsOf(route: string): string[] {
  const page = route === '/' ? '/page' : `${route}/page`;
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST.
  const sandbox: {__RSC_MANIFEST?: Record<string, {clientModules: Record<string, unknown>}>} = {};
  runInNewContext(readFileSync(path.join('.next', 'server', 'app', `${page}_client-reference-manifest.js`), 'utf8'), {globalThis: sandbox});
  const modules = Object.keys(sandbox.__RSC_MANIFEST?.[page]?.clientModules ?? {});
  const own = new Set(clientComponentFiles());
  return modules.map((module) => module.replace(/^\[project\]\//, '')).filter((file) => own.has(file));
}
