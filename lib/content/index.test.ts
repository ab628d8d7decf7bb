import {mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import * as content from './index';
import {createContentLibrary, formatProblem, type ContentProblem} from './index';

// The library as a site of two languages binds it; nothing here reads the
// site's own configuration or its live release.
const {checkContent} = createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404', 'side-by-side'], chromeIds: ['main']});

// A copy of the first release, frozen as a fixture: correcting the live
// release never breaks these tests.
const VALID = path.join('tests', 'fixtures', 'content', 'valid');
const RELEASE = '2017-10-16-michel-philippe';
const real = (locale: 'nl' | 'en') => readFileSync(path.join(VALID, 'releases', RELEASE, `${locale}.md`), 'utf8');

const temporary: string[] = [];
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** Write a release with the given files into a fresh content folder and check it. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  temporary.push(root);
  const folder = path.join(root, 'releases', RELEASE);
  mkdirSync(folder, {recursive: true});
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const report = checkContent(root);
  return {...report, file: (name: string) => path.relative(process.cwd(), path.join(folder, name))};
}

/** Replace exactly one occurrence, so a test fails loudly if the content moves. */
function edit(text: string, from: string | RegExp, to: string): string {
  const pattern = typeof from === 'string' ? new RegExp(escape(from), 'g') : new RegExp(from.source, `${from.flags}g`);
  const matches = text.match(pattern);
  expect(matches, `expected one match of ${from}`).toHaveLength(1);
  return text.replace(from, to);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, `"${needle}" is in the text`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

function only(problems: ContentProblem[]): ContentProblem {
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('public API', () => {
  it('exposes exactly the content entry points', () => {
    expect(Object.keys(content).sort()).toEqual(
      ['ContentError', 'NUMBER_SEPARATOR', 'SECTION_KINDS', 'alignSections', 'createContentLibrary', 'formatProblem'].sort(),
    );
  });

  it('imports nothing from the site: locales, reserved segments and ids come in as options', () => {
    const modules = readdirSync('lib/content').filter((name) => name.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(5);
    for (const name of modules) expect(readFileSync(path.join('lib/content', name), 'utf8'), name).not.toMatch(/from '(?:@\/|\.\.\/)/);
  });
});

describe('a sound release', () => {
  it('parses into one aligned release: an intro, five commitments and a closing in each language', () => {
    const report = checkContent(VALID);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.releases.map((release) => release.key)).toEqual([RELEASE]);
    const release = report.releases[0]!;
    expect(release.date).toBe('2017-10-16');
    for (const locale of ['nl', 'en'] as const) {
      const sections = release.versions[locale].sections;
      expect(sections.map((section) => section.kind)).toEqual(['intro', ...Array(5).fill('commitment'), 'closing']);
      expect(sections.filter((s) => s.kind === 'commitment').map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
      expect(release.versions[locale].commitments).toEqual(sections.filter((s) => s.kind === 'commitment'));
      expect(sections.map((section) => section.key)).toEqual(release.versions.nl.sections.map((section) => section.key));
      for (const section of sections) expect(section.paragraphs.length).toBeGreaterThan(0);
    }
    expect(release.versions.en.meta.title).toBe('Meeting between Édouard PHILIPPE and Charles MICHEL');
    expect(release.versions.nl.meta.title).toBe('Ontmoeting tussen Edouard PHILIPPE en Charles MICHEL');
  });

  it('keeps the number out of the commitment headings: the model owns it', () => {
    const [release] = checkContent(VALID).releases;
    for (const locale of ['nl', 'en'] as const) {
      for (const section of release!.versions[locale].sections.filter((s) => s.kind === 'commitment')) {
        expect(section.title).toMatch(/^[^\d]/);
      }
    }
  });

  it('sorts releases newest first', () => {
    const later = edit(real('nl'), 'date: 2017-10-16', 'date: 2018-03-01');
    const report = check({'nl.md': later, 'en.md': edit(real('en'), 'date: 2017-10-16', 'date: 2018-03-01')});
    expect(report.problems).toEqual([]);
    const root = path.dirname(path.dirname(path.dirname(path.resolve(report.file('nl.md')))));
    const older = path.join(root, 'releases', '2017-01-01-older');
    mkdirSync(older);
    writeFileSync(path.join(older, 'nl.md'), edit(real('nl'), 'date: 2017-10-16', 'date: 2017-01-01'));
    writeFileSync(path.join(older, 'en.md'), edit(real('en'), 'date: 2017-10-16', 'date: 2017-01-01'));
    expect(checkContent(root).releases.map((release) => release.key)).toEqual([RELEASE, '2017-01-01-older']);
  });
});

describe('broken front matter', () => {
  it('reports a missing title with the file and the front matter line', () => {
    const report = check({'nl.md': edit(real('nl'), /^title: .*\n/m, ''), 'en.md': real('en')});
    const problem = only(report.problems);
    expect(problem).toMatchObject({file: report.file('nl.md'), field: 'title', message: 'is required'});
    // A missing field points at the front matter it is missing from.
    expect(problem.line).toBe(1);
  });

  it('reports a date that is not a calendar date, on its line', () => {
    const text = edit(real('en'), 'date: 2017-10-16', 'date: 2017-13-45');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({field: 'date', line: lineOf(text, 'date:')});
    expect(problem.message).toContain('YYYY-MM-DD');
    expect(problem.message).toContain('"2017-13-45"');
  });

  it('reports a field of the wrong type, naming the type it found', () => {
    const text = edit(real('en'), 'place: Brussels', 'place:\n  - Brussels\n  - Paris');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({field: 'place', line: lineOf(text, 'place:'), message: 'must be a string, not a list'});
  });

  it('reports a nested field on its own line', () => {
    const text = edit(real('en'), 'role: Prime Minister of France', 'role: 42');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({field: 'authors[1].role', line: lineOf(text, 'role: 42')});
  });

  it('reports an unknown field, so a misspelt one is not silently ignored', () => {
    const text = edit(real('nl'), 'place: Brussel', 'place: Brussel\nplcae: Brussel');
    const problem = only(check({'nl.md': text, 'en.md': real('en')}).problems);
    expect(problem).toMatchObject({field: 'plcae', line: lineOf(text, 'plcae:')});
    expect(problem.message).toContain('unknown field');
  });

  it('reports YAML that does not parse, with its line', () => {
    const text = edit(real('nl'), 'place: Brussel', 'place: [Brussel');
    const report = check({'nl.md': text, 'en.md': real('en')});
    const problem = only(report.problems);
    expect(problem.file).toBe(report.file('nl.md'));
    expect(problem.message).toContain('not valid YAML');
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(text, 'place:'));
  });

  it('reports a file without front matter', () => {
    const text = real('nl').replace(/^---[\s\S]*?---\n/, '');
    const problem = only(check({'nl.md': text, 'en.md': real('en')}).problems);
    expect(problem).toMatchObject({line: 1});
    expect(problem.message).toContain('front matter');
  });

  it('reports dates that differ between the languages', () => {
    const text = edit(real('en'), 'date: 2017-10-16', 'date: 2017-10-17');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({field: 'date'});
    expect(problem.message).toContain('2017-10-16');
  });
});

describe('broken sections', () => {
  it('reports a commitment missing in one locale, pointing at where the other has it', () => {
    const text = edit(real('en'), /:::commitment\{#returning-minors\}[\s\S]*?\n:::\n\n/, '');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({file: expect.stringMatching(/en\.md$/), field: 'section "returning-minors"'});
    expect(problem.message).toContain(`nl.md has this commitment at line ${lineOf(real('nl'), '{#returning-minors}')}`);
  });

  it('reports two swapped commitments, each on its line', () => {
    const text = real('nl');
    const block = (key: string) => new RegExp(`:::commitment\\{#${key}\\}[\\s\\S]*?\\n:::\\n`).exec(text)![0];
    const [a, b] = [block('prison-radicalisation'), block('returning-minors')];
    const swapped = text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
    const problems = check({'nl.md': real('nl'), 'en.md': swapped}).problems;
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['section "returning-minors"', lineOf(swapped, '{#returning-minors}')],
      ['section "prison-radicalisation"', lineOf(swapped, '{#prison-radicalisation}')],
    ]);
    expect(problems[0]!.message).toContain('out of order');
  });

  it('reports a duplicated key on the second occurrence', () => {
    const text = edit(real('en'), '{#migration}', '{#quadripartite}');
    const problems = check({'nl.md': real('nl'), 'en.md': text}).problems;
    const duplicate = problems.find((p) => p.message.startsWith('duplicate key'));
    expect(duplicate).toMatchObject({field: 'section "quadripartite"', line: lineOf(text, ':::commitment{#quadripartite}\n## Coop')});
    expect(duplicate!.message).toContain(`line ${lineOf(text, '{#quadripartite}')}`);
    // The English then lacks "migration", which is reported too: every difference is listed.
    expect(problems.some((p) => p.field === 'section "migration"')).toBe(true);
  });

  it('reports an empty section', () => {
    const text = edit(real('nl'), /(:::closing\{#next-meeting\}\n)[^\n]*\n/, '$1');
    const problem = only(check({'nl.md': text, 'en.md': real('en')}).problems);
    expect(problem).toMatchObject({field: 'section "next-meeting"', line: lineOf(text, ':::closing'), message: 'the section is empty'});
  });

  it('reports a section without a key', () => {
    const text = edit(real('en'), ':::intro{#introduction}', ':::intro');
    const problems = check({'nl.md': real('nl'), 'en.md': text}).problems;
    expect(problems[0]).toMatchObject({line: lineOf(text, ':::intro')});
    expect(problems[0]!.message).toContain('without a key');
  });

  it('reports an unknown section kind', () => {
    const text = edit(real('en'), ':::closing{#next-meeting}', ':::outro{#next-meeting}');
    const problems = check({'nl.md': real('nl'), 'en.md': text}).problems;
    expect(problems[0]).toMatchObject({line: lineOf(text, ':::outro')});
    expect(problems[0]!.message).toContain('unknown section kind "outro"');
  });

  it('reports a section whose kind differs between the languages', () => {
    const text = edit(real('en'), ':::closing{#next-meeting}', ':::intro{#next-meeting}');
    const messages = check({'nl.md': real('nl'), 'en.md': text}).problems.map((p) => p.message);
    expect(messages).toContain(`is an intro here but a closing in nl.md (line ${lineOf(real('nl'), ':::closing')})`);
  });

  it('rejects raw HTML instead of passing it through', () => {
    const text = edit(real('en'), 'This task force will be overseen', '<script>alert(1)</script>\n\nThis task force will be overseen');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({line: lineOf(text, '<script>')});
    expect(problem.message).toContain('raw HTML');
  });

  it('rejects a number written into a commitment heading', () => {
    const text = edit(real('en'), '## Cooperation in the area', '## 5 – Cooperation in the area');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({line: lineOf(text, '## 5 –'), field: 'section "migration"'});
  });

  it('rejects text outside any section', () => {
    const text = edit(real('en'), ':::closing{#next-meeting}', 'Stray words.\n\n:::closing{#next-meeting}');
    const problem = only(check({'nl.md': real('nl'), 'en.md': text}).problems);
    expect(problem).toMatchObject({line: lineOf(text, 'Stray words.')});
  });

  it('lists every problem of a release, not just the first', () => {
    const nl = edit(real('nl'), /^title: .*\n/m, '');
    const en = edit(edit(real('en'), ':::intro{#introduction}', ':::intro'), '{#migration}', '{#quadripartite}');
    const problems = check({'nl.md': nl, 'en.md': en}).problems;
    expect(new Set(problems.map((p) => path.basename(p.file)))).toEqual(new Set(['nl.md', 'en.md']));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing language file and a file for an unknown locale', () => {
    const report = check({'nl.md': real('nl'), 'fr.md': real('nl')});
    expect(report.problems.map((p) => path.basename(p.file)).sort()).toEqual(['en.md', 'fr.md']);
    expect(report.releases).toEqual([]);
  });
});

describe('ContentError', () => {
  it('lists every problem in its message, each as file:line: field: message', () => {
    const error = new content.ContentError([
      {file: 'a.md', line: 3, field: 'title', message: 'is required'},
      {file: 'b.md', message: 'missing'},
    ]);
    expect(error.message).toBe('The content has 2 problems:\n  a.md:3: title: is required\n  b.md: missing');
  });
});
