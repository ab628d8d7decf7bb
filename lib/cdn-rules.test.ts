import {describe, expect, test} from 'vitest';
import {headersFile, redirectsFile} from './cdn-rules';
import {contentSecurityPolicy, RESPONSE_HEADERS} from './security-headers';
import {CACHE_CONTROL, cacheControlFor} from './serving-rules';

/** The rules of a `_headers` file: each pattern with its lines. */
function parse(file: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let pattern = '';
  for (const line of file.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('  ')) rules.get(pattern)!.push(line.trim());
    else rules.set((pattern = line), []);
  }
  return rules;
}

describe('cacheControlFor', () => {
  test('hashed assets for a year, feeds for five minutes, everything else revalidated', () => {
    expect(cacheControlFor('/_next/static/chunks/a1b2.js')).toBe(CACHE_CONTROL.assets);
    expect(cacheControlFor('/nl/feed.xml')).toBe(CACHE_CONTROL.feeds);
    expect(cacheControlFor('/en/feed.xml')).toBe(CACHE_CONTROL.feeds);
    for (const pathname of ['/nl/index.html', '/feed.xml', '/nl/x/feed.xml', '/sitemap.xml', '/nl/release/share.png']) {
      expect(cacheControlFor(pathname), pathname).toBe(CACHE_CONTROL.pages);
    }
  });
});

describe('headersFile', () => {
  const rules = parse(headersFile());

  test('sends every security header and the site-wide policy with every answer', () => {
    const all = rules.get('/*')!;
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(all).toContain(`${name}: ${value}`);
    expect(all).toContain(`Content-Security-Policy: ${contentSecurityPolicy()}`);
    expect(all).toContain(`Cache-Control: ${CACHE_CONTROL.pages}`);
  });

  // Deliberately changed: every page shares the one policy, so no page has a rule of its own.
  test('replaces, never adds to, the caching of assets and feeds and the types the host would guess wrong', () => {
    expect(rules.get('/_next/*')).toEqual(['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.assets}`]);
    expect(rules.get('/enhance/*')).toEqual(['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.assets}`]);
    expect(rules.get('/en/feed.xml')).toEqual([
      '! Cache-Control',
      `Cache-Control: ${CACHE_CONTROL.feeds}`,
      '! Content-Type',
      'Content-Type: application/atom+xml; charset=utf-8',
    ]);
    expect(rules.get('/speculation-rules.json')).toEqual(['! Content-Type', 'Content-Type: application/speculationrules+json']);
    expect([...rules.keys()].filter((pattern) => pattern.endsWith('/'))).toEqual([]);
  });
});

describe('redirectsFile', () => {
  test('sends each page’s address without its slash to the page, as the servers do (301), and leaves / alone', () => {
    const lines = redirectsFile(['/', '/nl/', '/nl/release/'])
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(['/nl /nl/ 301', '/nl/release /nl/release/ 301']);
  });

  test('sends a moved page, with or without its slash, straight to the page that took its place (301), before the slash rules', () => {
    const lines = redirectsFile(['/nl/release/', '/nl/release/new/'], [{from: '/nl/release/old/', to: '/nl/release/new/'}])
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      '/nl/release/old/ /nl/release/new/ 301',
      '/nl/release/old /nl/release/new/ 301',
      '/nl/release /nl/release/ 301',
      '/nl/release/new /nl/release/new/ 301',
    ]);
  });
});
