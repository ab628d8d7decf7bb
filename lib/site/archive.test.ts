import {describe, expect, it} from 'vitest';
import {archivePages, findArchivePage, HOME_SIZE, PAGE_SIZE} from '@/lib/site/archive';

/** N releases, one a day from 1 January 2000, newest first. */
function releases(count: number, step = 1) {
  return Array.from({length: count}, (_, index) => {
    const date = new Date(Date.UTC(2000, 0, 1) + index * step * 86_400_000).toISOString().slice(0, 10);
    return {key: `${date}-r${index}`, date};
  }).reverse();
}

describe('the archive', () => {
  it('keeps the home list shorter than an archive page', () => {
    expect(HOME_SIZE).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it('groups by year, newest year first, and splits a year into pages of at most 50, newest first', () => {
    const all = releases(500);
    const pages = archivePages(all);
    expect(pages.map(({year, page, pages: count}) => `${year}/${page}/${count}`)).toEqual([
      '2001/1/3',
      '2001/2/3',
      '2001/3/3',
      '2000/1/8',
      '2000/2/8',
      '2000/3/8',
      '2000/4/8',
      '2000/5/8',
      '2000/6/8',
      '2000/7/8',
      '2000/8/8',
    ]);
    for (const page of pages) expect(page.releases.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(pages[0]!.releases[0]).toBe(all[0]);
    expect(pages.flatMap((page) => page.releases)).toEqual(all);
    expect(pages.find((page) => page.year === '2000' && page.page === 8)!.releases.at(-1)!.date).toBe('2000-01-01');
  });

  it('gives a year of up to 50 releases one page', () => {
    expect(archivePages(releases(50, 7)).map(({year, page, pages}) => [year, page, pages])).toEqual([['2000', 1, 1]]);
    expect(archivePages(releases(51, 7)).map(({year, releases: listed}) => [year, listed.length])).toEqual([
      ['2000', 50],
      ['2000', 1],
    ]);
  });

  it('finds a page by year and number, and no page past the last', () => {
    const all = releases(120);
    expect(findArchivePage(all, '2000', 3)?.releases.length).toBe(20);
    expect(findArchivePage(all, '2000', 4)).toBeUndefined();
    expect(findArchivePage(all, '1999', 1)).toBeUndefined();
    expect(archivePages([])).toEqual([]);
  });
});
