import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createContentLibrary, type Release} from './index';
import {paragraphWarnings} from './paragraphs';

const LOCALES = ['nl', 'en'] as const;
type TestLocale = (typeof LOCALES)[number];
const {alignParagraphs, blockFallbacks, checkContent, readVersion} = createContentLibrary({locales: LOCALES, reservedSegments: ['side-by-side'], chromeIds: ['main']});

const VALID = path.join('tests', 'fixtures', 'content', 'valid');
const RELEASE = '2017-10-16-michel-philippe';
const real = (locale: TestLocale) => readFileSync(path.join(VALID, 'releases', RELEASE, `${locale}.md`), 'utf8');

function release(texts: Record<TestLocale, string>): Release<TestLocale> {
  const versions = Object.fromEntries(
    LOCALES.map((locale) => {
      const version = readVersion(locale, `${locale}.md`, texts[locale]);
      expect(version.problems).toEqual([]);
      return [locale, version.value!];
    }),
  ) as Release<TestLocale>['versions'];
  return {key: RELEASE, date: versions.nl.meta.date, countries: versions.nl.meta.countries, redirects: {}, versions};
}

describe('paragraph alignment', () => {
  it('aligns every section of the real statement paragraph by paragraph', () => {
    const [statement] = checkContent(VALID).releases;
    const aligned = alignParagraphs(statement!);
    expect(aligned.map((section) => section.mode)).toEqual(Array(7).fill('paragraph'));
    for (const section of aligned) {
      const counts = LOCALES.map((locale) => statement!.versions[locale].sections.find((s) => s.key === section.key)!.paragraphs.length);
      expect(new Set(counts).size, section.key).toBe(1);
      expect(section.rows.map((row) => row.id)).toEqual(counts.slice(0, 1).flatMap((count) => Array.from({length: count}, (_, i) => `${section.key}-${i + 1}`)));
    }
    expect(paragraphWarnings(statement!, LOCALES)).toEqual([]);
    expect(blockFallbacks(statement!)).toEqual({});
  });

  it('puts the same paragraph of each language in one row', () => {
    const aligned = alignParagraphs(release({nl: real('nl'), en: real('en')}));
    const row = aligned.find((section) => section.key === 'prison-radicalisation')!.rows[1]!;
    expect(row.id).toBe('prison-radicalisation-2');
    expect(row.cells.nl[0]!.text).toMatch(/^De verijdeling van een aanslag/);
    expect(row.cells.en[0]!.text).toMatch(/^The recent foiled attack/);
  });

  it('reads a section with unequal paragraph counts as one block, and warns naming it and both files', () => {
    const en = real('en').replace(
      'The recent foiled attack in France that was planned from a prison building reminds us of the severity of this threat.\n\n',
      '',
    );
    expect(en).not.toBe(real('en'));
    const statement = release({nl: real('nl'), en});
    const section = alignParagraphs(statement).find((each) => each.key === 'prison-radicalisation')!;
    expect(section.mode).toBe('block');
    expect(section.rows).toHaveLength(1);
    expect(section.rows[0]!.cells.nl).toHaveLength(4);
    expect(section.rows[0]!.cells.en).toHaveLength(3);

    const warnings = paragraphWarnings(statement, LOCALES);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({file: 'nl.md', field: 'section "prison-radicalisation"'});
    expect(warnings[0]!.message).toContain('en.md');
    expect(warnings[0]!.message).toContain('one block');

    // Paragraph anchors of that section fall back to the section's anchor in either language.
    const fallbacks = blockFallbacks(statement);
    expect(fallbacks['prison-radicalisation-4']).toBe('prison-radicalisation');
    expect(fallbacks['prison-radicalisation-1']).toBe('prison-radicalisation');
    expect(fallbacks['returning-minors-1']).toBeUndefined();
  });
});

describe('translation notes', () => {
  it('are tied to sections of the same file, with words in another language marked', () => {
    const [statement] = checkContent(VALID).releases;
    const notes = statement!.versions.en.meta.notes;
    expect(notes.map((note) => note.section)).toEqual(['criminal-justice', 'quadripartite', 'quadripartite']);
    expect(notes[0]!.html).toBe('The Dutch text speaks of a <span lang="nl">“werkgroep”</span> (working group) where the English has “task force”.');
  });

  it('report a note on an unknown section with the file and the line', () => {
    const text = real('en').replace('  - section: criminal-justice', '  - section: criminal-justise');
    const {problems} = readVersion('en', 'en.md', text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'en.md', field: 'notes[0].section', line: text.split('\n').findIndex((line) => line.includes('criminal-justise')) + 1});
    expect(problems[0]!.message).toContain('no section "criminal-justise"');
  });

  it('report a language marker for a language the site does not have', () => {
    const text = real('en').replace(':nl[Mechelen]', ':fr[Mechelen]');
    const {problems} = readVersion('en', 'en.md', text);
    expect(problems.map((problem) => problem.field)).toEqual(['notes[1].text']);
  });

  it('report an unknown field in a note', () => {
    const text = real('nl').replace('  - section: criminal-justice', '  - section: criminal-justice\n    sectoin: x');
    const {problems} = readVersion('nl', 'nl.md', text);
    expect(problems).toMatchObject([{field: 'notes[0].sectoin'}]);
  });
});

describe('keys the site needs itself', () => {
  it('cannot be section keys', () => {
    const text = real('en').replace(/\{#migration\}/, '{#side-by-side}');
    const {problems} = readVersion('en', 'en.md', text);
    expect(problems.map((problem) => problem.field)).toContain('section "side-by-side"');
  });

  it('include paragraph anchors: a key may not be another section’s paragraph anchor', () => {
    const text = real('en').replace(/\{#migration\}/, '{#quadripartite-2}');
    const {problems} = readVersion('en', 'en.md', text);
    expect(problems).toMatchObject([{field: 'section "quadripartite-2"'}]);
  });
});
