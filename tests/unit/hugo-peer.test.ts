import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {hugoPeerPath, plainMarkdown} from '../../scripts/bench/hugo-peer';
import {contentDirectory, getReleases} from '@/lib/site/releases';

// The bench's Hugo peer (scripts/bench/hugo-peer.ts) must show the statement's
// own text: its Markdown, without what only the site reads.
describe("the Hugo peer's Markdown", () => {
  const release = getReleases().find((each) => each.key === '2017-10-16-michel-philippe')!;

  for (const locale of ['nl', 'en'] as const) {
    it(`holds every paragraph and heading of the ${locale} statement, and no front matter or directive`, () => {
      const markdown = plainMarkdown(readFileSync(path.join(contentDirectory(), 'releases', release.key, `${locale}.md`), 'utf8'));
      expect(markdown).not.toMatch(/^:::/m);
      expect(markdown).not.toMatch(/^---$/m);
      expect(markdown).not.toMatch(/^title:/m);
      for (const section of release.versions[locale].sections) {
        if (section.title) expect(markdown).toContain(`## ${section.title}`);
        for (const paragraph of section.paragraphs) expect(markdown).toContain(paragraph.text.slice(0, 60));
      }
      expect(hugoPeerPath(locale)).toBe(`/hugo/${locale}/statement/`);
    });
  }
});
