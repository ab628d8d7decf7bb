import {availableParallelism} from 'node:os';
import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// A static export: every page is prerendered and served as a file, so the
// site runs on any static host or CDN. URLs end in a slash (`/nl/`), which is
// the public contract documented in docs/urls.md.
const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: {unoptimized: true},
  // The same sources make the same files: Next's default build id is random,
  // and it names folders under _next/static and appears in pages.
  generateBuildId: async () => 'persberichten',
  // `npm run typecheck` (tsc --noEmit, which `npm test` and CI run) checks
  // the same types; Next's own check repeated it on every build, a third of
  // `next build`'s time at 2 releases (11 of 33 s), paid again by a warm
  // rebuild that adds one release.
  typescript: {ignoreBuildErrors: true},
  // Prerender on every core: Next's default is one worker fewer than the
  // cores, a single worker on a two-core machine, where static generation
  // was about two thirds of a cold build (26 of 39 s of `next build` at 100
  // releases).
  experimental: {cpus: availableParallelism()},
  // A build into another folder than `out/` (EXPORT_DIR, scripts/folders.ts)
  // has Next export into one fixed folder, which scripts/build.ts then moves
  // there: in this mode Next writes the export to its distDir, and Turbopack's
  // compile cache (in .next/) holds one distDir's work only, so a folder of
  // its own for every build compiled everything afresh (16 s of a 30 s test build).
  ...(process.env.NEXT_EXPORT_DIR ? {distDir: process.env.NEXT_EXPORT_DIR} : {}),
};

export default withNextIntl(config);
