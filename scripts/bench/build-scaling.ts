// Build cost as the press office publishes more: N generated releases, the
// content check and the full build timed, and the build's steps read from
// Next's own trace.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readBuildTrace, type BuildTrace} from './build-trace';
import {measureLibrary, type LibraryCost} from './content-library-cost';
import {generateContent} from './generate-content';

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
  /** The cold build: empty caches. */
  buildMs: number;
  /** Share images the cold build rendered. */
  renderedCold: number;
  /** The cold build's search indexing step (Pagefind), in ms, and the pages it indexed in all languages. */
  searchIndexMs: number;
  searchPages: number;
  /** The warm rebuild after adding one release to the N, caches kept. */
  warmMs: number;
  /** Share images the warm rebuild rendered: the new release's, and no other. */
  renderedWarm: number;
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

function countFiles(dir: string, test: (name: string) => boolean): number {
  return readdirSync(dir).reduce((count, name) => {
    const file = path.join(dir, name);
    return count + (statSync(file).isDirectory() ? countFiles(file, test) : test(name) ? 1 : 0);
  }, 0);
}

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
export function segments(rows: ScalingRow[]): Segment[] {
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

/**
 * Measure N = 10, 100, 300, 1000 releases while the next size still fits in
 * the time budget, predicted linearly from the sizes measured so far.
 *
 * @param budgetMs The time all sizes together may take.
 * @param sizes Release counts, smallest first.
 */
export function measureScaling(budgetMs: number, sizes = [10, 100, 300, 1000]): {rows: ScalingRow[]; skipped: number[]} {
  const rows: ScalingRow[] = [];
  const skipped: number[] = [];
  const start = performance.now();
  for (const releases of sizes) {
    const [before, last] = [rows.at(-2), rows.at(-1)];
    const total = (row: ScalingRow) => row.buildMs + row.warmMs + row.contentCheckMs;
    // From the marginal cost once there are two sizes, else in proportion to the one.
    const predicted = !last
      ? 0
      : before
        ? total(last) + ((total(last) - total(before)) / (last.releases - before.releases)) * (releases - last.releases)
        : (total(last) * releases) / last.releases;
    if (performance.now() - start + predicted > budgetMs) {
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
    const env = {CONTENT_DIR: folder, SHARE_CACHE_DIR: path.join(caches, 'share-images'), CONTENT_CACHE_DIR: path.join(caches, 'content')};
    const rendered = () => (JSON.parse(readFileSync(path.join('build', 'share-images.json'), 'utf8')) as {rendered: string[]}).rendered.length;
    const build = run('npm', ['run', 'build'], env);
    const renderedCold = rendered();
    const search = JSON.parse(readFileSync(path.join('build', 'search-index.json'), 'utf8')) as {ms: number; pages: Record<string, number>};
    const cold = {
      pages: countFiles('out', (name) => name === 'index.html'),
      shareImages: countFiles('out', (name) => name === 'share.png'),
      files: countFiles('out', (name) => !name.endsWith('.gz')),
      trace: readBuildTrace(),
    };
    generateContent(folder, releases + 1);
    const warm = run('npm', ['run', 'build'], env);
    const renderedWarm = rendered();
    rows.push({
      releases,
      ...cold,
      library,
      contentCheckMs,
      buildMs: build.ms,
      renderedCold,
      searchIndexMs: search.ms,
      searchPages: Object.values(search.pages).reduce((sum, pages) => sum + pages, 0),
      warmMs: warm.ms,
      renderedWarm,
      workers: workersOf(build.stdout),
    });
    console.log(
      `  ${releases} releases: cold build ${(build.ms / 1000).toFixed(1)} s (${renderedCold} share images rendered), warm rebuild with one more ${(warm.ms / 1000).toFixed(1)} s (${renderedWarm} rendered)`,
    );
  }
  return {rows, skipped};
}
