// Build cost as the press office publishes more: N generated releases, the
// content check and the full build timed, and the build's steps read from
// Next's own trace.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {checkContent} from '@/lib/content';
import {generateContent} from './generate-content';

export interface ScalingRow {
  releases: number;
  pages: number;
  files: number;
  libraryMs: number;
  contentCheckMs: number;
  buildMs: number;
  steps: Array<[string, number]>;
}

function countFiles(dir: string, test: (name: string) => boolean): number {
  return readdirSync(dir).reduce((count, name) => {
    const file = path.join(dir, name);
    return count + (statSync(file).isDirectory() ? countFiles(file, test) : test(name) ? 1 : 0);
  }, 0);
}

function time(command: string, args: string[], env: Record<string, string>): number {
  const start = performance.now();
  const result = spawnSync(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'inherit']});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

// The direct children of `next-build` in .next/trace, longest first.
function buildSteps(): Array<[string, number]> {
  const events = readFileSync(path.join('.next', 'trace'), 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => JSON.parse(line) as Array<{name: string; duration: number; id: number; parentId?: number}>);
  const root = events.filter((event) => event.name === 'next-build').at(-1);
  const totals = new Map<string, number>();
  for (const event of events.filter((each) => each.parentId === root?.id)) totals.set(event.name, (totals.get(event.name) ?? 0) + event.duration / 1000);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Measure N = 10, 100, 1000 … releases while the next size still fits in the
 * time budget, predicted from the last one as if growth were linear.
 *
 * @param budgetMs The time all sizes together may take.
 */
export function measureScaling(budgetMs: number, sizes = [10, 100, 1000]): {rows: ScalingRow[]; skipped: number[]} {
  const rows: ScalingRow[] = [];
  const skipped: number[] = [];
  const start = performance.now();
  for (const releases of sizes) {
    const last = rows.at(-1);
    const predicted = last ? ((last.buildMs + last.contentCheckMs) * releases) / last.releases : 0;
    if (performance.now() - start + predicted > budgetMs) {
      skipped.push(releases);
      continue;
    }
    const folder = path.join(tmpdir(), `persberichten-bench-${releases}`);
    generateContent(folder, releases);
    // Once to load the library's modules, then timed.
    checkContent(folder);
    const libraryStart = performance.now();
    const report = checkContent(folder);
    const libraryMs = performance.now() - libraryStart;
    if (report.problems.length > 0) throw new Error(`generated content has problems: ${report.problems[0]?.message}`);
    const contentCheckMs = time('npx', ['tsx', 'scripts/content-check.ts', folder], {});
    const buildMs = time('npm', ['run', 'build'], {CONTENT_DIR: folder});
    rows.push({
      releases,
      pages: countFiles('out', (name) => name === 'index.html'),
      files: countFiles('out', (name) => !name.endsWith('.gz')),
      libraryMs,
      contentCheckMs,
      buildMs,
      steps: buildSteps(),
    });
    console.log(`  ${releases} releases: build ${(buildMs / 1000).toFixed(1)} s`);
  }
  return {rows, skipped};
}
