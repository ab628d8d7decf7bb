// The correspondence check on the site's own content and on the bench's, as
// content:check and the build run it (the library's cases are in
// lib/content/correspondence.test.ts).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {formatProblem} from '@/lib/content';
import {checkContent} from '@/lib/site/releases';
import {generateContent} from '@/scripts/bench/generate-content';

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, {recursive: true, force: true});
});

describe('content that corresponds', () => {
  it('the real release: no error and no warning', () => {
    const report = checkContent('content');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.warnings.map(formatProblem)).toEqual([]);
  });

  // Generous time: the machine running the tests may be busy; this is not a speed test (the bench is).
  it("the bench's generated releases: no finding", {timeout: 60_000}, () => {
    const root = mkdtempSync(path.join(tmpdir(), 'correspondence-'));
    temporary.push(root);
    generateContent(root, 12);
    const report = checkContent(root);
    expect(report.releases).toHaveLength(12);
    expect([...report.problems, ...report.warnings].map(formatProblem)).toEqual([]);
  });
});
