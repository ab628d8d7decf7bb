// Addresses that are kept. The content folder holds a ledger of every page
// address the site has published (`published-urls.txt`), written by the
// build and committed with the content. An address in it must still be made,
// or be answered by a redirect a release declares (`redirects`); otherwise
// content:check and the build fail, naming it.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {routing} from '@/i18n/routing';
import type {ContentProblem} from '@/lib/content';
import {sitePages} from '@/lib/site/pages';
import type {Release} from '@/lib/site/releases';
import {commitmentPath, RESERVED_SEGMENTS} from '@/lib/site/routes';

/** The ledger's name in the content folder. */
const LEDGER_FILE = 'published-urls.txt';

const HEADER = `# Every page address this site has published, one a line, sorted: written by
# \`npm run build\`, committed with the content. content:check and the build
# fail when an address here is no longer made and no release redirects it
# (docs/urls.md, "Addresses that are kept"). Remove a line only to withdraw an
# address on purpose.
`;

/** A page's address that a release declares moved, in one language, and where it went. */
interface MovedPage {
  from: string;
  to: string;
  /** The release that declares it. */
  release: string;
}

/**
 * Every page address these releases make, in every language, sorted: `/`,
 * the lists, the archive, each statement, side-by-side and commitment page.
 *
 * @param releases The releases.
 */
function pagePaths(releases: readonly Release[]): string[] {
  const paths = sitePages(releases).flatMap(({pathFor}) => routing.locales.map((locale) => pathFor(locale)));
  return [...new Set(['/', ...paths])].sort();
}

/**
 * The addresses the releases' `redirects` answer, in every language: each old
 * commitment page to the page of the commitment that took its place.
 *
 * @param releases The releases.
 */
export function movedPages(releases: readonly Release[]): MovedPage[] {
  return releases
    .flatMap((release) =>
      Object.entries(release.redirects).flatMap(([from, to]) =>
        routing.locales.map((locale) => ({from: commitmentPath(locale, release.key, from), to: commitmentPath(locale, release.key, to), release: release.key})),
      ),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}

const display = (file: string) => path.relative(process.cwd(), file) || file;

/** The ledger's addresses with their lines; nothing when there is no ledger yet. */
function readLedger(file: string): Array<{url: string; line: number}> {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({url: text.trim(), line: index + 1}))
    .filter(({url}) => url !== '' && !url.startsWith('#'));
}

/**
 * What is wrong with the ledger against these releases: each address it
 * holds that is neither made nor redirected any more, and each line that is
 * not a page address.
 *
 * @param directory The content folder.
 * @param releases Its releases.
 */
export function checkLedger(directory: string, releases: readonly Release[]): ContentProblem[] {
  const file = path.join(directory, LEDGER_FILE);
  const kept = new Set([...pagePaths(releases), ...movedPages(releases).map((moved) => moved.from)]);
  const keys = new Set(releases.map((release) => release.key));
  // Releases whose folders are there but which have problems of their own make no pages until those are fixed.
  const releasesFolder = path.join(directory, 'releases');
  const refused =
    existsSync(releasesFolder) && readdirSync(releasesFolder, {withFileTypes: true}).some((entry) => entry.isDirectory() && !keys.has(entry.name));
  return readLedger(file).flatMap(({url, line}): ContentProblem[] => {
    const problem = (message: string) => [{file: display(file), line, field: url, message}];
    if (!/^\/(?:[^\s/]+\/)*$/.test(url)) return problem('is not a page address: a path that starts and ends with `/`');
    if (kept.has(url)) return [];
    const [, release, segment] = url.split('/').filter(Boolean);
    // A list or archive page may be missing only because a refused release is: its problems are reported, not their consequences.
    if (!release || RESERVED_SEGMENTS.includes(release)) {
      return refused ? [] : problem('was published and is no longer made; a list or archive page is kept by keeping the releases it lists');
    }
    const folder = display(path.join(directory, 'releases', release));
    // A release with problems of its own makes no pages until they are fixed; those problems are reported.
    if (!keys.has(release) && existsSync(folder)) return [];
    if (!keys.has(release))
      return problem(`was published and is no longer made: the release ${folder}/ is gone, and a release's folder never changes once published`);
    return problem(
      `was published and is no longer made; if section "${segment}" moved, declare where in the front matter of every language of ${folder}/ (\`redirects:\` then \`  ${segment}: <new key>\`)`,
    );
  });
}

/**
 * The ledger after a build: every address it held and every address made or
 * redirected now, sorted, without dates, so that the same content writes the
 * same bytes.
 *
 * @param directory The content folder.
 * @param releases Its releases.
 */
export function writeLedger(directory: string, releases: readonly Release[]): void {
  const file = path.join(directory, LEDGER_FILE);
  const urls = new Set([...readLedger(file).map(({url}) => url), ...pagePaths(releases), ...movedPages(releases).map((moved) => moved.from)]);
  const text = `${HEADER}${[...urls].sort().join('\n')}\n`;
  // Unchanged content leaves the file untouched.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
