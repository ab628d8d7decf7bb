// The one list of headers every response carries. `npm start`
// (scripts/serve.ts) sends them, and the build writes them into the nginx
// configuration (scripts/postbuild.ts), so what is tested is what is deployed.
import {createHash} from 'node:crypto';
import {SPECULATION_RULES_PATH} from '@/lib/serving/speculation-rules';
import {ENHANCEMENT_LOADER} from '@/lib/site/enhancement-loader';

// Browser features the site never uses, denied to it and to anything it
// might embed. The clipboard stays allowed (its default, the site itself) for
// the copy buttons. Only names Chromium knows: it logs an unknown one on every
// page ("Unrecognized feature"), and the runtime gate (tests/gates/runtime.ts)
// fails on any console message about a response header. Chromium 156 no
// longer knows `bluetooth` and `web-share`.
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, subdomains included: browsers only ever use HTTPS for the site.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Headers sent with every response: the security headers, and where the
 * browser finds the rules for prefetching the site's links (ignored on
 * anything but a page).
 */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  // A structured-field string: the URL in double quotes.
  'Speculation-Rules': `"${SPECULATION_RULES_PATH}"`,
};

/**
 * Every header every answer carries, on every server (npm start, nginx, the
 * CDN's `_headers`): the response headers and the Content-Security-Policy,
 * merged here once.
 */
export function everyAnswerHeaders(): Readonly<Record<string, string>> {
  return {...RESPONSE_HEADERS, 'Content-Security-Policy': contentSecurityPolicy()};
}

/** The CSP source that allows the enhancement loader, the one inline script a page may run (lib/site/enhancement-loader.ts). */
export const ENHANCEMENT_LOADER_SOURCE = `'sha256-${createHash('sha256').update(ENHANCEMENT_LOADER).digest('base64')}'`;

/**
 * The Content-Security-Policy, one for every page and every server:
 * everything from the site itself, and one inline script, the enhancement
 * loader, allowed by its hash (JSON-LD is data). WebAssembly may be compiled, and
 * nothing else evaluated: Pagefind's search (on the search page) runs as
 * WebAssembly, which browsers refuse to compile under a `script-src` without
 * 'wasm-unsafe-eval'. It does not allow `eval` or `new Function`.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${ENHANCEMENT_LOADER_SOURCE}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
