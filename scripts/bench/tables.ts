// The bench's measurements as rows of text, a header row first, for the
// console and for BENCHMARKS.md.
import type {WrkResult} from '../local-servers';
import type {ScalingRow, Segment} from './build-scaling';
import {describeBlocking} from './blocking-tasks';
import {MAIN_THREAD_GROUPS, type LighthouseResult} from './lighthouse-run';
import type {Weight} from './page-weight';

/** A page the bench loads: its type, language and address. */
export interface BenchPage {
  type: string;
  locale: string;
  path: string;
}

type Rows = string[][];

/** Bytes as KB with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const three = ({raw, gzip, brotli}: Weight['html']) => `${kb(raw)} / ${kb(gzip)} / ${kb(brotli)}`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Bytes and requests of every page. */
export function weightTable(pages: BenchPage[], weights: Map<string, Weight>): Rows {
  return [
    ['page', 'lang', 'requests', 'HTML raw/gz/br KB', 'CSS raw/gz/br KB', 'JS raw/gz/br KB', 'own JS gz KB', 'framework JS gz KB'],
    ...pages.map(({type, locale, path}) => {
      const w = weights.get(path)!;
      const own = `${kb(w.ownJsGzip)}${w.ownScripts.length ? ` (${w.ownScripts.join(', ')})` : ''}`;
      return [type, locale, String(w.requests), three(w.html), three(w.css), three(w.js), own, kb(w.frameworkJsGzip)];
    }),
  ];
}

/** The statement page beside the same page with no script at all, and the budget's ratio of their LCPs. */
export function referenceTable(rows: Array<{locale: string; page: LighthouseResult; reference: LighthouseResult}>): Rows {
  return [
    [
      'lang',
      'statement perf',
      'statement LCP ms',
      'statement TBT ms',
      'zero-JS reference perf',
      'zero-JS reference LCP ms',
      'zero-JS reference TBT ms',
      'LCP ratio',
    ],
    ...rows.map(({locale, page, reference}) => [
      locale,
      page.performance.toFixed(2),
      page.lcpMs.toFixed(0),
      page.tbtMs.toFixed(0),
      reference.performance.toFixed(2),
      reference.lcpMs.toFixed(0),
      reference.tbtMs.toFixed(0),
      (page.lcpMs / reference.lcpMs).toFixed(2),
    ]),
  ];
}

/** The floor page's medians in each language's interleaved run, and what its TBT was made of. */
export function floorTable(rows: Array<{locale: string; floor: LighthouseResult}>, runs: number): Rows {
  return [
    ['run', 'runs', 'perf', 'LCP ms', 'TBT ms', 'TBT made of (median run)', 'benchmarkIndex'],
    ...rows.map(({locale, floor}) => [
      locale,
      String(runs),
      floor.performance.toFixed(2),
      floor.lcpMs.toFixed(0),
      floor.tbtMs.toFixed(0),
      describeBlocking(floor.blocking),
      floor.benchmarkIndex.toFixed(0),
    ]),
  ];
}

/**
 * Every rated page beside the Hugo peer and the floor page of the same
 * interleaved run: the LCP ratio and the TBT above the floor's, the two
 * budgets' figures.
 */
export function peerTable(rows: Array<BenchPage & {result: LighthouseResult; peer: LighthouseResult; floor: LighthouseResult}>): Rows {
  return [
    ['page', 'lang', 'perf', 'LCP ms', 'Hugo peer LCP ms', 'LCP ratio', 'TBT ms', 'floor TBT ms', 'TBT − floor ms'],
    ...rows.map(({type, locale, result, peer, floor}) => [
      type,
      locale,
      result.performance.toFixed(2),
      result.lcpMs.toFixed(0),
      peer.lcpMs.toFixed(0),
      (result.lcpMs / peer.lcpMs).toFixed(2),
      result.tbtMs.toFixed(0),
      floor.tbtMs.toFixed(0),
      (result.tbtMs - floor.tbtMs).toFixed(0),
    ]),
  ];
}

/** Lighthouse's median scores and metrics of every rated page. */
export function lighthouseTable(pages: BenchPage[], results: Map<string, LighthouseResult>): Rows {
  return [
    ['page', 'lang', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'TBT made of (median run)', 'CLS', 'benchmarkIndex'],
    ...pages.map(({type, locale, path}) => {
      const r = results.get(path)!;
      return [
        type,
        locale,
        r.performance.toFixed(2),
        r.accessibility.toFixed(2),
        r.bestPractices.toFixed(2),
        r.seo.toFixed(2),
        r.lcpMs.toFixed(0),
        r.tbtMs.toFixed(0),
        describeBlocking(r.blocking),
        r.cls.toFixed(3),
        r.benchmarkIndex.toFixed(0),
      ];
    }),
  ];
}

// A script's file name. The page's own inline scripts are reported under its
// URL; time Lighthouse cannot attribute comes as "Unattributable".
const scriptName = (url: string) => {
  if (!URL.canParse(url)) return url;
  const {pathname} = new URL(url);
  return pathname.endsWith('/') || pathname.endsWith('.html') ? 'inline' : (pathname.split('/').at(-1) ?? url);
};

/** Main-thread time by Lighthouse's groups, and the busiest scripts. */
export function mainThreadTable(pages: BenchPage[], results: Map<string, LighthouseResult>): Rows {
  return [
    ['page', 'lang', 'TBT ms', ...MAIN_THREAD_GROUPS, 'busiest scripts (scripting ms)'],
    ...pages.map(({type, locale, path}) => {
      const r = results.get(path)!;
      const scripts = r.scripts.map((script) => `${scriptName(script.url)} ${script.scriptingMs.toFixed(0)}`).join(', ');
      return [type, locale, r.tbtMs.toFixed(0), ...MAIN_THREAD_GROUPS.map((group) => r.mainThread[group].toFixed(0)), scripts];
    }),
  ];
}

/**
 * Build cost at each size: the cold build (empty caches) with its search
 * indexing step, the warm rebuild after adding one release, and the
 * correction of one paragraph after it, with the share images and pages
 * each rendered.
 *
 * @param rows Measured sizes.
 */
export function scalingTable(rows: ScalingRow[]): Rows {
  const steps = (trace: ScalingRow['trace']) =>
    `${seconds(trace.totalMs)}: ${trace.steps
      .slice(0, 3)
      .map(([name, ms]) => `${name} ${seconds(ms)}`)
      .join(', ')}`;
  return [
    [
      'releases',
      'pages',
      'share images',
      'files',
      'content:check s',
      'content:check ms/release',
      'cold build s',
      'ms/release',
      'ms/page',
      'images rendered',
      'pages rendered',
      'search index s (pages indexed)',
      'warm rebuild (+1 release) s',
      '% of cold',
      'images rendered',
      'pages rendered',
      'correction (1 paragraph) s, median (each)',
      'images rendered',
      'pages rendered',
      'next build s, cold: largest steps',
      'next build s, warm: largest steps',
      'next build s, correction: largest steps',
    ],
    ...rows.map((row) => {
      const estimate = row.coldEstimated ? ' (est.)' : '';
      return [
        String(row.releases),
        String(row.pages),
        String(row.shareImages),
        String(row.files),
        seconds(row.contentCheckMs),
        (row.contentCheckMs / row.releases).toFixed(1),
        seconds(row.buildMs) + estimate,
        (row.buildMs / row.releases).toFixed(0) + estimate,
        (row.buildMs / row.pages).toFixed(1) + estimate,
        row.coldEstimated ? '' : String(row.renderedCold),
        row.coldEstimated ? '' : String(row.pagesCold),
        row.coldEstimated ? '' : `${seconds(row.searchIndexMs)} (${row.searchPages})`,
        seconds(row.warmMs),
        ((100 * row.warmMs) / row.buildMs).toFixed(0) + estimate,
        String(row.renderedWarm),
        String(row.pagesWarm),
        `${seconds(row.correctionMs)} (${row.correctionRunsMs.map(seconds).join(', ')})`,
        String(row.renderedCorrection),
        String(row.pagesCorrection),
        row.coldEstimated ? '' : steps(row.trace),
        steps(row.warmTrace),
        steps(row.correctionTrace),
      ];
    }),
  ];
}

/** The marginal cost of each step up in size. */
export function segmentTable(segments: Segment[]): Rows {
  return [
    ['from → to releases', 'marginal ms/page', 'marginal ms/release'],
    ...segments.map((s) => [`${s.from} → ${s.to}`, s.msPerPage.toFixed(1), s.msPerRelease.toFixed(0)]),
  ];
}

/** The content library's time per file, whole and by piece. */
export function libraryTable(rows: ScalingRow[]): Rows {
  return [
    [
      'releases',
      'whole ms/file (cold)',
      'warm ms/file (parse cache)',
      'front matter + validation',
      'sections',
      'of which Markdown parse',
      'rest (reading, alignment, correspondence, notes, warnings)',
      'correspondence ms/release',
    ],
    ...rows.map(({releases, library: l}) =>
      [String(releases), l.whole, l.warm, l.frontMatter, l.sections, l.markdownParse, l.whole - l.frontMatter - l.sections, l.correspondencePerRelease].map(
        (cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell),
      ),
    ),
  ];
}

/** Requests per second and latency of each server, or why one was not measured. */
export function servingTable(results: Array<[string, WrkResult | string]>): Rows {
  return [
    ['server', 'requests/s', 'p50', 'p99', 'errors'],
    ...results.map(([name, r]) => (typeof r === 'string' ? [name, r, '', '', ''] : [name, r.rps.toFixed(0), r.p50, r.p99, r.detail])),
  ];
}

/** Rows as a Markdown table. */
export function markdownTable(rows: Rows): string {
  return [`| ${rows[0]!.join(' | ')} |`, `| ${rows[0]!.map(() => '---').join(' | ')} |`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
