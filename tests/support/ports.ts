// Every port the tests use derives from E2E_PORT, so several checkouts can
// run their suites on one machine side by side.
const base = Number(process.env.E2E_PORT ?? 4173);

/** The test servers' ports on 127.0.0.1. */
export const PORTS = {
  /** `npm start`. */
  npmStart: base,
  /** nginx's HTTPS server, with the shipped configuration. */
  nginx: base + 1,
  /** nginx's port-80 server, which only redirects to HTTPS. */
  nginxHttp: base + 2,
  /** `wrangler pages dev`: the CDN's runtime over the export. */
  cdn: base + 3,
  /** nginx (HTTPS) serving `current` in the atomic-release test. */
  releases: base + 4,
  /** Its port-80 server. */
  releasesHttp: base + 5,
  /** `npm start`'s handler over the 300-release export of the archive test. */
  archive: base + 6,
  /** The moved-pages test's own export: `npm start`'s handler, nginx (HTTPS and port 80) and the CDN. */
  moved: base + 7,
  movedNginx: base + 8,
  movedNginxHttp: base + 9,
  movedCdn: base + 10,
  /** The embargo test's preview: `npm start --preview`'s handler, nginx's preview server (HTTPS and port 80), and the public handler. */
  preview: base + 11,
  previewNginx: base + 12,
  previewNginxHttp: base + 13,
  previewPublic: base + 14,
  /** `npm start`'s handler over the corpus test's export, for search in a browser. */
  corpus: base + 15,
};
