import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SITEMAP_PATH, sitemapFiles} from '@/lib/site/sitemap';

const URLSET_SCHEMA = path.resolve('tests', 'support', 'schemas', 'sitemap.xsd');
const INDEX_SCHEMA = path.resolve('tests', 'support', 'schemas', 'siteindex.xsd');

// xmllint against a schema: the exit status and what it said.
function lint(xml: string, schema: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitemap-')), 'sitemap.xml');
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', '--schema', schema, file], {encoding: 'utf8'});
}

const addresses = (count: number) =>
  Array.from({length: count}, (_, index) => ({
    url: `https://press.example.org/en/r${index}/`,
    lastmod: new Date(Date.UTC(2017, 0, 1 + (index % 3000))).toISOString(),
  }));

describe('sitemapFiles', () => {
  it('writes one sitemap while the site has at most 50,000 addresses', async () => {
    const files = await sitemapFiles(addresses(50_000));
    expect([...files.keys()]).toEqual([SITEMAP_PATH]);
    expect(files.get(SITEMAP_PATH)!.match(/<url>/g)).toHaveLength(50_000);
  });

  it('past 50,000, makes /sitemap.xml an index of parts of 50,000, each valid against its sitemaps.org schema', async () => {
    const files = await sitemapFiles(addresses(50_001));
    expect([...files.keys()].sort()).toEqual(['/sitemap-1.xml', '/sitemap-2.xml', SITEMAP_PATH]);
    expect(files.get('/sitemap-1.xml')!.match(/<url>/g)).toHaveLength(50_000);
    expect(files.get('/sitemap-2.xml')!.match(/<url>/g)).toHaveLength(1);
    const index = files.get(SITEMAP_PATH)!;
    expect(index).toContain('<sitemapindex');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)).toEqual(['/sitemap-1.xml', '/sitemap-2.xml']);
    // Each part says when its newest address last changed.
    expect(index).toContain('<lastmod>2025-03-19T00:00:00.000Z</lastmod>');
    for (const [file, xml] of files) {
      const result = lint(xml, file === SITEMAP_PATH ? INDEX_SCHEMA : URLSET_SCHEMA);
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    }
    // The index schema refuses a urlset, so the check above could fail.
    expect(lint(files.get('/sitemap-2.xml')!, INDEX_SCHEMA).status).not.toBe(0);
  });
});
