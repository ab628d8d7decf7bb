import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkCorrespondence, type CorrespondenceVersion} from './correspondence';
import {parseFrontMatter} from './front-matter';
import {ContentError, createContentLibrary, formatProblem, type ContentProblem} from './index';

// Fixture folders: tests/fixtures/content/correspondence-<case>/ is a content
// folder beside findings.txt, one finding per line, paths relative to the case.
// Regenerate the expectations with UPDATE_FIXTURES=1 (and read the diff).
const FIXTURES = path.join('tests', 'fixtures', 'content');

// The options a site of two languages would pass, with the length prior this site uses.
const {checkContent, getReleases} = createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404', 'side-by-side', 'share.png', 'feed.xml'], lengthRatios: {nl: 1.1}});
const cases = readdirSync(FIXTURES).filter((name) => name.startsWith('correspondence-')).sort();

function findings(folder: string): string[] {
  const report = checkContent(folder);
  const prefix = `${path.relative(process.cwd(), folder)}${path.sep}`;
  const line = (kind: string) => (problem: ContentProblem) => `${kind}: ${formatProblem(problem).replace(prefix, '').split(path.sep).join('/')}`;
  return [...report.problems.map(line('error')), ...report.warnings.map(line('warning'))];
}

describe('fixture cases', () => {
  it('has the cases the issue asks for', () => {
    expect(cases).toEqual(expect.arrayContaining(['correspondence-swapped-bodies', 'correspondence-year-changed', 'correspondence-figure-in-words', 'correspondence-figure-acknowledged', 'correspondence-paragraph-dropped', 'correspondence-sentence-added']));
  });

  for (const name of cases) {
    it(name, () => {
      const folder = path.join(FIXTURES, name);
      const expected = path.join(folder, 'findings.txt');
      const actual = findings(folder);
      if (process.env.UPDATE_FIXTURES) writeFileSync(expected, actual.map((each) => `${each}\n`).join(''));
      expect(existsSync(expected), `${expected} exists (UPDATE_FIXTURES=1 writes it)`).toBe(true);
      expect(actual).toEqual(readFileSync(expected, 'utf8').split('\n').filter(Boolean));
    });
  }
});

// What each case must show, whatever the exact wording in findings.txt.
describe('what the cases show', () => {
  const of = (name: string) => findings(path.join(FIXTURES, `correspondence-${name}`));
  const errors = (lines: string[]) => lines.filter((each) => each.startsWith('error: '));
  const warnings = (lines: string[]) => lines.filter((each) => each.startsWith('warning: '));

  it('a commitment body swapped with another, in one language, is an error on both sections', () => {
    const lines = errors(of('swapped-bodies'));
    expect(lines.some((each) => each.includes('section "prison-radicalisation"') && each.includes('is not a translation of that section'))).toBe(true);
    expect(lines.some((each) => each.includes('section "migration"') && each.includes('is not a translation of that section'))).toBe(true);
  });

  it('a year changed in one language is an error naming both years, files and lines', () => {
    const nl = lineIn('year-changed', 'nl.md', 'februari 2015');
    const en = lineIn('year-changed', 'en.md', 'February 2016');
    const lines = of('year-changed');
    expect(warnings(lines)).toEqual([]);
    expect(errors(lines)).toEqual([
      `error: releases/${RELEASE}/nl.md:${nl}: section "criminal-justice": 2015 in nl.md:${nl} has no counterpart in en.md:${en}`,
      `error: releases/${RELEASE}/en.md:${en}: section "criminal-justice": 2016 in en.md:${en} has no counterpart in nl.md:${nl}`,
    ]);
  });

  it('a figure written in digits in one language only is a warning, and acknowledged it is silent', () => {
    const lines = of('figure-in-words');
    expect(errors(lines)).toEqual([]);
    expect(warnings(lines)).toHaveLength(1);
    expect(warnings(lines)[0]).toMatch(/en\.md:\d+: section "quadripartite": 4 in en\.md:\d+ has no counterpart in nl\.md:\d+/);
    expect(of('figure-acknowledged')).toEqual([]);
  });

  it('a paragraph dropped from one language is a warning naming the paragraph left alone', () => {
    const line = lineIn('paragraph-dropped', 'en.md', 'The recent foiled attack');
    const lines = of('paragraph-dropped');
    expect(errors(lines)).toEqual([]);
    expect(warnings(lines).some((each) => each.includes(`the paragraph at en.md:${line} has no counterpart in nl.md:`))).toBe(true);
  });

  it('a sentence added to one language is at least a warning on that paragraph', () => {
    const line = lineIn('sentence-added', 'en.md', 'Both governments have since asked');
    const lines = of('sentence-added');
    expect(lines.some((each) => each.includes(`en.md:${line}: section "criminal-justice": en.md:${line} has`))).toBe(true);
  });

  it('an acknowledgement naming no section is an error at its line; one that matches nothing, a warning at its line', () => {
    const case_ = path.join(FIXTURES, 'correspondence-acknowledgements');
    const stale = lineIn('acknowledgements', 'en.md', 'section: migration\n');
    const typo = lineIn('acknowledgements', 'en.md', 'section: migrations');
    expect(findings(case_)).toEqual([`error: releases/${RELEASE}/en.md:${typo}: acknowledgements[3].section: there is no section "migrations" in this file; the keys are introduction, criminal-justice, prison-radicalisation, returning-minors, quadripartite, migration, next-meeting`]);

    // With the key corrected the release is whole, and both acknowledgements are stale.
    const root = temporaryFolder();
    const target = path.join(root, 'releases', RELEASE);
    mkdirSync(target, {recursive: true});
    for (const name of ['nl.md', 'en.md']) {
      const raw = readFileSync(path.join(case_, 'releases', RELEASE, name), 'utf8');
      writeFileSync(path.join(target, name), raw.replace('section: migrations', 'section: migration'));
    }
    const report = checkContent(root);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((each) => [path.basename(each.file), each.line, each.field])).toEqual([
      ['en.md', stale, 'section "migration"'],
      ['en.md', typo, 'section "migration"'],
    ]);
    expect(report.warnings[0]!.message).toBe('the acknowledgement of length matches no warning of the correspondence check; remove it');
  });
});

describe('every pair of commitment bodies swapped in one language', () => {
  const valid = path.join(FIXTURES, 'valid', 'releases', RELEASE);
  const original = {nl: readFileSync(path.join(valid, 'nl.md'), 'utf8'), en: readFileSync(path.join(valid, 'en.md'), 'utf8')};
  const keys = [...original.en.matchAll(/:::commitment\{#([a-z-]+)\}/g)].map((match) => match[1]!);
  const body = (text: string, key: string) => new RegExp(`:::commitment\\{#${key}\\}\\n## [^\\n]*\\n\\n([\\s\\S]*?)\\n:::`).exec(text)![1]!;

  it('has the five commitments to swap', () => {
    expect(keys).toHaveLength(5);
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`is an error on both sections (${locale}.md)`, {timeout: 60_000}, () => {
      for (const [i, first] of keys.entries()) {
        for (const second of keys.slice(i + 1)) {
          const [a, b] = [body(original[locale], first), body(original[locale], second)];
          const swapped = original[locale].replace(a, '\0').replace(b, a).replace('\0', b);
          const root = temporaryFolder();
          mkdirSync(path.join(root, 'releases', RELEASE), {recursive: true});
          writeFileSync(path.join(root, 'releases', RELEASE, `${locale}.md`), swapped);
          const other = locale === 'nl' ? 'en' : 'nl';
          writeFileSync(path.join(root, 'releases', RELEASE, `${other}.md`), original[other]);
          const fields = new Set(checkContent(root).problems.map((problem) => problem.field));
          expect([...fields].sort(), `${first} swapped with ${second}`).toEqual([`section "${first}"`, `section "${second}"`].sort());
        }
      }
    });
  }
});

describe('the build', () => {
  it('refuses a release with a correspondence error, naming it', () => {
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = path.join(FIXTURES, 'correspondence-year-changed');
    try {
      expect(() => getReleases()).toThrow(ContentError);
      expect(() => getReleases()).toThrow(/2015 in nl\.md:\d+ has no counterpart in en\.md:\d+/);
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});

describe('acknowledgements in front matter', () => {
  const front = (entry: string) =>
    parseFrontMatter(`---\ntitle: T\ndate: 2017-10-16\nplace: P\nissuer: I\ndescription: D\ncountries: [BE, FR]\nauthors:\n  - name: A\n    role: R\nacknowledgements:\n${entry}---\n`, 'en.md');

  it('takes one token or a list, and a reason', () => {
    expect(front('  - section: a\n    what: Malines\n    reason: French name.\n').meta?.acknowledgements).toEqual([{section: 'a', what: ['Malines'], reason: 'French name.'}]);
    expect(front('  - section: a\n    what: [Mechelen, Malines]\n    reason: Same city.\n').meta?.acknowledgements[0]!.what).toEqual(['Mechelen', 'Malines']);
  });

  it('names the field and line of a bad acknowledgement', () => {
    expect(front('  - section: a\n    what: 5\n    reason: r\n').problems.map(formatProblem)).toEqual(['en.md:13: acknowledgements[0].what: must be a text or a list of texts']);
    expect(front('  - section: a\n    what: []\n    reason: r\n').problems.map(formatProblem)).toEqual(['en.md:13: acknowledgements[0].what: must name at least one thing']);
    expect(front('  - section: a\n    what: length\n').problems.map(formatProblem)).toEqual(['en.md:12: acknowledgements[0].reason: is required']);
    expect(front('  - section: a\n    what: length\n    reason: r\n    why: w\n').problems.map(formatProblem)).toEqual(['en.md:15: acknowledgements[0].why: unknown field; the fields are section, what, reason']);
  });
});

describe('checkCorrespondence', () => {
  const version = (file: string, ...paragraphs: string[]): CorrespondenceVersion => ({
    file,
    sections: [{key: 'body', line: 10, paragraphs: paragraphs.map((text, index) => ({text, line: 11 + 2 * index}))}],
  });
  const check = (nl: string[], en: string[]) => checkCorrespondence(version('nl.md', ...nl), version('en.md', ...en));
  const messages = (report: ReturnType<typeof check>) => ({errors: report.problems.map((each) => each.message), warnings: report.warnings.map((each) => each.message)});

  it('reads 1.000, 1,000 and 1 000 as one figure, and 2,5 as 2.5', () => {
    expect(messages(check(['Er waren 1.000 deelnemers en 2,5 procent meer.'], ['There were 1,000 participants and 2.5 percent more.']))).toEqual({errors: [], warnings: []});
    expect(messages(check(['Er waren 1 000 deelnemers.'], ['There were 1,000 participants.']))).toEqual({errors: [], warnings: []});
  });

  it('reads a date written in figures as its day, month and year', () => {
    expect(messages(check(['Op 16.10.2017 in Brussel.'], ['On 16/10/2017 in Brussels.']))).toEqual({errors: [], warnings: []});
    // Against a month written out, the month's figure and name are left over: warnings, not errors.
    expect(messages(check(['Op 16-10-2017.'], ['On 16 October 2017.']))).toEqual({
      errors: [],
      warnings: ['10 in nl.md:11 has no counterpart in en.md:11 (if it is written out in words there, acknowledge it)', 'October in en.md:11 has no counterpart in nl.md:11'],
    });
  });

  it('an error when a figure differs, a warning when one side has a figure the other lacks', () => {
    expect(messages(check(['Sinds mei 2017.'], ['Since May 2018.'])).errors).toEqual(['2017 in nl.md:11 has no counterpart in en.md:11', '2018 in en.md:11 has no counterpart in nl.md:11']);
    expect(messages(check(['Onze vier landen werken samen.'], ['Our 4 countries work together.']))).toEqual({
      errors: [],
      warnings: ['4 in en.md:11 has no counterpart in nl.md:11 (if it is written out in words there, acknowledge it)'],
    });
  });

  it('a year without a counterpart is an error on its own: years are not written out', () => {
    expect(messages(check(['Dat gebeurde vorig jaar.'], ['That happened in 2016.']))).toEqual({errors: ['2016 in en.md:11 has no counterpart in nl.md:11'], warnings: []});
  });

  it('matches translated names and an acronym to the words it abbreviates', () => {
    const nl = 'Het gaat om kinderen uit Syrië en Irak, om Spanje en Marokko, en een volgende ontmoeting in Parijs, een instrument van de Europese Unie.';
    const en = 'It concerns children from Syria and Iraq, Spain and Morocco, and a next meeting in Paris, a new EU tool.';
    expect(messages(check([nl], [en]))).toEqual({errors: [], warnings: []});
  });

  it('warns about acronyms and names that do not correspond: NAVO is not NATO, Mechelen is not Malines', () => {
    const report = check(['Een vergadering van de NAVO in Mechelen.'], ['A meeting of NATO in Malines.']);
    expect(messages(report)).toEqual({
      errors: [],
      warnings: ['NAVO in nl.md:11 has no counterpart in en.md:11', 'Mechelen in nl.md:11 has no counterpart in en.md:11', 'NATO in en.md:11 has no counterpart in nl.md:11', 'Malines in en.md:11 has no counterpart in nl.md:11'],
    });
    const acknowledged = checkCorrespondence(version('nl.md', 'Een vergadering van de NAVO in Mechelen.'), version('en.md', 'A meeting of NATO in Malines.'), {
      acknowledgements: [{section: 'body', what: ['NAVO', 'NATO', 'Mechelen', 'Malines'], reason: 'The same alliance and city, named in each language.', file: 'en.md', line: 3}],
    });
    expect(messages(acknowledged)).toEqual({errors: [], warnings: []});
  });

  it('names without counterpart on both sides and lengths that differ make an error, unless the names are acknowledged', () => {
    const nl = 'De vergadering vond plaats in Mechelen, België.';
    const en = 'The meeting was held in Malines, Belgium, and went on late into the night while the ministers weighed every word of the text.';
    const plain = checkCorrespondence(version('nl.md', nl), version('en.md', en));
    expect(plain.problems.map((each) => each.message)).toEqual([
      'en.md:10 does not read as the translation of nl.md:10: tokens on both sides have no counterpart (Mechelen in nl.md:10; Malines in en.md:10) and the lengths do not line up; is this the text of another section?',
    ]);
    const acknowledged = checkCorrespondence(version('nl.md', nl), version('en.md', en), {
      acknowledgements: [{section: 'body', what: ['Mechelen', 'Malines'], reason: 'The same city.', file: 'en.md'}],
    });
    expect(acknowledged.problems).toEqual([]);
    expect(acknowledged.warnings.map((each) => each.message)).toEqual([expect.stringMatching(/^en\.md:11 has \d+ characters where nl\.md:11 \(\d+\) predicts about \d+ \(delta [\d.]+\); is something added or left out\?$/)]);
  });

  it('sections that share none of their tokens are an error', () => {
    const report = check(['In 2016 sprak Merkel met de EU over 300 vluchtelingen.'], ['In 1999 Clinton asked NATO for 12 ships.']);
    expect(report.problems.length).toBeGreaterThanOrEqual(6);
    expect(report.warnings).toEqual([]);
  });

  it('does not take the first word of a sentence, or words in lowercase, for names', () => {
    expect(messages(check(['Daarom besloten we. Ook zij deden mee: Niemand bleef weg.'], ['Therefore we decided. They took part too: Nobody stayed away.']))).toEqual({errors: [], warnings: []});
  });

  it('finds the paragraph one language lacks, by the lengths of the others', () => {
    const short = 'Een korte alinea van een paar woorden.';
    const long = 'Een veel langere alinea die uit meerdere zinnen bestaat, met genoeg woorden om lang te zijn. Ze gaat nog even door, en nog even, tot ze duidelijk langer is dan de andere.';
    const shortEn = 'A short paragraph of a few words.';
    const longEn = 'A much longer paragraph made of several sentences, with enough words to be long. It goes on for a while, and a while more, until it is clearly longer than the others.';
    const report = check([short, long, short], [shortEn, shortEn]);
    expect(messages(report).warnings).toEqual(['the paragraph at nl.md:13 has no counterpart in en.md:10: was it dropped there, or added here?']);
    expect(report.warnings[0]).toMatchObject({file: 'nl.md', line: 13, field: 'section "body"'});
    // The long paragraph, not a short one, is left alone when the English has the long one.
    // A short paragraph beside a long one may have been joined to it: named as such.
    expect(messages(check([short, long, short], [shortEn, longEn])).warnings).toEqual(['nl.md:13 and nl.md:15 correspond to one paragraph, en.md:13: was a paragraph split, joined or dropped?']);
  });
});

const RELEASE = '2017-10-16-michel-philippe';
const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** The line of a fixture file where `needle` first occurs. */
function lineIn(name: string, file: string, needle: string): number {
  const text = readFileSync(path.join(FIXTURES, `correspondence-${name}`, 'releases', RELEASE, file), 'utf8');
  expect(text.indexOf(needle), `"${needle}" is in ${name}/${file}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'correspondence-'));
  temporary.push(folder);
  return folder;
}
