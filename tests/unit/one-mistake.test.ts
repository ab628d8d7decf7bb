import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createContentLibrary} from '@/lib/content';
import {checkLedger} from '@/lib/site/published-urls';

// One mistake, one message: a front-matter error in one file, and a section
// refused in another release, each give exactly their own message, not also
// the alignment, correspondence or ledger messages that would follow from the
// release being left out (its pages, the archive page of its year).
const folder = path.join('tests', 'fixtures', 'content', 'refused-one-mistake');
const {checkContent} = createContentLibrary({locales: ['nl', 'en']});

describe('a release with one mistake', () => {
  it('gets one message for it, and the ledger none for the pages it no longer makes until it is fixed', () => {
    const report = checkContent(folder);
    expect(report.problems.map((problem) => [path.basename(path.dirname(problem.file)), path.basename(problem.file), problem.field ?? ''])).toEqual([
      ['2020-01-02-date', 'en.md', 'date'],
      ['2020-01-03-kind', 'nl.md', ''],
    ]);
    expect(report.releases).toEqual([]);
    expect(checkLedger(folder, report.releases)).toEqual([]);
  });
});
