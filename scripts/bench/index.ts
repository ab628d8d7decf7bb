// `npm run bench`: measures the site on this machine and checks the budgets.
// Not part of `npm test`; takes several minutes. Prints tables, writes
// BENCHMARKS.md, and exits non-zero when a budget is missed.
//   BENCH_SCALING_MS      time for the build-scaling sizes (default 600000)
//   BENCH_LIGHTHOUSE_RUNS runs per page (default 3)
//   BENCH_WRK_SECONDS     seconds of load per server (default 10)
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {chromium} from '@playwright/test';
import {routing} from '@/i18n/routing';
import {getReleases} from '@/lib/content';
import {have, printTable, startServers, wrk, type WrkResult} from '../local-servers';
import {measureScaling} from './build-scaling';
import {lighthouseMedian, type LighthouseResult} from './lighthouse-run';
import {weighPage, type Weight} from './page-weight';

const scalingBudget = Number(process.env.BENCH_SCALING_MS ?? 600_000);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const wrkSeconds = Number(process.env.BENCH_WRK_SECONDS ?? 10);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const started = new Date();

console.log(`1/5 build scaling (up to ${scalingBudget / 60000} min)`);
const scaling = measureScaling(scalingBudget);

console.log('2/5 building the site');
if (spawnSync('npm', ['run', 'build'], {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, CONTENT_DIR: ''}}).status !== 0) process.exit(1);
const release = getReleases()[0]!;
const commitment = release.versions[routing.defaultLocale].sections.find((section) => section.kind === 'commitment')!;
const pageTypes: Array<[string, (locale: string) => string]> = [
  ['release list', (l) => `/${l}/`],
  ['statement', (l) => `/${l}/${release.key}/`],
  ['commitment', (l) => `/${l}/${release.key}/${commitment.key}/`],
  ['side by side', (l) => `/${l}/${release.key}/side-by-side/`],
  ['404', (l) => `/${l}/no-such-page/`],
];
const pages: Array<{type: string; locale: string; path: string}> = [
  {type: 'language choice', locale: '–', path: '/index.html'},
  ...pageTypes.flatMap(([type, pathFor]) => routing.locales.map((locale) => ({type, locale, path: pathFor(locale)}))),
];
const servers = await startServers(4373, `/nl/${release.key}/`);
const site = servers.nginxUrl ?? servers.nodeUrl;

console.log('3/5 page weight');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const weights = new Map<string, Weight>();
for (const page of pages) weights.set(page.path, await weighPage(browser, `${site}${page.path}`));
await browser.close();
// With NextIntlClientProvider, a page carries the messages inline.
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? htmlFiles(`${dir}/${name}`) : name.endsWith('.html') ? [`${dir}/${name}`] : []));
const providerFree = htmlFiles('out').every((file) => !readFileSync(file, 'utf8').includes('"LanguageSwitch":{'));

console.log(`4/5 Lighthouse, ${lighthouseRuns} runs a page`);
const lighthouse = new Map<string, LighthouseResult>();
// Lighthouse does not rate a page answered with 404, so the 404 pages are weighed only.
const rated = pages.filter((page) => page.type !== '404');
for (const page of rated) {
  lighthouse.set(page.path, await lighthouseMedian(`${site}${page.path}`, lighthouseRuns));
  console.log(`  ${page.path}: performance ${lighthouse.get(page.path)!.performance}`);
}

console.log('5/5 serving');
const statement = `/nl/${release.key}/`;
const serving: Array<[string, WrkResult]> = [['npm start', wrk(`${servers.nodeUrl}${statement}`, {seconds: wrkSeconds, connections: 50})]];
if (servers.nginxUrl) serving.push(['nginx', wrk(`${servers.nginxUrl}${statement}`, {seconds: wrkSeconds, connections: 50})]);
servers.stop();

// Tables.
const weightRows = [
  ['page', 'lang', 'requests', 'HTML raw/gz/br KB', 'CSS gz KB', 'JS raw/gz/br KB', 'own JS gz KB'],
  ...pages.map(({type, locale, path}) => {
    const w = weights.get(path)!;
    return [type, locale, String(w.requests), `${kb(w.html.raw)} / ${kb(w.html.gzip)} / ${kb(w.html.brotli)}`, kb(w.css.gzip), `${kb(w.js.raw)} / ${kb(w.js.gzip)} / ${kb(w.js.brotli)}`, `${kb(w.ownJsGzip)}${w.ownComponents.length ? ` (${w.ownComponents.join(', ')})` : ''}`];
  }),
];
const lighthouseRows = [
  ['page', 'lang', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'benchmarkIndex'],
  ...rated.map(({type, locale, path}) => {
    const r = lighthouse.get(path)!;
    return [type, locale, r.performance.toFixed(2), r.accessibility.toFixed(2), r.bestPractices.toFixed(2), r.seo.toFixed(2), r.lcpMs.toFixed(0), r.tbtMs.toFixed(0), r.cls.toFixed(3), r.benchmarkIndex.toFixed(0)];
  }),
];
const scalingRows = [
  ['releases', 'pages', 'files', 'library ms/release/locale', 'content:check s', 'build s', 'ms/release', 'ms/page', 'largest build steps'],
  ...scaling.rows.map((row) => [
    String(row.releases),
    String(row.pages),
    String(row.files),
    (row.libraryMs / row.releases / routing.locales.length).toFixed(2),
    (row.contentCheckMs / 1000).toFixed(1),
    (row.buildMs / 1000).toFixed(1),
    (row.buildMs / row.releases).toFixed(0),
    (row.buildMs / row.pages).toFixed(1),
    row.steps.slice(0, 3).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', '),
  ]),
];
const servingRows = [['server', 'requests/s', 'p50', 'p99', 'errors'], ...serving.map(([name, r]) => [name, r.rps.toFixed(0), r.p50, r.p99, r.detail])];

// Budgets.
const [small, large] = [scaling.rows.at(-2), scaling.rows.at(-1)];
const marginalMsPerPage = small && large ? (large.buildMs - small.buildMs) / (large.pages - small.pages) : Number.NaN;
const budgets: Array<[string, boolean, string]> = [
  ['Lighthouse performance ≥ 0.98 on every page', [...lighthouse.values()].every((r) => r.performance >= 0.98), `lowest ${Math.min(...[...lighthouse.values()].map((r) => r.performance)).toFixed(2)}`],
  ['accessibility, best practices, SEO 1.0 on every page', [...lighthouse.values()].every((r) => r.accessibility === 1 && r.bestPractices === 1 && r.seo === 1), ''],
  ['CLS 0 on every page', [...lighthouse.values()].every((r) => r.cls === 0), `highest ${Math.max(...[...lighthouse.values()].map((r) => r.cls)).toFixed(3)}`],
  ['no translation provider on content pages', providerFree, ''],
  ['own client JavaScript ≤ 5 KB gzipped on any page', [...weights.values()].every((w) => w.ownJsGzip <= 5 * 1024), `largest ${kb(Math.max(...[...weights.values()].map((w) => w.ownJsGzip)))} KB`],
  ['statement HTML ≤ 15 KB gzipped', routing.locales.every((l) => weights.get(`/${l}/${release.key}/`)!.html.gzip <= 15 * 1024), routing.locales.map((l) => `${l} ${kb(weights.get(`/${l}/${release.key}/`)!.html.gzip)} KB`).join(', ')],
  ['build cost per page ≤ 24 ms (2 × 12 ms), marginal between the two largest sizes', marginalMsPerPage <= 24, `${marginalMsPerPage.toFixed(1)} ms/page`],
  ['build linear in N (ms per page at the largest size within 1.5 × the marginal cost)', Boolean(large) && large!.buildMs / large!.pages <= 1.5 * Math.max(marginalMsPerPage, 1) + 24, large ? `${(large.buildMs / large.pages).toFixed(1)} ms/page overall` : ''],
  ['content library ≤ 2 ms per release per locale', scaling.rows.every((row) => row.libraryMs / row.releases / routing.locales.length <= 2), scaling.rows.map((row) => `${(row.libraryMs / row.releases / routing.locales.length).toFixed(2)}`).join(', ')],
  ['npm start ≥ 5000 requests/s on the statement page, zero errors', serving[0]![1].rps >= 5000 && serving[0]![1].errors === 0, `${serving[0]![1].rps.toFixed(0)} requests/s`],
];
const budgetRows = [['budget', 'met', 'measured'], ...budgets.map(([name, met, detail]) => [name, met ? 'yes' : 'NO', detail])];

for (const [title, rows] of [['Page weight', weightRows], ['Lighthouse (mobile, median)', lighthouseRows], ['Build scaling', scalingRows], ['Serving (wrk -t2 -c50)', servingRows], ['Budgets', budgetRows]] as const) {
  console.log(`\n${title}`);
  printTable(rows as string[][]);
}

// Tools print their version on stdout or stderr, some with a non-zero exit.
const version = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {encoding: 'utf8'});
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')[0]?.trim() || `${command}: not found`;
};
const packageVersion = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {version: string}).version;
const markdownTable = (rows: string[][]) => [`| ${rows[0]!.join(' | ')} |`, `| ${rows[0]!.map(() => '---').join(' | ')} |`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
const analysis = readFileSync('scripts/bench/ANALYSIS.md', 'utf8');
writeFileSync(
  'BENCHMARKS.md',
  `# Benchmarks

Written by \`npm run bench\` on ${started.toISOString().slice(0, 10)}, on a machine with ${os.cpus().length} cores and ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB. Versions: Node ${process.version}, Next ${packageVersion('next')}, Lighthouse ${packageVersion('lighthouse')}, ${version('/usr/bin/chromium', ['--version'])}, ${version('wrk', ['--version']).split(' [')[0]}, ${version('/usr/sbin/nginx', ['-v'])}. Pages were loaded from ${servers.nginxUrl ? 'nginx with the shipped configuration' : 'npm start'} on loopback.

## Budgets

${markdownTable(budgetRows)}

## Page weight

Bytes the browser fetched for each page: HTML, CSS and JavaScript, raw, gzip and brotli (compressed here at the highest levels), and the number of requests. "Own JS" is the project's client components on that page, each bundled alone with esbuild (React left out), minified and gzipped; everything else is the framework's.

${markdownTable(weightRows)}

## Lighthouse

Lighthouse ${packageVersion('lighthouse')}, default mobile settings (simulated throttling), ${lighthouseRuns} runs a page, medians. The 404 pages are not rated: Lighthouse refuses pages answered with status 404.

${markdownTable(lighthouseRows)}

## Build scaling

N generated releases (two languages, five commitments each: \`scripts/bench/generate-content.ts\`), read through \`CONTENT_DIR\`. "library" is the content library in process; "content:check" and "build" (\`npm run build\`: next build and postbuild) are whole commands. The build steps come from Next's trace (\`.next/trace\`).${scaling.skipped.length ? ` Not measured, as they would not fit in the ${scalingBudget / 60000}-minute budget: N = ${scaling.skipped.join(', ')}.` : ''}

${markdownTable(scalingRows)}

Marginal build cost between the two largest sizes: ${marginalMsPerPage.toFixed(1)} ms per page.

## Serving

The statement page, ${wrkSeconds} s of \`wrk -t2 -c50\` per server on loopback.

${markdownTable(servingRows)}

${analysis}`,
);
console.log('\nWrote BENCHMARKS.md');
process.exit(budgets.every(([, met]) => met) ? 0 : 1);
