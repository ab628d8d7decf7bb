import {describe, expect, test} from 'vitest';
import {cdnRuleFiles, cdnRuleProblems, headersFile, redirectsFile} from '@/lib/serving/cdn-rules';
import {contentSecurityPolicy, RESPONSE_HEADERS} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, cacheControlFor} from '@/lib/serving/serving-rules';

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
  test('writes no rule for a page: the host redirects an address without its slash to the page itself', () => {
    expect(
      redirectsFile([])
        .split('\n')
        .filter((line) => line && !line.startsWith('#')),
    ).toEqual([]);
  });

  test('sends a moved page, with or without its slash, straight to the page that took its place (301)', () => {
    const lines = redirectsFile([{from: '/nl/release/old/', to: '/nl/release/new/'}])
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(['/nl/release/old/ /nl/release/new/ 301', '/nl/release/old /nl/release/new/ 301']);
  });
});

describe('the CDN rules at any archive size', () => {
  // The pages of 10,000 releases (14 a release) no longer reach the files: only moved pages do.
  const moved = (count: number) => Array.from({length: count}, (_, index) => ({from: `/nl/release-${index}/old/`, to: `/nl/release-${index}/new/`}));

  test("stay within the host's limits for 10,000 releases and as many moved pages as it reads", () => {
    expect(cdnRuleProblems(headersFile(), redirectsFile([]))).toEqual([]);
    expect(cdnRuleProblems(headersFile(), redirectsFile(moved(1000)))).toEqual([]);
  });

  test('are refused, with the reason, where the host would drop rules', () => {
    expect(cdnRuleProblems(headersFile(), redirectsFile(moved(1001)))).toEqual([
      "_redirects holds 2002 rules (two a moved page); Cloudflare Pages reads at most 2000: withdraw old moved addresses from the releases' `redirects`",
    ]);
    const manyHeaders = Array.from({length: 101}, (_, index) => `/path-${index}\n  X-Test: 1\n`).join('');
    expect(cdnRuleProblems(manyHeaders, '')).toEqual(['_headers holds 101 rules; Cloudflare Pages reads at most 100']);
  });

  test('are not written at all past the limits: the build stops with the reason', () => {
    expect(cdnRuleFiles(moved(2))._redirects).toContain('/nl/release-1/old /nl/release-1/new/ 301');
    expect(() => cdnRuleFiles(moved(1001))).toThrow("the CDN's rules: _redirects holds 2002 rules");
  });
});
