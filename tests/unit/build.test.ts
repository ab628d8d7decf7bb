import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {staleExportReason, writeExportInfo} from '../../scripts/export-info';
import {buildIfNeeded} from '../../scripts/serve';

describe('a build that stops on content', () => {
  it("prints the content:check list of problems and nothing else of the content's making: no stack trace, no unrelated route", () => {
    const folder = path.join('tests', 'fixtures', 'content', 'refused-links');
    // The content check comes first, so a broken folder never reaches `next build` (nor touches out/).
    const result = spawnSync('npm', ['run', '--silent', 'build'], {env: {...process.env, CONTENT_DIR: folder}, encoding: 'utf8', timeout: 60_000});
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    const expected = readFileSync(path.join(folder, 'problems.txt'), 'utf8').trim().split('\n');
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(output).toContain(`${path.join(folder, line.split(':')[0]!)}:${line.slice(line.indexOf(':') + 1)}`);
    expect(output).toContain('nothing is published until they are fixed');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('Failed to collect page data');
    expect(output).not.toContain('share.png');
    expect(output).not.toContain('next build');
    // Starting npm and tsx takes seconds on a busy machine.
  }, 60_000);
});

describe('npm start after a build from another content folder', () => {
  const temporary: string[] = [];
  const saved = process.env.CONTENT_DIR;
  afterEach(() => {
    for (const folder of temporary.splice(0)) rmSync(folder, {recursive: true, force: true});
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  });

  /** A project with two content folders and an export built from the first. */
  function project(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'export-info-'));
    temporary.push(root);
    for (const content of ['content-a', 'content-b']) {
      mkdirSync(path.join(root, content, 'releases', 'one'), {recursive: true});
      writeFileSync(path.join(root, content, 'releases', 'one', 'nl.md'), `from ${content}\n`);
    }
    mkdirSync(path.join(root, 'lib'));
    writeFileSync(path.join(root, 'lib', 'page.ts'), 'export {};\n');
    writeFileSync(path.join(root, 'site.yml'), 'publisher:\n  name: {nl: Kanselarij, en: Chancellery}\n');
    mkdirSync(path.join(root, 'out'));
    writeExportInfo(root, 'content-a');
    return root;
  }

  it('finds the export current for the content and sources it was built from', () => {
    expect(staleExportReason(project(), 'content-a')).toBeUndefined();
  });

  it('finds an export without a record stale, and no export at all', () => {
    const root = project();
    rmSync(path.join(root, 'build'), {recursive: true});
    expect(staleExportReason(root, 'content-a')).toBe('the export has no record of what it was built from');
    rmSync(path.join(root, 'out'), {recursive: true});
    expect(staleExportReason(root, 'content-a')).toBe('there is no export yet');
  });

  it('finds it stale for another content folder, and says which it was built from', () => {
    expect(staleExportReason(project(), 'content-b')).toBe('the export was built from content-a, not content-b');
  });

  it('finds it stale when the content or a source changed, whatever the file times', () => {
    const root = project();
    writeFileSync(path.join(root, 'content-a', 'releases', 'one', 'nl.md'), 'edited\n');
    expect(staleExportReason(root, 'content-a')).toBe('the content or the sources changed since the export was built');
    const other = project();
    writeFileSync(path.join(other, 'lib', 'page.ts'), 'export const edited = true;\n');
    expect(staleExportReason(other, 'content-a')).toBe('the content or the sources changed since the export was built');
  });

  it("finds it stale when the site's configuration changed: npm start rebuilds for a new office", () => {
    const root = project();
    writeFileSync(path.join(root, 'site.yml'), 'publisher:\n  name: {nl: FOD Kanselarij, en: FPS Chancellery}\n');
    expect(staleExportReason(root, 'content-a')).toBe('the content or the sources changed since the export was built');
    const build: [string, ...string[]] = [process.execPath, '-e', "require('fs').writeFileSync('built', 'yes')"];
    process.env.CONTENT_DIR = 'content-a';
    buildIfNeeded(root, build);
    expect(readFileSync(path.join(root, 'built'), 'utf8')).toBe('yes');
  });

  it('finds it stale when it was built for another origin, and says which', () => {
    const root = project();
    writeExportInfo(root, 'content-a', 'http://localhost:4230');
    expect(staleExportReason(root, 'content-a', 'http://localhost:4230')).toBeUndefined();
    expect(staleExportReason(root, 'content-a', 'http://localhost:3000')).toBe('the export was built for http://localhost:4230, not http://localhost:3000');
  });

  it("rebuilds for npm start's own address, and tells the build that address as SITE_ORIGIN", () => {
    const root = project();
    writeExportInfo(root, 'content-a', 'http://localhost:4230');
    const build: [string, ...string[]] = [process.execPath, '-e', "require('fs').writeFileSync('built', process.env.SITE_ORIGIN)"];
    process.env.CONTENT_DIR = 'content-a';
    buildIfNeeded(root, build, 'http://localhost:4230');
    expect(existsSync(path.join(root, 'built'))).toBe(false);
    buildIfNeeded(root, build, 'http://localhost:8080');
    expect(readFileSync(path.join(root, 'built'), 'utf8')).toBe('http://localhost:8080');
  });

  it('rebuilds: npm start runs the build for another CONTENT_DIR, and not for the same one', () => {
    const root = project();
    const build: [string, ...string[]] = [process.execPath, '-e', "require('fs').writeFileSync('built', process.env.CONTENT_DIR)"];
    process.env.CONTENT_DIR = 'content-a';
    buildIfNeeded(root, build);
    expect(existsSync(path.join(root, 'built'))).toBe(false);
    process.env.CONTENT_DIR = 'content-b';
    buildIfNeeded(root, build);
    expect(readFileSync(path.join(root, 'built'), 'utf8')).toBe('content-b');
  });
});
