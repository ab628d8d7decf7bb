import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createContentLibrary} from './index';

const temporary: string[] = [];
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** A copy of the valid fixture, and an empty cache folder. */
function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
  temporary.push(root);
  const content = path.join(root, 'content');
  cpSync(path.join('tests', 'fixtures', 'content', 'valid'), content, {recursive: true});
  return {content, cache: path.join(root, 'cache'), release: path.join(content, 'releases', '2017-10-16-michel-philippe')};
}
const library = (directory: string, version = 'v1') => createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404'], chromeIds: ['main'], cache: {directory, version}});
const entries = (cache: string) => readdirSync(cache).map((name) => path.join(cache, name));

describe('the parse cache', () => {
  it('gives the model a fresh parse gives, from one entry per file and one for the release’s correspondence check', () => {
    const {content, cache} = setup();
    const fresh = createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404'], chromeIds: ['main']}).checkContent(content);
    const first = library(cache).checkContent(content);
    expect(entries(cache)).toHaveLength(3);
    expect(entries(cache).filter((entry) => entry.endsWith('.correspondence.json'))).toHaveLength(1);
    const second = library(cache).checkContent(content);
    expect(first).toStrictEqual(fresh);
    expect(second).toStrictEqual(fresh);
  });

  it('reads an unchanged file from the cache, and parses a changed file or a new library version afresh', () => {
    const {content, cache, release} = setup();
    library(cache).checkContent(content);
    // Mark the cached models: what comes back marked was read, not parsed.
    for (const entry of entries(cache)) writeFileSync(entry, readFileSync(entry, 'utf8').replace(/"title":"([^"]*)"/, '"title":"cached $1"'));
    const titles = (report: ReturnType<ReturnType<typeof library>['checkContent']>) => report.releases.map((each) => [each.versions.nl.meta.title, each.versions.en.meta.title]);
    expect(titles(library(cache).checkContent(content))[0]!.every((title) => title.startsWith('cached '))).toBe(true);
    const english = path.join(release, 'en.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('title: Meeting between', 'title: A meeting between'));
    const [nl, en] = titles(library(cache).checkContent(content))[0]!;
    expect(nl).toMatch(/^cached /);
    expect(en).toMatch(/^A meeting between/);
    expect(titles(library(cache, 'v2').checkContent(content))[0]!.some((title) => title.startsWith('cached '))).toBe(false);
  });

  it('keeps what the correspondence check found for a release, and checks the release again when a file of it changes', () => {
    const {content, cache, release} = setup();
    library(cache).checkContent(content);
    // Mark the kept result: a warning only the cache holds comes back only if the check was read, not run.
    const entry = entries(cache).find((name) => name.endsWith('.correspondence.json'))!;
    const mark = {file: 'kept', message: 'read from the cache'};
    writeFileSync(entry, JSON.stringify({problems: [], warnings: [mark]}));
    expect(library(cache).checkContent(content).warnings).toContainEqual(mark);
    const english = path.join(release, 'en.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('title: Meeting between', 'title: A meeting between'));
    expect(library(cache).checkContent(content).warnings).not.toContainEqual(mark);
    // Another library version compares afresh too.
    writeFileSync(english, readFileSync(english, 'utf8').replace('title: A meeting between', 'title: Meeting between'));
    expect(library(cache, 'v2').checkContent(content).warnings).not.toContainEqual(mark);
  });

  it('keeps no file with problems, and reports them again on the next run', () => {
    const {content, cache, release} = setup();
    const dutch = path.join(release, 'nl.md');
    writeFileSync(dutch, readFileSync(dutch, 'utf8').replace(/^date: .*$/m, 'date: 2017-13-45'));
    const first = library(cache).checkContent(content);
    expect(first.problems.length).toBeGreaterThan(0);
    expect(entries(cache)).toHaveLength(1);
    expect(library(cache).checkContent(content).problems).toStrictEqual(first.problems);
  });

  it('points an alignment problem at the line of the cached file', () => {
    const {content, cache, release} = setup();
    library(cache).checkContent(content);
    const dutch = path.join(release, 'nl.md');
    writeFileSync(dutch, readFileSync(dutch, 'utf8').replace(/^date: .*$/m, 'date: 2017-10-17'));
    const fresh = createContentLibrary({locales: ['nl', 'en'], reservedSegments: ['404'], chromeIds: ['main']}).checkContent(content);
    expect(fresh.problems.length).toBeGreaterThan(0);
    expect(library(cache).checkContent(content).problems).toStrictEqual(fresh.problems);
  });
});
