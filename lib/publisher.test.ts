import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ContentError} from '@/lib/content';
import {readSiteConfig} from '@/lib/publisher';

const write = (text: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'site-config-')), 'site.yml');
  writeFileSync(file, text);
  return file;
};

const problems = (file: string) => {
  try {
    readSiteConfig(file);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => ({line: problem.line, field: problem.field, message: problem.message}));
    throw error;
  }
  throw new Error('the configuration was accepted');
};

describe('site.yml', () => {
  it("reads the project's own configuration: the office's name in every language", () => {
    const config = readSiteConfig();
    expect(Object.keys(config.publisher.name).sort()).toEqual(['en', 'nl']);
    expect(config.accessibility.email).toContain('@');
  });

  it('names the field and the line of every problem, all at once', () => {
    const file = write(
      [
        'publisher:',
        '  name:',
        '    nl: Persdienst',
        '  emblem: /missing.svg',
        '  colour: red',
        'accessibility:',
        '  email: nobody',
        '  reviewed: 2026-13-01',
        '',
      ].join('\n'),
    );
    expect(problems(file)).toEqual([
      // A missing field: the first line of the group it belongs in.
      {line: 3, field: 'publisher.name.en', message: 'is required'},
      {line: 4, field: 'publisher.emblem', message: 'names a file that is not in public/'},
      {line: 5, field: 'publisher.colour', message: 'unknown field'},
      {line: 7, field: 'accessibility.email', message: 'must be an email address such as accessibility@example.org'},
      {line: 8, field: 'accessibility.reviewed', message: 'must be a calendar date written YYYY-MM-DD'},
    ]);
  });

  it('reports YAML that does not parse, with its line', () => {
    expect(problems(write('publisher:\n  name: [unclosed\n'))).toEqual([
      {line: expect.any(Number), field: undefined, message: expect.stringMatching(/^not valid YAML/)},
    ]);
  });
});
