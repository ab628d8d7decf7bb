// Build cost as the press office publishes more: N generated releases, the
// content check and the full build timed, cold and warm, and the build's
// steps read from Next's own trace.
import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';
import {readBuildTrace, type BuildTrace} from './build-trace';
import {measureLibrary, type LibraryCost} from './content-library-cost';
import {correctRelease, generateContent} from './generate-content';

export interface ScalingRow {
  releases: number;
  /** Exported HTML pages. */
  pages: number;
  /** Exported share images (`share.png`). */
  shareImages: number;
  files: number;
  /** Per content file, in ms. */
  library: LibraryCost;
  contentCheckMs: number;
  /** The cold build: empty caches. Estimated from the smaller sizes when `coldEstimated`. */
  buildMs: number;
  coldEstimated: boolean;
  /** Share images the cold build rendered. */
  renderedCold: number;
  /** Pages Next rendered in the cold build. */
  pagesCold: number;
  /** The cold build's search indexing step (Pagefind), in ms, and the pages it indexed in all languages. */
  searchIndexMs: number;
  searchPages: number;
  /** The warm rebuild after adding one release to the N, caches kept. */
  warmMs: number;
  /** Share images the warm rebuild rendered: the new release's, and no other. */
  renderedWarm: number;
  /** Pages Next rendered in the warm rebuild: the new release's, and no other. */
  pagesWarm: number;
  /** The warm rebuild's steps. */
  warmTrace: BuildTrace;
  /**
   * A correction: the rebuild after one paragraph of one release changed, in
   * both languages, right after the warm rebuild; the median of
   * CORRECTIONS, each of another release near the middle of the archive.
   */
  correctionMs: number;
  /** Each correction's rebuild, in the order made. */
  correctionRunsMs: number[];
  /** Share images and pages the median correction rendered: the corrected release's 14 pages, and its images whose text changed (none). */
  renderedCorrection: number;
  pagesCorrection: number;
  correctionTrace: BuildTrace;
  /** Static-generation workers, as the build reported them. */
  workers: number;
  trace: BuildTrace;
}

/** The marginal cost between two consecutive sizes. */
export interface Segment {
  from: number;
  to: number;
  msPerPage: number;
  msPerRelease: number;
}

/**
 * Corrections measured at each size. One rebuild's time moves by half a
 * second from one build to the next on this machine (by hand on 6 and 7
 * December, in turn: 14.1 and 14.0 s at 1,000 releases, 10.0 and 10.3 at
 * 100, where single bench runs gave 14.6 and 9.5): the median of three is
 * the figure compared.
 */
const CORRECTIONS = 3;

const countFiles = (dir: string, test: (name: string) => boolean): number => filesUnder(dir).filter((file) => test(path.basename(file))).length;

function run(command: string, args: string[], env: Record<string, string>): {ms: number; stdout: string} {
  const start = performance.now();
  const result = spawnSync(command, args, {env: {...process.env, ...env}, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit']});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return {ms: performance.now() - start, stdout: result.stdout};
}

// Next prints "Generating static pages using 1 worker"; by default it uses
// one worker fewer than the machine has cores.
const workersOf = (stdout: string) => Number(/using (\d+) workers?/.exec(stdout)?.[1] ?? Math.max(1, os.cpus().length - 1));

/**
 * The marginal cost of each step from one size to the next.
 *
 * @param rows Measured sizes, smallest first.
 */
export function segments(all: ScalingRow[]): Segment[] {
  const rows = all.filter((row) => !row.coldEstimated);
  return rows.slice(1).map((row, index) => {
    const previous = rows[index]!;
    return {
      from: previous.releases,
      to: row.releases,
      msPerPage: (row.buildMs - previous.buildMs) / (row.pages - previous.pages),
      msPerRelease: (row.buildMs - previous.buildMs) / (row.releases - previous.releases),
    };
  });
}

/** The cold build's cost at `releases`, from the marginal cost between the two largest measured sizes. */
function estimateCold(rows: ScalingRow[], releases: number): number {
  const [before, last] = rows.filter((row) => !row.coldEstimated).slice(-2);
  if (!last) return 0;
  if (!before) return (last.buildMs * releases) / last.releases;
  return last.buildMs + ((last.buildMs - before.buildMs) / (last.releases - before.releases)) * (releases - last.releases);
}

/**
 * Measure N = 10, 100, 300 cold and warm, and N = 1000 warm (its cold build
 * estimated), while the next size still fits in the time budget, predicted
 * linearly from the sizes measured so far. A warm-only size starts from a
 * copy of the largest measured size's caches (the generated releases are the
 * same), fills them with one build, then adds a release.
 *
 * @param budgetMs The time all sizes together may take.
 * @param sizes Release counts, smallest first, built cold and warm.
 * @param warmOnly Release counts, larger, built warm only.
 */
export function measureScaling(budgetMs: number, sizes = [10, 100, 300], warmOnly = [1000]): {rows: ScalingRow[]; skipped: number[]} {
  const rows: ScalingRow[] = [];
  const skipped: number[] = [];
  const start = performance.now();
  for (const releases of [...sizes, ...warmOnly]) {
    const cold = sizes.includes(releases);
    const last = rows.filter((row) => !row.coldEstimated).at(-1);
    const estimated = estimateCold(rows, releases);
    // A cold and a warm build; or the builds that fill the caches (the new
    // releases' share of a cold build) and a warm one; then the corrections,
    // each counted as another warm one (an upper bound).
    const warmBuilds = last ? ((1 + CORRECTIONS) * last.warmMs * releases) / last.releases : 0;
    const predicted = !last ? 0 : cold ? estimated + warmBuilds : estimated * (1 - last.releases / releases) + warmBuilds;
    if (performance.now() - start + predicted > budgetMs || (!cold && !last)) {
      skipped.push(releases);
      continue;
    }
    const folder = path.join(os.tmpdir(), `persberichten-bench-${releases}`);
    generateContent(folder, releases);
    const library = measureLibrary(folder);
    const contentCheckMs = run('npx', ['tsx', 'scripts/content-check.ts', folder], {}).ms;
    // Cold: caches of its own, empty. Warm: the same caches, one release more.
    const caches = path.join(os.tmpdir(), `persberichten-bench-cache-${releases}`);
    rmSync(caches, {recursive: true, force: true});
    if (!cold) cpSync(path.join(os.tmpdir(), `persberichten-bench-cache-${last!.releases}`), caches, {recursive: true});
    const env = {
      CONTENT_DIR: folder,
      SHARE_CACHE_DIR: path.join(caches, 'share-images'),
      CONTENT_CACHE_DIR: path.join(caches, 'content'),
      PAGE_CACHE_DIR: path.join(caches, 'pages'),
    };
    const record = <T>(name: string) => JSON.parse(readFileSync(path.join('build', name), 'utf8')) as T;
    const rendered = () => record<{rendered: string[]}>('share-images.json').rendered.length;
    const pagesRendered = () => record<{pages: number}>('pages.json').pages;
    const build = run('npm', ['run', 'build'], env);
    const renderedCold = rendered();
    const search = JSON.parse(readFileSync(path.join('build', 'search-index.json'), 'utf8')) as {ms: number; pages: Record<string, number>};
    const pagesCold = pagesRendered();
    const exported = {
      pages: countFiles('out', (name) => name === 'index.html'),
      shareImages: countFiles('out', (name) => name === 'share.png'),
      files: countFiles('out', (name) => !name.endsWith('.gz')),
      trace: readBuildTrace(),
    };
    generateContent(folder, releases + 1);
    const warm = run('npm', ['run', 'build'], env);
    const warmCounts = {renderedWarm: rendered(), pagesWarm: pagesRendered(), warmTrace: readBuildTrace()};
    // Corrections to releases in the middle of the archive, one after the
    // other, once the caches are as a day of publishing leaves them.
    const corrections = Array.from({length: CORRECTIONS}, (_, index) => {
      correctRelease(folder, Math.ceil(releases / 2) + index);
      const correction = run('npm', ['run', 'build'], env);
      return {ms: correction.ms, rendered: rendered(), pages: pagesRendered(), trace: readBuildTrace()};
    });
    const correction = [...corrections].sort((a, b) => a.ms - b.ms)[Math.floor(CORRECTIONS / 2)]!;
    const row: ScalingRow = {
      releases,
      ...exported,
      library,
      contentCheckMs,
      buildMs: cold ? build.ms : estimated,
      coldEstimated: !cold,
      renderedCold,
      pagesCold,
      searchIndexMs: search.ms,
      searchPages: Object.values(search.pages).reduce((sum, pages) => sum + pages, 0),
      warmMs: warm.ms,
      ...warmCounts,
      correctionMs: correction.ms,
      correctionRunsMs: corrections.map((each) => each.ms),
      renderedCorrection: correction.rendered,
      pagesCorrection: correction.pages,
      correctionTrace: correction.trace,
      workers: workersOf(build.stdout),
    };
    rows.push(row);
    console.log(
      `  ${releases} releases: ${cold ? 'cold build' : `filling the caches from ${last!.releases}`} ${(build.ms / 1000).toFixed(1)} s (${renderedCold} share images, ${pagesCold} pages rendered), warm rebuild with one more ${(warm.ms / 1000).toFixed(1)} s (${row.renderedWarm} share images, ${row.pagesWarm} pages rendered), correction ${(correction.ms / 1000).toFixed(1)} s, the median of ${corrections.map((each) => (each.ms / 1000).toFixed(1)).join(', ')} (${row.renderedCorrection} share images, ${row.pagesCorrection} pages rendered)`,
    );
  }
  return {rows, skipped};
}
