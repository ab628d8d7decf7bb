// The correspondence check measured on the corpus of real releases
// (tests/fixtures/corpus, sources in its SOURCES.md): what it finds on each
// official translation, and which mistakes, made in memory to one language of
// each, it catches. docs/correspondence.md is this measurement; regenerate it
// with UPDATE_FIXTURES=1 and read the diff.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkCorrespondence, type CorrespondenceReport, type CorrespondenceVersion} from './correspondence';
import {createContentLibrary, formatProblem, type Release} from './index';

const CORPUS = path.join('tests', 'fixtures', 'corpus');
const MEASUREMENT = path.join('docs', 'correspondence.md');
const LOCALES = ['nl', 'en'] as const;
type Locale = (typeof LOCALES)[number];

// As the site binds the library (lib/site/releases.ts): Dutch runs about a tenth longer.
const LENGTH_RATIOS: Partial<Record<Locale, number>> = {nl: 1.1};
const {checkContent} = createContentLibrary({locales: LOCALES, lengthRatios: LENGTH_RATIOS});

// The sentence the statement's fixture adds to a paragraph (correspondence-sentence-added), in each language.
const ADDED_SENTENCE: Record<Locale, string> = {
  nl: 'Beide regeringen hebben hun procureurs sindsdien gevraagd elk jaar verslag uit te brengen over de resultaten van deze samenwerking.',
  en: 'Both governments have since asked their prosecutors to report every year on the results of this cooperation.',
};
// A paragraph this short ("Some of the topics discussed:") is below what lengths can tell.
const SHORTEST_MEASURED_PARAGRAPH = 60;
const YEAR = /(?<![\d.,])(?:1[5-9]|20)\d\d(?!\d|[.,]\d)/g;
const FIGURE = /(?<![\p{L}\p{N}.,])\d+(?!\d|[.,]\d)/gu;

type Versions = Record<Locale, CorrespondenceVersion>;
type Section = CorrespondenceVersion['sections'][number];

/** One variant of a mutation: whether the check caught it, and what it was. */
interface Variant {
  caught: boolean;
  what: string;
}

/** How many of a mutation's variants were caught, or why it does not apply. */
interface Outcome {
  caught: number;
  of: number;
  notApplicable?: string;
  missed: string[];
}

const MUTATIONS = {
  swapped: 'Two bodies swapped',
  year: 'A year changed',
  figure: 'A figure changed',
  replaced: "Another release's text",
  dropped: 'A paragraph dropped',
  added: 'A sentence added',
} as const;
type Mutation = keyof typeof MUTATIONS;

interface Row {
  key: string;
  sections: number;
  errors: number;
  warnings: number;
  outcomes: Record<Mutation, Outcome>;
}

function versionsOf(release: Release): Versions {
  const copy = (locale: Locale): CorrespondenceVersion => {
    const version = release.versions[locale]!;
    return {
      file: version.file,
      sections: version.sections.map(({key, line, title, paragraphs}) => ({key, line, ...(title === undefined ? {} : {title}), paragraphs: paragraphs.map((paragraph) => ({text: paragraph.text, line: paragraph.line}))})),
    };
  };
  return {nl: copy('nl'), en: copy('en')};
}

// As content:check compares them: each language with the first.
function check(versions: Versions): CorrespondenceReport {
  return checkCorrespondence(versions.nl, versions.en, {ratio: (LENGTH_RATIOS.en ?? 1) / (LENGTH_RATIOS.nl ?? 1)});
}

/** The versions with one section of one language given other paragraphs. */
function withBody(versions: Versions, locale: Locale, index: number, paragraphs: Section['paragraphs']): Versions {
  const version = versions[locale];
  return {...versions, [locale]: {...version, sections: version.sections.map((section, each) => (each === index ? {...section, paragraphs} : section))}};
}

const errorIn = (report: CorrespondenceReport, key: string) => report.problems.some((problem) => problem.field === `section "${key}"`);
const namedIn = (report: CorrespondenceReport, key: string, name: string) => [...report.problems, ...report.warnings].some((problem) => problem.field === `section "${key}"` && problem.message.includes(name));
const at = (file: string, line: number) => `${path.basename(file)}:${line}`;

function tally(variants: Variant[], notApplicable: string): Outcome {
  const missed = variants.filter((variant) => !variant.caught).map((variant) => variant.what);
  return variants.length === 0 ? {caught: 0, of: 0, notApplicable, missed} : {caught: variants.length - missed.length, of: variants.length, missed};
}

// Each occurrence of a figure in one language's paragraphs, changed on its own
// to one the section has in neither language.
function eachFigure(versions: Versions, pattern: RegExp, changed: (figure: number) => number[]): Variant[] {
  const variants: Variant[] = [];
  for (const locale of LOCALES) {
    versions[locale].sections.forEach((section, s) => {
      const texts = LOCALES.map((each) => versions[each].sections.find((other) => other.key === section.key)!.paragraphs.map((paragraph) => paragraph.text).join('\n')).join('\n');
      section.paragraphs.forEach((paragraph, p) => {
        for (const match of paragraph.text.matchAll(pattern)) {
          if (pattern === FIGURE && new RegExp(`^${YEAR.source}$`).test(match[0])) continue;
          const replacement = changed(Number(match[0])).map(String).find((value) => !new RegExp(`(?<!\\d)${value}(?!\\d)`).test(texts))!;
          const text = `${paragraph.text.slice(0, match.index)}${replacement}${paragraph.text.slice(match.index + match[0].length)}`;
          const mutated = withBody(versions, locale, s, section.paragraphs.map((each, index) => (index === p ? {...each, text} : each)));
          variants.push({caught: errorIn(check(mutated), section.key), what: `${match[0]} made ${replacement} at ${at(versions[locale].file, paragraph.line)}`});
        }
      });
    });
  }
  return variants;
}

function measure(release: Release, others: readonly Release[]): Row {
  const versions = versionsOf(release);
  const baseline = check(versions);
  const keys = versions.nl.sections.map((section) => section.key);
  const outcomes: Record<Mutation, Variant[]> = {swapped: [], year: [], figure: [], replaced: [], dropped: [], added: []};

  for (const locale of LOCALES) {
    const version = versions[locale];
    const other = versions[locale === 'nl' ? 'en' : 'nl'];
    for (const [i, first] of version.sections.entries()) {
      for (const [j, second] of version.sections.entries()) {
        if (j <= i) continue;
        const report = check(withBody(withBody(versions, locale, i, second.paragraphs), locale, j, first.paragraphs));
        outcomes.swapped.push({caught: errorIn(report, first.key) && errorIn(report, second.key), what: `${first.key} and ${second.key} in ${path.basename(version.file)}`});
      }
      for (const source of others.flatMap((release) => release.versions[locale]!.sections.map((section) => ({release, section})))) {
        const paragraphs = source.section.paragraphs.map(({text, line}) => ({text, line}));
        outcomes.replaced.push({caught: errorIn(check(withBody(versions, locale, i, paragraphs)), first.key), what: `${first.key} in ${path.basename(version.file)} by ${source.release.key}/${source.section.key}`});
      }
      // A dropped paragraph is named by its counterpart, the paragraph left alone in the other language.
      const counterpart = other.sections.find((section) => section.key === first.key)!;
      for (const [p, paragraph] of first.paragraphs.entries()) {
        const place = at(version.file, paragraph.line);
        if (first.paragraphs.length > 1) {
          const report = check(withBody(versions, locale, i, first.paragraphs.toSpliced(p, 1)));
          const name = counterpart.paragraphs.length === first.paragraphs.length ? at(other.file, counterpart.paragraphs[p]!.line) : 'paragraph';
          outcomes.dropped.push({caught: namedIn(report, first.key, name), what: `${place} (${paragraph.text.length} characters)`});
        }
        const added = first.paragraphs.map((each, index) => (index === p ? {...each, text: `${each.text} ${ADDED_SENTENCE[locale]}`} : each));
        outcomes.added.push({caught: namedIn(check(withBody(versions, locale, i, added)), first.key, place), what: `to ${place} (${paragraph.text.length} characters)`});
      }
    }
  }
  outcomes.year = eachFigure(versions, YEAR, (year) => [year + 1, year - 1, year + 2, year - 2, year + 3]);
  outcomes.figure = eachFigure(versions, FIGURE, (figure) => [figure + 1, figure + 2, figure + 3, figure + 4]);

  const reasons: Record<Mutation, string> = {swapped: 'one section', year: 'no year', figure: 'no figure', replaced: 'no other release', dropped: 'one paragraph a section', added: 'no paragraph'};
  return {
    key: release.key,
    sections: keys.length,
    errors: baseline.problems.length,
    warnings: baseline.warnings.length,
    outcomes: Object.fromEntries(Object.keys(MUTATIONS).map((mutation) => [mutation, tally(outcomes[mutation as Mutation], reasons[mutation as Mutation])])) as Record<Mutation, Outcome>,
  };
}

function cell(outcome: Outcome): string {
  return outcome.notApplicable ? `n/a (${outcome.notApplicable})` : `${outcome.caught}/${outcome.of}`;
}

function total(rows: readonly Row[], mutation: Mutation): Outcome {
  const applicable = rows.map((row) => row.outcomes[mutation]).filter((outcome) => !outcome.notApplicable);
  return {caught: applicable.reduce((sum, each) => sum + each.caught, 0), of: applicable.reduce((sum, each) => sum + each.of, 0), missed: applicable.flatMap((each) => each.missed)};
}

/** The measurement as docs/correspondence.md shows it. */
function report(rows: readonly Row[], others: readonly string[]): string {
  const mutations = Object.keys(MUTATIONS) as Mutation[];
  const header = ['Release', 'Sections', 'Errors', 'Warnings', ...mutations.map((mutation) => MUTATIONS[mutation])];
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const table = [
    line(header),
    line(header.map(() => '---')),
    ...rows.map((row) => line([row.key, row.sections, row.errors, row.warnings, ...mutations.map((mutation) => cell(row.outcomes[mutation]))])),
    line([
      `**${rows.length} releases**`,
      rows.reduce((sum, row) => sum + row.sections, 0),
      rows.reduce((sum, row) => sum + row.errors, 0),
      rows.reduce((sum, row) => sum + row.warnings, 0),
      ...mutations.map((mutation) => {
        const outcome = total(rows, mutation);
        return `${outcome.caught}/${outcome.of} in ${rows.filter((row) => !row.outcomes[mutation].notApplicable).length} releases`;
      }),
    ]),
  ];
  const missed = mutations.flatMap((mutation) => rows.flatMap((row) => row.outcomes[mutation].missed.map((what) => `- ${MUTATIONS[mutation]}: ${row.key}, ${what}`)));
  return [
    '# The correspondence check on real releases',
    '',
    'Measured by [`lib/content/corpus.test.ts`](../lib/content/corpus.test.ts) on the corpus of official Dutch and English releases in',
    '`tests/fixtures/corpus` (sources in its [`SOURCES.md`](../tests/fixtures/corpus/SOURCES.md)); regenerate with',
    '`UPDATE_FIXTURES=1 npx vitest run lib/content/corpus.test.ts`. The test fails when this page and the check disagree.',
    '',
    '**Errors** and **warnings** are what the check finds on each release as published: no acknowledgement is declared.',
    'Each mutation is made in memory to one language at a time (both are tried) and counted once per variant:',
    '',
    '- **Two bodies swapped**: every pair of sections, their paragraphs exchanged; caught when both sections have an error.',
    '- **A year changed**, **a figure changed**: every year, and every other figure written in digits, in turn, made one the section has in neither language; caught when the section has an error.',
    "- **Another release's text**: each section's paragraphs replaced by those of every section of every other release, in the same language; caught when the section has an error.",
    '- **A paragraph dropped**: every paragraph of a section that has more than one; caught when a finding names the paragraph left alone in the other language (by file and line).',
    `- **A sentence added**: the sentence the statement's fixture adds (“${ADDED_SENTENCE.en}”, and its Dutch) appended to every paragraph; caught when a finding names that paragraph.`,
    '',
    table.join('\n'),
    '',
    ...(others.length === 0 ? [] : ['Besides the correspondence check, `content:check` warns about the side-by-side reading:', '', ...others.map((warning) => `- ${warning}`), '']),
    '## Not caught',
    '',
    ...(missed.length === 0 ? ['Nothing.'] : missed),
    '',
  ].join('\n');
}

const corpus = checkContent(CORPUS);
const releases = corpus.releases;
const rows = releases.map((release) => measure(release, releases.filter((other) => other !== release)));
// What content:check warns about beyond the correspondence check (the side-by-side reading).
const correspondenceWarnings = new Set(releases.flatMap((release) => check(versionsOf(release)).warnings.map((warning) => `${warning.file}\0${warning.message}`)));
const otherWarnings = corpus.warnings.filter((warning) => !correspondenceWarnings.has(`${warning.file}\0${warning.message}`)).map((warning) => formatProblem({...warning, file: path.relative(CORPUS, warning.file).split(path.sep).join('/')}));

describe('the corpus', () => {
  it('is read whole: every release, no problem', () => {
    expect(corpus.problems.map(formatProblem)).toEqual([]);
    expect(releases.length).toBeGreaterThanOrEqual(10);
  });

  it('needs no acknowledgement', () => {
    for (const release of releases) for (const locale of LOCALES) expect(release.versions[locale]!.meta.acknowledgements, `${release.key}/${locale}.md`).toEqual([]);
  });
});

describe('the correspondence check on the corpus', () => {
  it(`is measured in ${MEASUREMENT}`, () => {
    const actual = report(rows, otherWarnings);
    if (process.env.UPDATE_FIXTURES) writeFileSync(MEASUREMENT, actual);
    expect(existsSync(MEASUREMENT), `${MEASUREMENT} exists (UPDATE_FIXTURES=1 writes it)`).toBe(true);
    expect(actual).toBe(readFileSync(MEASUREMENT, 'utf8'));
  });

  it('finds no error and at most one warning in each official translation', () => {
    for (const row of rows) {
      expect(row.errors, row.key).toBe(0);
      expect(row.warnings, row.key).toBeLessThanOrEqual(1);
    }
  });

  it('catches every swap, changed year, changed figure and foreign text as an error', () => {
    for (const mutation of ['swapped', 'year', 'figure', 'replaced'] as const) {
      for (const row of rows) expect(row.outcomes[mutation].missed, `${MUTATIONS[mutation]} in ${row.key}`).toEqual([]);
    }
  });

  it('names every dropped paragraph long enough to be measured, and nearly every added sentence', () => {
    for (const row of rows) {
      for (const what of row.outcomes.dropped.missed) expect(Number(/\((\d+) characters\)/.exec(what)![1]), `${row.key}: ${what}`).toBeLessThan(SHORTEST_MEASURED_PARAGRAPH);
    }
    const added = total(rows, 'added');
    expect(added.caught / added.of).toBeGreaterThanOrEqual(0.95);
  });

  it('applies each mutation to enough releases to mean something', () => {
    const applicable = (mutation: Mutation) => rows.filter((row) => !row.outcomes[mutation].notApplicable).length;
    // Six releases of the corpus have one section; four are abridged to text without a year, three without a figure.
    expect(applicable('year')).toBeGreaterThanOrEqual(7);
    expect(applicable('figure')).toBeGreaterThanOrEqual(8);
    expect(applicable('swapped')).toBeGreaterThanOrEqual(5);
    expect(applicable('dropped')).toBeGreaterThanOrEqual(10);
    expect(applicable('replaced')).toBe(rows.length);
    expect(applicable('added')).toBe(rows.length);
    expect(total(rows, 'replaced').of).toBeGreaterThanOrEqual(300);
  });
});
