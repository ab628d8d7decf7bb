import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {getReleases, type ReleaseVersion} from '@/lib/site/releases';
import {normaliseSpace, repairSeed} from '../support/repair-seed';

const seed = (locale: 'nl' | 'en') => readFileSync(`tests/fixtures/seeds/statement-${locale}.txt`, 'utf8');

/** The statement's text as the section model holds it, heading numbers included. */
function modelParagraphs(version: ReleaseVersion): string[] {
  return version.sections.flatMap((section) => [
    ...(section.label ? [section.label] : []),
    ...section.paragraphs.map((paragraph) => normaliseSpace(paragraph.text)),
  ]);
}

describe.each(['nl', 'en'] as const)('the %s statement', (locale) => {
  const release = getReleases().find((each) => each.key === '2017-10-16-michel-philippe');

  it('holds every repaired paragraph of the received text, verbatim and in order, and nothing else', () => {
    expect(release).toBeDefined();
    expect(modelParagraphs(release!.versions[locale])).toEqual(repairSeed(seed(locale), locale));
  });
});

describe('the repairs of the received texts', () => {
  it('rejoins the hard-wrapped Dutch paragraphs and splits them where a line ends without a space', () => {
    const paragraphs = repairSeed(seed('nl'), 'nl');
    expect(paragraphs).toHaveLength(22);
    expect(paragraphs).toContain('De verijdeling van een aanslag die in een Franse strafinrichting werd voorbereid, bewijst de ernst van deze dreiging.');
  });

  it('turns the damaged Dutch dash and quotes into an en dash and typographic quotes', () => {
    const paragraphs = repairSeed(seed('nl'), 'nl');
    expect(paragraphs).toContain('4 – We willen de invoering van een “ministeriële quadripartite” onderzoeken');
    expect(paragraphs.join(' ')).not.toContain('?');
  });

  it('drops the English label, title and photo credit, which are not statement text', () => {
    const text = repairSeed(seed('en'), 'en').join('\n');
    expect(text).not.toContain('Press Release');
    expect(text).not.toContain('©');
    expect(text.startsWith('At the end of this meeting')).toBe(true);
  });
});
