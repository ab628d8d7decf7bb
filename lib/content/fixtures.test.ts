// Fixture-driven tests, as remark-gfm's: each folder under
// `tests/fixtures/content/<case>/` is a content directory beside what the
// library must make of it: `problems.txt`, one `file:line: field: message`
// per line (paths relative to the case folder), and for sound content
// `model.json`, the facts the model derives. Regenerate them after a
// deliberate change with `UPDATE_FIXTURES=1 npx vitest run lib/content/fixtures.test.ts`
// and read the diff before committing it.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createContentLibrary, formatProblem, type Release} from './index';

const FIXTURES = path.join('tests', 'fixtures', 'content');
const update = Boolean(process.env.UPDATE_FIXTURES);

// The options a site of two languages would pass, with chrome ids like this site's.
const {checkContent} = createContentLibrary({
  locales: ['nl', 'en'],
  reservedSegments: ['404', 'side-by-side', 'share.png', 'feed.xml'],
  chromeIds: ['main', 'provenance-title'],
});

/** What the model derives, without the rendered text: numbers, labels, ids. */
function modelFacts(releases: Release[]) {
  return releases.map((release) => ({
    key: release.key,
    date: release.date,
    countries: release.countries,
    ...(release.updated ? {updated: release.updated} : {}),
    ...(Object.keys(release.redirects).length > 0 ? {redirects: release.redirects} : {}),
    versions: Object.fromEntries(
      Object.entries(release.versions).map(([locale, version]) => [
        locale,
        {
          title: version.meta.title,
          ...(version.meta.updates.length > 0 ? {updates: version.meta.updates} : {}),
          ...(version.meta.contacts.length > 0 ? {contacts: version.meta.contacts} : {}),
          commitments: version.commitments.map((section) => section.key),
          sections: version.sections.map((section) => ({
            key: section.key,
            kind: section.kind,
            ...(section.label ? {number: section.number, label: section.label, titleId: section.titleId} : {}),
            ids: section.ids,
            paragraphs: section.paragraphs.map((paragraph) => paragraph.text),
          })),
        },
      ]),
    ),
  }));
}

/** Compare with the expectation file, or write it when regenerating. */
function expectFile(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${file} exists (run with UPDATE_FIXTURES=1 to write it)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

// The correspondence cases have their own test and expectation files (correspondence.test.ts).
const cases = readdirSync(FIXTURES, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('correspondence-'))
  .map((entry) => entry.name);

describe('content fixtures', () => {
  it('has the cases the tests below rely on', () => {
    expect(cases).toEqual(expect.arrayContaining(['valid', 'other-countries', 'accepted-bom-crlf', 'refused-links', 'refused-images', 'refused-latin1', 'redirects', 'refused-redirects', 'refused-redirects-key']));
  });

  it.each(cases)('%s', (name) => {
    const folder = path.join(FIXTURES, name);
    const report = checkContent(folder);
    const problems = report.problems.map((problem) => formatProblem({...problem, file: path.relative(folder, path.resolve(problem.file))}));
    expectFile(path.join(folder, 'problems.txt'), problems.map((line) => `${line}\n`).join(''));
    // A case is either refused (its name says so) or published whole.
    if (name.startsWith('refused-')) {
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of report.problems) expect(problem.line, formatProblem(problem)).toBeGreaterThan(0);
      expect(report.releases).toEqual([]);
    } else {
      expect(problems).toEqual([]);
      expectFile(path.join(folder, 'model.json'), `${JSON.stringify(modelFacts(report.releases), null, 2)}\n`);
    }
  });
});

describe('accepted encodings', () => {
  it('reads a UTF-8 file with a byte-order mark and CRLF line endings as the same release as its LF twin', () => {
    const windows = checkContent(path.join(FIXTURES, 'accepted-bom-crlf'));
    const unix = checkContent(path.join(FIXTURES, 'other-countries'));
    expect(windows.problems).toEqual([]);
    expect(modelFacts(windows.releases)).toEqual(modelFacts(unix.releases));
    for (const version of Object.values(windows.releases[0]!.versions)) {
      expect(version.meta.title).not.toMatch(/^\uFEFF/);
      expect(version.sections.map((section) => section.html).join('')).not.toContain('\r');
    }
  });
});

describe('refusals', () => {
  const problems = (name: string) => checkContent(path.join(FIXTURES, name)).problems;

  it('refuses javascript:, data: and vbscript: links, however written, and links to another host without a scheme; accepts https:, mailto: and site paths', () => {
    const found = problems('refused-links');
    expect(found.map((problem) => /"(.*?)"/.exec(problem.message)?.[1])).toEqual([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      '//evil.example/',
      '/\\\\evil.example/',
    ]);
    expect(found.every((problem) => problem.file.endsWith('en.md'))).toBe(true);
  });

  it('refuses every image, remote or local, and names its line', () => {
    const found = problems('refused-images');
    expect(found.filter((problem) => problem.message.startsWith('images are not allowed'))).toHaveLength(3);
  });

  it('refuses a file that is not UTF-8 at the first bad byte, and publishes nothing with U+FFFD', () => {
    const [problem, ...rest] = problems('refused-latin1');
    expect(rest).toEqual([]);
    const text = readFileSync(path.join(FIXTURES, 'refused-latin1', 'releases', '2020-01-02-test', 'nl.md'), 'latin1');
    const lines = text.split('\n');
    const line = lines.findIndex((each) => each.includes('België')) + 1;
    expect(problem).toMatchObject({line, column: lines[line - 1]!.indexOf('ë') + 1});
    expect(problem!.message).toContain('not UTF-8');
  });

  it('refuses a commitment heading that starts with a number in any form, but not one that starts with "I"', () => {
    const found = problems('refused-numbered-headings');
    expect(found.map((problem) => problem.field)).toEqual(
      ['plain-number', 'dotted', 'dashed', 'parenthesis', 'roman', 'bracketed'].map((key) => `section "${key}"`),
    );
  });

  it('names the line and column of a YAML error in the file, with the parser\'s whole message', () => {
    const [problem, ...rest] = problems('refused-yaml');
    expect(rest).toEqual([]);
    // Line 5 of the file is `issuer: Ministerie: Buitenlandse Zaken`: the value that holds a second colon starts at column 9.
    expect(problem).toMatchObject({line: 5, column: 9});
    expect(problem!.message).toBe('front matter is not valid YAML: Nested mappings are not allowed in compact mappings');
    expect(problem!.message).not.toContain(' at line ');
  });

  it('refuses keys whose ids are the page chrome\'s or another section\'s, naming the id', () => {
    const found = problems('refused-id-clash').filter((problem) => problem.file.endsWith('nl.md'));
    expect(found.map((problem) => [problem.field, /"([^"]+)"/.exec(problem.message)?.[1]])).toEqual([
      ['section "main"', 'main'],
      ['section "provenance-title"', 'provenance-title'],
      ['section "first-title"', 'first-title'],
      ['section "first-1"', 'first-1'],
    ]);
  });

  it('refuses country codes that are not ISO 3166-1 alpha-2, and countries that differ between languages', () => {
    expect(problems('refused-countries').map((problem) => problem.field)).toEqual(['countries[1]', 'countries[2]', 'countries[3]', 'countries']);
    const [differ, ...rest] = problems('refused-countries-differ');
    expect(rest).toEqual([]);
    expect(differ).toMatchObject({field: 'countries', line: 7});
    expect(differ!.file).toMatch(/en\.md$/);
  });

  it('refuses an embargo without its offset, and one that differs between languages, with file and line', () => {
    const [offset, ...rest] = problems('refused-embargo-offset');
    expect(rest).toEqual([]);
    expect(offset).toMatchObject({field: 'embargo', line: 4});
    expect(offset!.file).toMatch(/nl\.md$/);
    expect(offset!.message).toContain('must be an instant with its offset');
    const [differ, ...others] = problems('refused-embargo-differ');
    expect(others).toEqual([]);
    expect(differ).toMatchObject({field: 'embargo', line: 4});
    expect(differ!.file).toMatch(/en\.md$/);
  });

  it('takes a release\'s newest update as its last change, and refuses updates not after the release or dated differently between languages', () => {
    expect(checkContent(path.join(FIXTURES, 'updates')).releases[0]!.updated).toBe('2020-03-15');
    expect(problems('refused-updates').map((problem) => [problem.file.slice(-5), problem.line, problem.field])).toEqual([
      ['nl.md', 12, 'updates[0].note'],
      ['nl.md', 15, 'updates[1].when'],
      ['nl.md', 16, 'updates[2].date'],
      ['en.md', 12, 'updates[0].date'],
      ['en.md', 14, 'updates[1].date'],
    ]);
    expect(problems('refused-updates-differ').map((problem) => [problem.file.slice(-5), problem.line, problem.field])).toEqual([['en.md', 11, 'updates']]);
  });

  it('reads press contacts, and refuses one without a way to reach them, a malformed address or number, an unknown field or a text instead of a list', () => {
    expect(checkContent(path.join(FIXTURES, 'contacts')).releases[0]!.versions.en!.meta.contacts).toEqual([
      {name: 'Els de Vries', role: 'Spokesperson', email: 'pers@example.org', telephones: ['+31 70 123 45 67']},
      {name: 'Piet Bakker', role: 'Press office', telephones: ['+31 70 765 43 21']},
      // An office with a desk and a mobile gives both.
      {name: 'Anna Claes', role: 'Press desk', telephones: ['+32 2 501 02 11', '+32 475 12 34 56']},
    ]);
    expect(problems('refused-contacts').map((problem) => [problem.file.slice(-5), problem.line, problem.field])).toEqual([
      ['nl.md', 12, 'contacts[0]'],
      ['nl.md', 16, 'contacts[1].email'],
      ['nl.md', 19, 'contacts[2].telephone'],
      ['nl.md', 20, 'contacts[3].name'],
      ['nl.md', 22, 'contacts[3].fax'],
      ['en.md', 11, 'contacts'],
    ]);
  });
});
