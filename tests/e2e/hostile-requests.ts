import {readdirSync} from 'node:fs';
import {connect} from 'node:net';
import {connect as connectTls} from 'node:tls';
import path from 'node:path';
import {routing} from '@/i18n/routing';

/** One raw request, sent byte for byte (no client normalises it first). */
export interface HostileRequest {
  name: string;
  method?: string;
  target: string;
  headers?: Record<string, string>;
  /** The site has this page: it may answer 200. Anything else must not. */
  known?: boolean;
}

export interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/**
 * Send a request over a fresh connection to a server on this machine and read
 * the whole response. Bounded by a timeout; a server that closes the
 * connection without answering gives status 0.
 *
 * @param server The server's address on 127.0.0.1 (`https:` over TLS, with
 *   the test certificate accepted unchecked).
 * @param request The request.
 */
export function sendRaw(server: URL, request: HostileRequest, timeoutMs = 5000): Promise<RawResponse> {
  const port = Number(server.port);
  return new Promise((resolve, reject) => {
    const socket =
      server.protocol === 'https:'
        ? connectTls({host: '127.0.0.1', port, rejectUnauthorized: false, ALPNProtocols: ['http/1.1']})
        : connect({host: '127.0.0.1', port});
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${request.name}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({status, head, body: rest.join('\r\n\r\n')});
    });
    const headers = {Host: `127.0.0.1:${port}`, 'Accept-Encoding': 'identity', ...request.headers, Connection: 'close'};
    const lines = [`${request.method ?? 'GET'} ${request.target} HTTP/1.1`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
    // Not end(): some servers drop a response when the client half-closes.
    socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
  });
}

const TRAVERSALS = [
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%2f..%2f..%2fetc/passwd',
  '/..%252f..%252f..%252fetc/passwd',
  '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
  '/..\\..\\..\\etc\\passwd',
  '/.%2e/.%2e/.%2e/etc/passwd',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '//etc/passwd',
  '/_next/../../package.json',
  '/_next/static/../../../package.json',
  '/_next/%2e%2e/%2e%2e/package.json',
  '/.git/config',
  '/.env',
  '/package.json',
  '/build/nginx/persberichten.conf',
  // The CDN's rule files sit in the export; the servers do not send them.
  '/_headers',
  '/_redirects',
  '/deploy/nginx/persberichten.conf.template',
  '/scripts/serve.ts',
  '/node_modules/next/package.json',
];

const CONTROLS = [
  '%00',
  '%00.html',
  '%0d%0aSet-Cookie:%20x=1',
  '%1b%5b31m',
  '%7f',
  '%ff%fe',
  '%e0%a4%a',
  '%',
  '%zz',
  '%c0%80',
  '%u002e',
  '\u0000'.replace('\u0000', '%2500'),
];

const PREFIXES = ['/', '/nl/', '/en/', '/nl/2017-10-16-michel-philippe/', '/_next/static/'];

const LOCALES = [
  '/fr/',
  '/de/',
  '/NL/',
  '/En/',
  '/n/',
  '/nll/',
  '/en-GB/',
  '/nl_BE/',
  '/xx/',
  '/e%6e/404/',
  '/nl/404/',
  '/en/404/index.html',
  '/404.html',
  '/404/',
  '/_not-found/',
  '/nl/feed.xml/',
  '/feed.xml',
  // `/nl/share.png` is the site's share card now; below the search page there is none.
  '/nl/search/share.png',
];

const METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'FOO', 'CONNECT'];

const QUERIES = [
  '?<script>alert(1)</script>',
  '?%00',
  `?a=${'x'.repeat(3000)}`,
  '?lang=../../etc/passwd',
  '?__proto__[x]=1',
  '?a=%ff%fe%fd',
  '?;rm -rf /',
  '?a[]=1&a[]=2&a[0]=3',
  '?%0d%0aLocation:%20http://example.invalid',
  '?utf8=✓',
];

const LANGUAGES = [
  '',
  '*',
  'xx',
  'nl;q=abc',
  `en-${'a'.repeat(1000)}`,
  ',,,,',
  'q=1',
  'fr-BE, *;q=0.1',
  'nl-BE;q=0.0',
  'en;q=1.5',
  'EN',
  'nl\tBE',
  '%6el',
  '../../etc/passwd',
  'zh-Hant-TW, ja;q=0.5',
];

// Long headers built to make a careless Accept-Language parser backtrack.
const LANGUAGES_LONG = [`${'x;q=0.1,'.repeat(1000)}nl`, `${'nl;q=0,'.repeat(1000)}`, `${'-'.repeat(4000)}`, `${'en-'.repeat(1500)}x`];

/** Every folder of the export, as a URL path ending in `/`, and whether it is a page. */
function exportFolders(root = 'out'): Array<{target: string; page: boolean}> {
  const folders: Array<{target: string; page: boolean}> = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, {withFileTypes: true});
    const target = `/${path.relative(root, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
    folders.push({target, page: entries.some((entry) => entry.name === 'index.html')});
    for (const entry of entries) if (entry.isDirectory()) walk(path.join(dir, entry.name));
  };
  walk(root);
  return folders;
}

/** The hostile requests, at least 300: every kind the issue names. */
export function hostileRequests(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const prefix of PREFIXES) {
    for (const traversal of TRAVERSALS) requests.push({name: `traversal ${prefix}${traversal}`, target: `${prefix.replace(/\/$/, '')}${traversal}`});
    for (const control of CONTROLS) requests.push({name: `control ${prefix}${control}`, target: `${prefix}${control}`});
  }
  for (const locale of LOCALES) requests.push({name: `locale ${locale}`, target: locale});
  // Percent-encoded forms of a real page are that page.
  for (const target of ['/%6el%2f', '/nl%2f', '/%6e%6c/']) requests.push({name: `encoded page ${target}`, target, known: true});
  for (const method of METHODS) {
    for (const target of ['/', '/nl/', '/en/2017-10-16-michel-philippe/', '/nope/', '/_next/static/'])
      requests.push({name: `method ${method} ${target}`, method, target});
  }
  for (const query of QUERIES) {
    for (const target of ['/nl/', '/en/2017-10-16-michel-philippe/'])
      requests.push({name: `query ${target}${query.slice(0, 40)}`, target: `${target}${encodeURI(query).replace(/%25/g, '%')}`, known: true});
    requests.push({name: `query /nope/${query.slice(0, 40)}`, target: `/nope/${encodeURI(query).replace(/%25/g, '%')}`});
  }
  for (const language of LANGUAGES) {
    requests.push({name: `accept-language "${language.slice(0, 30)}" /`, target: '/', headers: {'Accept-Language': language}, known: true});
    requests.push({name: `accept-language "${language.slice(0, 30)}" /fr/`, target: '/fr/', headers: {'Accept-Language': language}});
  }
  for (const language of LANGUAGES_LONG)
    requests.push({name: `long accept-language "${language.slice(0, 20)}…" /`, target: '/', headers: {'Accept-Language': language}, known: true});
  // A folder that is not a page (assets, the 404 documents) is never listed.
  for (const {target, page} of exportFolders()) {
    const notFoundDocument = new RegExp(`^/(?:(?:${routing.locales.join('|')})/)?(?:404|_not-found)/$`).test(target);
    requests.push({name: `folder ${target}`, target, known: page && !notFoundDocument});
  }
  requests.push(
    {name: 'overlong path', target: `/${'a'.repeat(6000)}`},
    {name: 'overlong nested path', target: `/nl/${'x/'.repeat(3000)}`},
    {name: 'overlong locale path', target: `/en/${'%2e'.repeat(2000)}`},
    {name: 'overlong header', target: '/nl/', headers: {'X-Junk': 'j'.repeat(20000)}},
    {name: 'many headers', target: '/nl/', known: true, headers: Object.fromEntries(Array.from({length: 200}, (_, i) => [`X-H${i}`, 'v'.repeat(100)]))},
    {name: 'absolute-form target', target: 'http://evil.invalid/etc/passwd'},
    {name: 'asterisk target', target: '*'},
    {name: 'no leading slash', target: 'nl/'},
    {name: 'host header injection', target: '/nl', headers: {Host: 'evil.invalid'}},
    {name: 'range beyond the file', target: '/nl/', headers: {Range: 'bytes=999999999-'}, known: true},
  );
  return requests;
}

// What must never appear in an answer's body: files from outside the export, server
// configuration, stack traces.
export const FORBIDDEN = [
  /root:x:0:0/,
  /"name":\s*"persberichten"/,
  /\[core\]/,
  /persberichten_csp/,
  /"\/nl\/index\.html":/,
  /\n\s+at .+\(.+:\d+:\d+\)/,
  /ENOENT|EACCES|TypeError|ReferenceError/,
];
