import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {archivePages, type ArchivePage, type Listed} from '@/lib/site/archive';
import {archiveIndexPath, archivePath} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  releases: readonly Listed[];
  /** The archive page being shown (or the archive's own page, `index`), marked as the current one. */
  current?: Pick<ArchivePage<Listed>, 'year' | 'page'> | 'index';
}

/** Links to every page of the archive: each year, and each further page of a year with more than fit on one. */
export default async function ArchiveNav({locale, releases, current}: Props) {
  const t = await getTranslations({locale, namespace: 'Archive'});
  const pages = archivePages(releases);
  if (pages.length === 0) return null;
  const years = pages.filter((each) => each.page === 1);
  const isCurrent = (year: string, page: number) => (typeof current === 'object' && current.year === year && current.page === page ? 'page' : undefined);
  return (
    <nav className="archive-nav" aria-label={t('title')}>
      <h2>
        <a href={archiveIndexPath(locale)} aria-current={current === 'index' ? 'page' : undefined}>
          {t('more')}
        </a>
      </h2>
      <ul>
        {years.map(({year, pages: count}) => (
          <li key={year}>
            <a href={archivePath(locale, year)} aria-current={isCurrent(year, 1)}>
              {year}
            </a>
            {count > 1 && (
              <ul aria-label={t('pages', {year})}>
                {Array.from({length: count - 1}, (_, index) => index + 2).map((page) => (
                  <li key={page}>
                    <a href={archivePath(locale, year, page)} aria-current={isCurrent(year, page)}>
                      {t('page', {year, page})}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
