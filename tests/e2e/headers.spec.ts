import {readdirSync} from 'node:fs';
import {contentSecurityPolicy} from '@/lib/serving/security-headers';
import {SPECULATION_RULES, SPECULATION_RULES_PATH} from '@/lib/serving/speculation-rules';
import {expect, test, type APIResponse} from '@playwright/test';
import {SECURITY_HEADERS} from '@/lib/serving/security-headers';
import {commitments, release} from './site';

// Run against each server (npm start, nginx with the shipped configuration,
// and the CDN with the export's _headers and _redirects): every kind of answer
// carries the one list of security headers, and the caching and compression
// docs/deploying.md promises. Tests tagged @per-request need a server that decides
// per request, which a CDN's static rules cannot (the cdn project leaves them out).

// Read when a test runs: the export is built by the server Playwright starts.
const hashed = (folder: string, extension: string) => `/${folder}/${readdirSync(`out/${folder}`).find((name) => name.endsWith(extension))}`;
const statement = `/nl/${release.key}/`;

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
  expect(headers['content-security-policy'], `${what}: Content-Security-Policy`).toContain("default-src 'self'");
  expect(headers['x-powered-by'], `${what}: X-Powered-By`).toBeUndefined();
  expect(headers['server'] ?? '', `${what}: Server`).not.toMatch(/\d/);
}

test.describe('every kind of answer carries the security headers', () => {
  // Deliberately changed: one policy for every page, without script hashes.
  test('a page: the one policy, the prefetch rules, revalidated on every visit, compressed', async ({request}) => {
    const response = await request.get(statement, {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, statement);
    expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    expect(response.headers()['speculation-rules']).toBe(`"${SPECULATION_RULES_PATH}"`);
    expect(response.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['vary']).toMatch(/Accept-Encoding/i);
  });

  test('a commitment page and its share image', async ({request}) => {
    const key = commitments('en')[2]!.key;
    for (const path of [`/en/${release.key}/${key}/`, `/en/${release.key}/${key}/share.png`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path);
    }
  });

  test('hashed assets, the stylesheet and an enhancement: cached for a year, immutable', async ({request}) => {
    for (const asset of [hashed('_next/static/chunks', '.css'), hashed('enhance', '.js')]) {
      const response = await request.get(asset, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.status(), asset).toBe(200);
      expectSecurityHeaders(response, asset);
      expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['content-encoding'], asset).toBe('gzip');
    }
    const script = await request.get(hashed('enhance', '.js'));
    expect(script.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
  });

  test('the prefetch rules: the type browsers require, the rules the build wrote', async ({request}) => {
    const response = await request.get(SPECULATION_RULES_PATH);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, SPECULATION_RULES_PATH);
    expect(response.headers()['content-type']).toMatch(/^application\/speculationrules\+json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(SPECULATION_RULES)));
  });

  test('the releases as data: JSON documents, the index and the schemas', async ({request}) => {
    for (const address of ['/data/releases.json', `/data/releases/${release.key}.json`, '/data/release.schema.json', '/data/releases.schema.json']) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      expectSecurityHeaders(response, address);
      expect(response.headers()['content-type'], address).toMatch(/^application\/json\b/);
      expect(typeof (await response.json()), address).toBe('object');
    }
  });

  test('a feed: Atom, cached for five minutes', async ({request}) => {
    const response = await request.get('/en/feed.xml');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, '/en/feed.xml');
    // The same type on every server, charset included (nginx's once lacked it).
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('public, max-age=300');
  });

  test('an unknown address: 404, not cached', async ({request}, testInfo) => {
    const response = await request.get('/nl/no-such-page/');
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response, '/nl/no-such-page/');
    // Cloudflare sets a 404's caching itself, stricter than the servers (not stored at all).
    expect(response.headers()['cache-control']).toBe(testInfo.project.name === 'cdn' ? 'no-store' : 'no-cache');
  });

  test('redirects: to the trailing slash', async ({request}, testInfo) => {
    const slashless = await request.get(statement.slice(0, -1), {maxRedirects: 0});
    // The CDN's own redirect (308): the build writes no rule for it, which would pass the host's limit at about 140 releases.
    expect(slashless.status()).toBe(testInfo.project.name === 'cdn' ? 308 : 301);
    expect(slashless.headers()['location']).toBe(statement);
    expectSecurityHeaders(slashless, 'the slash redirect');
  });

  test('redirects: from / by language', {tag: '@per-request'}, async ({request}) => {
    const root = await request.get('/', {maxRedirects: 0, headers: {'Accept-Language': 'en-GB'}});
    expect(root.status()).toBe(302);
    expectSecurityHeaders(root, 'the language redirect');
    expect(root.headers()['vary']).toMatch(/Accept-Language/i);
  });

  test('a method the site does not answer: 405, with Allow', {tag: '@per-request'}, async ({request}) => {
    for (const method of ['POST', 'DELETE', 'OPTIONS']) {
      const response = await request.fetch('/nl/', {method, maxRedirects: 0});
      expect(response.status(), method).toBe(405);
      expect(response.headers()['allow'], method).toBe('GET, HEAD');
      expectSecurityHeaders(response, method);
    }
  });
});
