// How the releases are listed: `/{locale}/` holds the newest few, and the
// archive holds every release by year, each year split into pages of at most
// PAGE_SIZE (newest first). `/{locale}/` links to every archive page, so any
// release is at most two clicks away however many there are.

/** What the archive needs of a release: its key and date (YYYY-MM-DD). */
export interface Listed {
  key: string;
  date: string;
}

/** How many releases `/{locale}/` lists before the archive. */
export const HOME_SIZE = 20;

/** The most releases one archive page lists. */
export const PAGE_SIZE = 50;

/** One archive page: a year's releases, or a part of them when there are more than PAGE_SIZE. */
export interface ArchivePage<T extends Listed> {
  year: string;
  /** 1 for the year's first page (its newest releases), 2, 3… for the next. */
  page: number;
  /** How many pages the year has. */
  pages: number;
  releases: T[];
}

/**
 * The archive's pages, newest year first, each year's releases newest first.
 *
 * @param releases Every release, newest first (as the content library gives them).
 */
export function archivePages<T extends Listed>(releases: readonly T[]): Array<ArchivePage<T>> {
  const years = new Map<string, T[]>();
  for (const release of releases) {
    const year = release.date.slice(0, 4);
    const listed = years.get(year);
    if (listed) listed.push(release);
    else years.set(year, [release]);
  }
  return [...years].flatMap(([year, listed]) => {
    const pages = Math.ceil(listed.length / PAGE_SIZE);
    return Array.from({length: pages}, (_, index) => ({year, page: index + 1, pages, releases: listed.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE)}));
  });
}

/** The archive page of a year and page number, if there is one. */
export function findArchivePage<T extends Listed>(releases: readonly T[], year: string, page: number): ArchivePage<T> | undefined {
  return archivePages(releases).find((each) => each.year === year && each.page === page);
}
