import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkCorrespondence, type CorrespondenceVersion} from './correspondence';
import {equivalentNames, numberWordValues} from './lexicon';
import {parseFrontMatter} from './front-matter';
import {ContentError, createContentLibrary, formatProblem, type ContentProblem} from './index';

// Fixture folders: tests/fixtures/content/correspondence-<case>/ is a content
// folder beside findings.txt, one finding per line, paths relative to the case.
// Regenerate the expectations with UPDATE_FIXTURES=1 (and read the diff).
const FIXTURES = path.join('tests', 'fixtures', 'content');

// The options a site of two languages would pass, with the length prior this site uses.
const {checkContent} = createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404', 'side-by-side', 'share.png', 'feed.xml'], lengthRatios: {nl: 1.1}});
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
    expect(lines.some((each) => each.includes('section "prison-radicalisation"') && each.includes('were two sections swapped'))).toBe(true);
    expect(lines.some((each) => each.includes('section "migration"') && each.includes('were two sections swapped'))).toBe(true);
  });

  it('a year changed in one language is an error naming both years, files and lines, and how to acknowledge it', () => {
    const nl = lineIn('year-changed', 'nl.md', 'februari 2015');
    const en = lineIn('year-changed', 'en.md', 'February 2016');
    const lines = of('year-changed');
    const hint = (year: string) => `; if the difference is real, acknowledge it in front matter: \`acknowledgements: [{section: criminal-justice, what: "${year}", reason: …}]\``;
    expect(warnings(lines)).toEqual([]);
    expect(errors(lines)).toEqual([
      `error: releases/${RELEASE}/nl.md:${nl}: section "criminal-justice": 2015 in nl.md:${nl} has no counterpart in en.md:${en}${hint('2015')}`,
      `error: releases/${RELEASE}/en.md:${en}: section "criminal-justice": 2016 in en.md:${en} has no counterpart in nl.md:${nl}${hint('2016')}`,
    ]);
  });

  it('a figure written in digits in one language and in words in the other is no finding; one the other lacks, acknowledged, is silent', () => {
    expect(of('figure-in-words')).toEqual([]);
    expect(of('figure-acknowledged')).toEqual([]);
    // Without its acknowledgement, the figure only one language gives is a warning.
    const root = temporaryFolder();
    const target = path.join(root, 'releases', RELEASE);
    mkdirSync(target, {recursive: true});
    const source = path.join(FIXTURES, 'correspondence-figure-acknowledged', 'releases', RELEASE);
    writeFileSync(path.join(target, 'nl.md'), readFileSync(path.join(source, 'nl.md'), 'utf8'));
    writeFileSync(path.join(target, 'en.md'), readFileSync(path.join(source, 'en.md'), 'utf8').replace(/acknowledgements:\n(?: {2,}.*\n)+/, ''));
    const report = checkContent(root);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((each) => each.message)).toEqual([expect.stringMatching(/^4 in en\.md:\d+ has no counterpart in nl\.md:\d+; if the difference is real, acknowledge it in front matter: `acknowledgements: \[\{section: quadripartite, what: "4", reason: …\}\]`$/)]);
  });

  it('a paragraph dropped from one language is a warning naming the paragraph left alone', () => {
    const line = lineIn('paragraph-dropped', 'en.md', 'The recent foiled attack');
    const lines = of('paragraph-dropped');
    expect(errors(lines)).toEqual([]);
    expect(warnings(lines).some((each) => each.includes(`the paragraph at en.md:${line} has no counterpart in nl.md:`))).toBe(true);
  });

  it('a sentence added to one language is a warning naming the sentence and its paragraph', () => {
    const line = lineIn('sentence-added', 'en.md', 'Both governments have since asked');
    const lines = of('sentence-added');
    expect(errors(lines)).toEqual([]);
    expect(warnings(lines).some((each) => each.includes(`en.md:${line}: section "criminal-justice": the sentence “Both governments have since asked their …” in en.md:${line} has no counterpart in nl.md:`))).toBe(true);
  });

  it('the statement: its two acknowledgements are stale now that names translated by CLDR and the lexicon, and institutions, are no evidence', () => {
    const report = checkContent(path.join(FIXTURES, 'valid'));
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((each) => [each.field, each.message])).toEqual([
      ['section "quadripartite"', 'the acknowledgement of Mechelen, Malines matches no finding of the correspondence check; remove it'],
      ['section "next-meeting"', 'the acknowledgement of Binnenlandse Zaken, Interior matches no finding of the correspondence check; remove it'],
    ]);
    // Without them, it has nothing to say.
    const root = temporaryFolder();
    const target = path.join(root, 'releases', RELEASE);
    mkdirSync(target, {recursive: true});
    const source = path.join(FIXTURES, 'valid', 'releases', RELEASE);
    writeFileSync(path.join(target, 'nl.md'), readFileSync(path.join(source, 'nl.md'), 'utf8'));
    writeFileSync(path.join(target, 'en.md'), readFileSync(path.join(source, 'en.md'), 'utf8').replace(/acknowledgements:\n(?: {2,}.*\n)+/, ''));
    expect(checkContent(root)).toMatchObject({problems: [], warnings: []});
  });

  it('an acknowledgement naming no section is an error at its line; one that matches nothing, a warning at its line', () => {
    const case_ = path.join(FIXTURES, 'correspondence-acknowledgements');
    const stale = lineIn('acknowledgements', 'en.md', 'section: migration\n');
    const typo = lineIn('acknowledgements', 'en.md', 'section: migrations');
    expect(findings(case_)).toEqual([`error: releases/${RELEASE}/en.md:${typo}: acknowledgements[1].section: there is no section "migrations" in this file; the keys are introduction, criminal-justice, prison-radicalisation, returning-minors, quadripartite, migration, next-meeting`]);

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
    expect(report.warnings[0]!.message).toBe('the acknowledgement of length matches no finding of the correspondence check; remove it');
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
    const {getReleases} = createContentLibrary({locales: ['nl', 'en'], lengthRatios: {nl: 1.1}, directory: () => path.join(FIXTURES, 'correspondence-year-changed')});
    expect(() => getReleases()).toThrow(ContentError);
    expect(() => getReleases()).toThrow(/2015 in nl\.md:\d+ has no counterpart in en\.md:\d+/);
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
  // Every message ends with how to acknowledge it; the cases below read better without.
  const HINT = /; if the difference is real, acknowledge it in front matter: `acknowledgements: \[\{section: [^`]*\}\]`$/;
  const messages = (report: ReturnType<typeof check>) => ({errors: report.problems.map((each) => each.message.replace(HINT, '')), warnings: report.warnings.map((each) => each.message.replace(HINT, ''))});
  const none = {errors: [], warnings: []};

  it('ends every message with the front matter that acknowledges it', () => {
    expect(check(['Sinds mei 2017.'], ['Since May 2018.']).problems.map((each) => each.message)).toEqual([
      '2017 in nl.md:11 has no counterpart in en.md:11; if the difference is real, acknowledge it in front matter: `acknowledgements: [{section: body, what: "2017", reason: …}]`',
      '2018 in en.md:11 has no counterpart in nl.md:11; if the difference is real, acknowledge it in front matter: `acknowledgements: [{section: body, what: "2018", reason: …}]`',
    ]);
    expect(check(['Wij ontmoetten elkaar in Gent.'], ['We met in the city.']).warnings.map((each) => each.message)).toEqual([
      'Gent in nl.md:11 has no counterpart in en.md:11; if the difference is real, acknowledge it in front matter: `acknowledgements: [{section: body, what: "Gent", reason: …}]`',
    ]);
  });

  it('reads 1.000, 1,000 and 1 000 as one figure, and 2,5 as 2.5', () => {
    expect(messages(check(['Er waren 1.000 deelnemers en 2,5 procent meer.'], ['There were 1,000 participants and 2.5 percent more.']))).toEqual(none);
    expect(messages(check(['Er waren 1 000 deelnemers.'], ['There were 1,000 participants.']))).toEqual(none);
  });

  it('reads a date written in figures as its day, month and year', () => {
    expect(messages(check(['Op 16.10.2017 in Brussel.'], ['On 16/10/2017 in Brussels.']))).toEqual(none);
    // Against a month written out, the month's figure and name are left over: warnings, not errors.
    expect(messages(check(['Op 16-10-2017.'], ['On 16 October 2017.']))).toEqual({
      errors: [],
      warnings: ['10 in nl.md:11 has no counterpart in en.md:11', 'October in en.md:11 has no counterpart in nl.md:11'],
    });
  });

  it('an error when a figure differs, a warning when one side has a figure the other lacks', () => {
    expect(messages(check(['Sinds mei 2017.'], ['Since May 2018.'])).errors).toEqual(['2017 in nl.md:11 has no counterpart in en.md:11', '2018 in en.md:11 has no counterpart in nl.md:11']);
    expect(messages(check(['Onze landen werken samen.'], ['Our 4 countries work together.']))).toEqual({errors: [], warnings: ['4 in en.md:11 has no counterpart in nl.md:11']});
  });

  it('reads figures written out in words, cardinal or ordinal, up to a hundred: drie, three, derde, third', () => {
    expect(messages(check(['De derde top van onze drie landen, na eenentwintig jaar en honderd vergaderingen.'], ['The 3rd summit of our 3 countries, after 21 years and 100 meetings.']))).toEqual(none);
    expect(messages(check(['Voor de zesde keer, gedurende 2 jaar.'], ['For the 6th time, for two years.']))).toEqual(none);
    expect(messages(check(['De helft van de 12 lidstaten, tweeëntwintigste op de lijst.'], ['Half of the twelve Member States, twenty-second on the list.']))).toEqual(none);
  });

  it('a figure changed where the other version writes it in words is an error, and so is the word', () => {
    expect(messages(check(['Voor de zesde keer.'], ['For the 7th time.'])).errors).toEqual(['zesde (6) in nl.md:11 has no counterpart in en.md:11', '7 in en.md:11 has no counterpart in nl.md:11']);
    // A word alone is no figure: "twee" may be "both".
    expect(messages(check(['Onze twee landen werken samen.'], ['Both our countries work together.']))).toEqual(none);
  });

  it('a figure written once more in one version than in the other: one of them changed', () => {
    expect(messages(check(['Op 2 mei en 2 juni, 3 keer.'], ['On 2 May and 3 June, 3 times.'])).errors).toEqual([
      '2 in nl.md:11 has no counterpart in en.md:11 (twice here, once there)',
      '3 in en.md:11 has no counterpart in nl.md:11 (twice here, once there)',
    ]);
  });

  it('a year without a counterpart is an error on its own: years are not written out', () => {
    expect(messages(check(['Dat gebeurde vorig jaar.'], ['That happened in 2016.']))).toEqual({errors: ['2016 in en.md:11 has no counterpart in nl.md:11'], warnings: []});
  });

  it('matches translated names and an acronym to the words it abbreviates', () => {
    const nl = 'Het gaat om kinderen uit Syrië en Irak, om Spanje en Marokko, en een volgende ontmoeting in Parijs, een instrument van de Europese Unie.';
    const en = 'It concerns children from Syria and Iraq, Spain and Morocco, and a next meeting in Paris, a new EU tool.';
    expect(messages(check([nl], [en]))).toEqual(none);
  });

  it('matches names that differ by language: countries and their adjectives, cities, acronyms, months', () => {
    const nl = 'Nederland, Duitsland en België, de Nederlandse en Duitse regeringen, de Verenigde Staten en het Verenigd Koninkrijk, de NAVO en de VN, in Den Haag, Luik en Mechelen, in maart. De Vlaams-Nederlandse Top in Zuid‑Korea.';
    const en = 'The Netherlands, Germany and Belgium, the Dutch and German governments, the United States and the UK, NATO and the United Nations, in The Hague, Liège and Malines, in March. The Flemish-Dutch Summit in South Korea.';
    expect(messages(check([nl], [en]))).toEqual(none);
  });

  it('does not take capitalised common nouns for names: ministries, institutions, Member States', () => {
    const nl = 'De minister van Algemene Zaken en de lidstaten spraken in de Veiligheidsraad en de Algemene Vergadering over overgangsjustitie.';
    const en = 'The Minister of General Affairs and the Member States spoke in the Security Council and the General Assembly about Transitional Justice.';
    expect(messages(check([nl], [en]))).toEqual(none);
  });

  it('warns about acronyms and names without counterpart, and is silent about what the release acknowledges', () => {
    const [nl, en] = ['Een vergadering van de AIVD met Rutte in Doesburg over terrorisme en radicalisering.', 'A meeting of the GISS in Dover about terrorism and radicalisation.'];
    expect(messages(check([nl], [en]))).toEqual({
      errors: [],
      warnings: ['AIVD in nl.md:11 has no counterpart in en.md:11', 'Rutte in nl.md:11 has no counterpart in en.md:11', 'Doesburg in nl.md:11 has no counterpart in en.md:11', 'GISS in en.md:11 has no counterpart in nl.md:11', 'Dover in en.md:11 has no counterpart in nl.md:11'],
    });
    const acknowledged = checkCorrespondence(version('nl.md', nl), version('en.md', en), {
      acknowledgements: [{section: 'body', what: ['AIVD', 'GISS', 'Rutte', 'Doesburg', 'Dover'], reason: 'Checked by the press office.', file: 'en.md', line: 3}],
    });
    expect(messages(acknowledged)).toEqual(none);
  });

  it('errors can be acknowledged too, when the difference is real', () => {
    const report = checkCorrespondence(version('nl.md', 'Dat gebeurde vorig jaar.'), version('en.md', 'That happened in 2016.'), {
      acknowledgements: [{section: 'body', what: ['2016'], reason: 'The English dates what the Dutch calls last year.', file: 'en.md', line: 3}],
    });
    expect(messages(report)).toEqual(none);
  });

  it('names without counterpart on both sides of sections that share no words make an error, unless acknowledged', () => {
    const nl = 'Minister Wilmès reisde naar Bamako.';
    const en = 'President Tusk received the delegation of Quebec yesterday evening.';
    expect(messages(check([nl], [en])).errors).toEqual([
      'en.md:10 does not read as the translation of nl.md:10: tokens on both sides have no counterpart (Wilmès, Bamako in nl.md:10; Tusk, Quebec in en.md:10) and they share 0 of 6 words spelled alike (0%); is this the text of another section?',
    ]);
    const acknowledged = checkCorrespondence(version('nl.md', nl), version('en.md', en), {
      acknowledgements: [{section: 'body', what: ['section'], reason: 'Checked by the press office.', file: 'en.md'}],
    });
    expect(acknowledged.problems.map((each) => each.message.replace(HINT, ''))).toEqual([]);
  });

  it('sections that share none of their tokens are an error', () => {
    const report = check(['In 2016 sprak Merkel met de EU over 300 vluchtelingen.'], ['In 1999 Clinton asked NATO for 12 ships.']);
    expect(report.problems.length).toBeGreaterThanOrEqual(6);
    expect(report.warnings).toEqual([]);
  });

  it('does not take the first word of a sentence, a quotation, a list item or a table cell for a name', () => {
    expect(messages(check(['Daarom besloten we. Ook zij deden mee: Niemand bleef weg.'], ['Therefore we decided. They took part too: Nobody stayed away.']))).toEqual(none);
    expect(messages(check(['Hij zei: ‘Gezien de feiten, gaan wij door.’ En ‘Samenwerking loont’.'], ["He said: 'Cooperation pays.' And “Given the facts, we go on.”"]))).toEqual(none);
    expect(messages(check(['Dit zijn de punten:\nVrede\nVeiligheid\tWelvaart'], ['These are the points:\nPeace\nSecurity\tProsperity']))).toEqual(none);
  });

  it('does not take the capitals of a heading in title case for names', () => {
    const section = (file: string, title: string, text: string): CorrespondenceVersion => ({file, sections: [{key: 'body', line: 10, title, paragraphs: [{text, line: 12}]}]});
    const report = checkCorrespondence(section('nl.md', 'Partners op het vlak van veiligheid en defensie', 'Wij werken samen.'), section('en.md', 'Partners in Security and Defence', 'We work together.'));
    expect(messages(report)).toEqual(none);
  });

  it('finds the paragraph one language lacks, by the lengths and words of the others', () => {
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

  it('names a sentence one paragraph has and its counterpart lacks', () => {
    const nl = 'Beide landen werken samen aan de veiligheid van hun burgers. Zij delen informatie over terrorisme en radicalisering.';
    const en = 'Both countries work together on the security of their citizens. They share information on terrorism and radicalisation.';
    const added = `${en} The ministers will meet again in the spring to review the progress of their joint programme.`;
    expect(messages(check([nl], [en]))).toEqual(none);
    expect(messages(check([nl], [added])).warnings).toEqual(['the sentence “The ministers will meet again in …” in en.md:11 has no counterpart in nl.md:11: was it added here, or left out there?']);
  });

  it('a section whose text reads as the translation of another section is an error on both', () => {
    const sections = (file: string, first: string, second: string): CorrespondenceVersion => ({
      file,
      sections: [
        {key: 'justice', line: 10, paragraphs: [{text: first, line: 11}]},
        {key: 'migration', line: 20, paragraphs: [{text: second, line: 21}]},
      ],
    });
    const justice = ['De justitiële samenwerking tussen onze procureurs en magistraten wordt versterkt met een gemeenschappelijke taskforce.', 'The judicial cooperation between our prosecutors and magistrates will be strengthened with a common task force.'];
    const migration = ['Wij versterken onze samenwerking tegen irreguliere immigratie en de uitwisseling van strategische informatie over terugnames.', 'We strengthen our cooperation against irregular immigration and the exchange of strategic information on readmissions.'];
    const report = checkCorrespondence(sections('nl.md', justice[0]!, migration[0]!), sections('en.md', migration[1]!, justice[1]!));
    expect(report.problems.map((each) => each.field)).toEqual(['section "justice"', 'section "migration"']);
    expect(report.problems.map((each) => each.message)).toEqual([expect.stringContaining('were two sections swapped'), expect.stringContaining('were two sections swapped')]);
    expect(checkCorrespondence(sections('nl.md', justice[0]!, migration[0]!), sections('en.md', justice[1]!, migration[1]!))).toEqual({problems: [], warnings: []});
  });
});

describe('the lexicon', () => {
  const EU_AND_UK = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'GB'];
  const groupOf = (name: string) => equivalentNames().find((group) => group.includes(name)) ?? [];

  it("gives every EU member state and the UK its CLDR names in both languages, and its adjectives beside them", () => {
    const [nl, en] = [new Intl.DisplayNames(['nl'], {type: 'region'}), new Intl.DisplayNames(['en'], {type: 'region'})];
    for (const code of EU_AND_UK) {
      const group = groupOf(nl.of(code)!);
      expect(group, code).toContain(en.of(code));
      // At least an inflected Dutch adjective (Nederlandse, Belgische) and an English one.
      expect(group.some((name) => /e$/.test(name) && name !== nl.of(code)), `${code}: ${group.join(', ')}`).toBe(true);
      expect(group.length, `${code}: ${group.join(', ')}`).toBeGreaterThanOrEqual(4);
    }
    expect(groupOf('Nederlandse')).toEqual(expect.arrayContaining(['Nederland', 'Netherlands', 'Dutch']));
    expect(groupOf('Europese Unie')).toEqual(expect.arrayContaining(['European Union', 'EU']));
    expect(groupOf('VS')).toEqual(expect.arrayContaining(['Verenigde Staten', 'United States', 'US']));
  });

  it('has the cities whose names differ, and the months', () => {
    for (const [nl, en] of [['Brussel', 'Brussels'], ['Den Haag', 'The Hague'], ["'s-Gravenhage", 'The Hague'], ['Antwerpen', 'Antwerp'], ['Luik', 'Liège'], ['Mechelen', 'Malines'], ['Bergen', 'Mons'], ['Keulen', 'Cologne'], ['maart', 'March']]) {
      expect(groupOf(nl!), nl).toContain(en);
    }
  });

  it('reads cardinals and ordinals up to a hundred in both languages, and halves', () => {
    const values = numberWordValues();
    expect(['drie', 'three', 'derde', 'third'].map((word) => values.get(word))).toEqual(['3', '3', '3', '3']);
    expect(['eenentwintig', 'twenty-one', 'eenentwintigste', 'twenty-first', 'tweeëntwintig', 'achtste', 'eighth', 'twelfth', 'twintigste', 'twentieth'].map((word) => values.get(word))).toEqual(['21', '21', '21', '21', '22', '8', '8', '12', '20', '20']);
    expect(['honderd', 'hundred', 'honderdste', 'hundredth', 'negenennegentig', 'ninety-nine'].map((word) => values.get(word))).toEqual(['100', '100', '100', '100', '99', '99']);
    expect(['half', 'helft', 'halve'].map((word) => values.get(word))).toEqual(['0.5', '0.5', '0.5']);
    // "Een" is also "a", "eerste" and "first" also "foremost": not figures.
    expect(['een', 'één', 'one', 'eerste', 'first'].map((word) => values.get(word))).toEqual([undefined, undefined, undefined, undefined, undefined]);
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
