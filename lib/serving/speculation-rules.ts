// Prefetch of the site's own links, delivered without inline script: every
// server sends the `Speculation-Rules` header (lib/serving/security-headers.ts) naming
// this file, which the build writes into the export.

/** Where the rules are served, with Content-Type `application/speculationrules+json`. */
export const SPECULATION_RULES_PATH = '/speculation-rules.json';

/** Its media type, which browsers require of a rules file. */
export const SPECULATION_RULES_TYPE = 'application/speculationrules+json';

/**
 * The rules: prefetch a page of the site when the reader hovers its link
 * (or starts to touch it), so that following it is as fast as a client-side
 * router's. Feeds and share images are not pages, and are left alone.
 */
export const SPECULATION_RULES = {
  prefetch: [
    {
      source: 'document',
      where: {and: [{href_matches: '/*'}, {not: {href_matches: ['/*.xml', '/*.png', '/*.json']}}]},
      eagerness: 'moderate',
    },
  ],
} as const;
