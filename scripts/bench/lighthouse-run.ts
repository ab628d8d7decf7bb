// Lighthouse 12 in its default mobile mode, run several times on one page;
// the median of each figure is reported, and where the main thread's time
// went in the run with the median performance score.
import {readdirSync, readFileSync} from 'node:fs';
import {getPriority, setPriority} from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {blockingTasks, type BlockingTask} from './blocking-tasks';
import {READER_LANGUAGE} from './page-weight';

/** Lighthouse's groups of main-thread work, in its own names. */
export const MAIN_THREAD_GROUPS = [
  'scriptEvaluation',
  'scriptParseCompile',
  'parseHTML',
  'styleLayout',
  'paintCompositeRender',
  'garbageCollection',
  'other',
] as const;

type MainThreadGroup = (typeof MAIN_THREAD_GROUPS)[number];

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  benchmarkIndex: number;
  /** ms per group, from `mainthread-work-breakdown`, as Lighthouse scales it for its simulated CPU. */
  mainThread: Record<MainThreadGroup, number>;
  /** The three scripts with the most evaluation time, from `bootup-time`. */
  scripts: Array<{url: string; scriptingMs: number}>;
  /** The tasks counted in TBT, in the run whose TBT is the median. */
  blocking: BlockingTask[];
}

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;
type Lhr = RunnerResult['lhr'];

const CATEGORIES = {performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo'} as const;

// Runtime errors in which Lighthouse failed to record the page, not the page failed to load.
const TRACE_ERRORS = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const items = (lhr: Lhr, audit: string) => (lhr.audits[audit]?.details as {items?: Array<Record<string, unknown>>} | undefined)?.items ?? [];

// A run that failed (the page did not load, a trace was missing) would
// otherwise score 0 or null and read as a slow page.
async function readRun(url: string, {lhr, artifacts}: RunnerResult): Promise<LighthouseResult> {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (key: keyof typeof CATEGORIES) => {
    const value = lhr.categories[CATEGORIES[key]]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${CATEGORIES[key]} score for ${url}`);
    return value;
  };
  const mainThread = Object.fromEntries(MAIN_THREAD_GROUPS.map((group) => [group, 0])) as Record<MainThreadGroup, number>;
  for (const item of items(lhr, 'mainthread-work-breakdown')) mainThread[item.group as MainThreadGroup] += Number(item.duration);
  const tbtMs = lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN;
  const blocking = await blockingTasks(artifacts, lhr.configSettings);
  // The replay should account for the whole figure; say so when it does not.
  const unexplained = tbtMs - blocking.reduce((sum, task) => sum + task.blockingMs, 0);
  if (Math.abs(unexplained) > 1) blocking.push({task: 'not accounted for', observedMs: Number.NaN, cpuMs: Number.NaN, blockingMs: unexplained});
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('bestPractices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    mainThread,
    scripts: items(lhr, 'bootup-time')
      .map((item) => ({url: String(item.url), scriptingMs: Number(item.scripting)}))
      .sort((a, b) => b.scriptingMs - a.scriptingMs)
      .slice(0, 3),
    blocking,
  };
}

/** The niceness given to the browser's own processes, and to Lighthouse's, while Lighthouse runs. */
const BROWSER_NICENESS = 5;

/**
 * Lower the CPU priority of the browser's own processes (the browser, its GPU
 * and utility processes: every thread of each), leaving the renderers that
 * load the pages as they are. On two cores, the browser's main thread, which
 * Chromium raises to nice -8 and which carries the DevTools protocol and
 * tracing that Lighthouse turns on, took the CPU from the page's renderer:
 * the navigation commit ran 10 ms on the CPU in a task of 14 to 59 ms, and
 * Lighthouse slows the whole length 4× (scripts/bench/ANALYSIS.md). Every
 * page measured, the floor page and the Hugo peer included, gets the same
 * treatment. Returns how many processes were lowered; 0 where Linux's
 * `/proc` is missing or a process refused.
 *
 * @param browserPid The browser process, as chrome-launcher started it.
 */
function yieldBrowserToPages(browserPid: number): number {
  let processes: string[];
  try {
    processes = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  // Parent of each process, from /proc/<pid>/stat (the field after the command, which sits in brackets).
  const parentOf = new Map<number, number>();
  for (const pid of processes) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid: number): boolean => {
    for (let current: number | undefined = pid; current && current > 1; current = parentOf.get(current)) if (current === browserPid) return true;
    return false;
  };
  let lowered = 0;
  for (const pid of parentOf.keys()) {
    if (!descends(pid)) continue;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      // The zygote forks the renderers, which inherit its priority.
      if (args.includes('--type=renderer') || args.includes('--type=zygote')) continue;
      for (const thread of readdirSync(`/proc/${pid}/task`)) setPriority(Number(thread), BROWSER_NICENESS);
      lowered++;
    } catch {
      // Ended meanwhile, or not ours to change.
    }
  }
  return lowered;
}

/**
 * Run Lighthouse on several pages in turn, `runs` rounds of one run each
 * (a, b, a, b…), and take each page's medians: pages compared with each
 * other see the same moments of a busy machine, not one its quiet minute and
 * the other its busy one. Throws, with the URL, when a run fails.
 *
 * @param urls The pages.
 * @param runs How many runs of each.
 */
export async function lighthouseMedians(urls: readonly string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      `--lang=${READER_LANGUAGE}`,
      `--accept-lang=${READER_LANGUAGE}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
    ],
  });
  const results = urls.map((): LighthouseResult[] => []);
  if (yieldBrowserToPages(chrome.pid) === 0) console.log(`  the browser's own processes keep their CPU priority (not lowered to nice ${BROWSER_NICENESS})`);
  // This process, Lighthouse's, yields too while it runs: it reads every
  // protocol message the browser sends during a load.
  const ownPriority = getPriority(0);
  setPriority(0, Math.max(ownPriority, BROWSER_NICENESS));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [index, url] of urls.entries()) {
        for (let attempt = 1; ; attempt++) {
          const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES)});
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          // Lighthouse itself says to run again when its trace missed the load
          // (seen on this busy machine); up to twice a run, and said so.
          const code = result.lhr.runtimeError?.code;
          if (code && TRACE_ERRORS.has(code) && attempt <= 2) {
            console.log(`  ${url}: ${code}, running again`);
            continue;
          }
          results[index]!.push(await readRun(url, result));
          break;
        }
      }
    }
  } finally {
    await chrome.kill();
    try {
      setPriority(0, ownPriority);
    } catch {
      // Raising a priority again takes privileges: later steps run at the lowered one.
      console.log(`  the bench's process stays at nice ${getPriority(0)}`);
    }
  }
  return results.map(summarise);
}

function summarise(results: LighthouseResult[]): LighthouseResult {
  const pick = (key: Exclude<keyof LighthouseResult, 'mainThread' | 'scripts' | 'blocking'>) => median(results.map((result) => result[key]));
  const typical = [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)]!;
  const tbtMs = pick('tbtMs');
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs,
    cls: pick('cls'),
    benchmarkIndex: pick('benchmarkIndex'),
    mainThread: typical.mainThread,
    scripts: typical.scripts,
    blocking: results.find((result) => result.tbtMs === tbtMs)!.blocking,
  };
}
