import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ContentError} from '@/lib/content';
import {readSiteConfig} from '@/lib/site/publisher';

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
      {line: 5, field: 'publisher.colour', message: 'unknown field'},
      {line: 7, field: 'accessibility.email', message: 'must be an email address such as accessibility@example.org'},
      {line: 8, field: 'accessibility.reviewed', message: 'must be a calendar date written YYYY-MM-DD'},
    ]);
    // Once the rest is right, a missing emblem is named.
    writeFileSync(
      file,
      [
        'publisher:',
        '  name: {nl: Persdienst, en: Press office}',
        '  emblem: /missing.svg',
        'accessibility:',
        '  email: a@example.org',
        '  reviewed: 2026-11-26',
        '',
      ].join('\n'),
    );
    expect(problems(file)).toEqual([{line: 3, field: 'publisher.emblem', message: 'public/missing.svg is not there'}]);
  });

  it('refuses an emblem that could run or load anything, since it is drawn inside every page', () => {
    const emblem = 'emblem.svg';
    const file = write(
      [
        'publisher:',
        '  name: {nl: Persdienst, en: Press office}',
        `  emblem: /${emblem}`,
        'accessibility:',
        '  email: a@example.org',
        '  reviewed: 2026-11-26',
        '',
      ].join('\n'),
    );
    const unsafe = {
      '<svg><script>alert(1)</script></svg>': 'holds a <script> element',
      '<svg><rect onclick="alert(1)"/></svg>': 'has an event handler (onClick)',
      '<svg><a href="javascript:alert(1)"><rect/></a></svg>': 'links outside itself',
      '<svg><image href="https://tracker.example/x.png"/></svg>': 'links outside itself',
    };
    // The public/ folder beside the configuration file.
    const svg = path.join(path.dirname(file), 'public', emblem);
    mkdirSync(path.dirname(svg));
    for (const [drawing, reason] of Object.entries(unsafe)) {
      writeFileSync(svg, drawing);
      expect(problems(file)).toEqual([{line: 3, field: 'publisher.emblem', message: `public/${emblem} ${reason}: it is drawn inside every page`}]);
    }
    // A plain drawing, with a reference inside itself, passes.
    writeFileSync(svg, '<svg viewBox="0 0 2 2"><defs><path id="p" d="M0 0h2v2z"/></defs><use href="#p"/></svg>');
    expect(readSiteConfig(file).publisher.emblem).toBe(`/${emblem}`);
  });

  it('reports YAML that does not parse, with its line', () => {
    expect(problems(write('publisher:\n  name: [unclosed\n'))).toEqual([
      {line: expect.any(Number), field: undefined, message: expect.stringMatching(/^not valid YAML/)},
    ]);
  });
});
