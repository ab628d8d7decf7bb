// `npm run load`: a bounded load check of both servers on loopback. Not part
// of `npm test`. For each server: LOAD_SECONDS (default 60) of wrk with
// LOAD_CONNECTIONS (default 100) connections on the statement page, then
// requests per second, latency percentiles and errors; for `npm start`, its
// memory (RSS) before and after. Needs wrk and nginx (Debian packages).
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {getReleases} from '@/lib/content';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const nodePort = 4273;
const nginxPort = 4274;

for (const tool of ['wrk', 'nginx']) {
  if (spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0) {
    console.error(`${tool} is missing: apt-get install ${tool}`);
    process.exit(1);
  }
}
if (spawnSync('npm', ['run', 'build'], {stdio: 'inherit'}).status !== 0) process.exit(1);

const release = getReleases()[0];
if (!release) throw new Error('no release to load');
const target = `/nl/${release.key}/`;

async function until(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

function rssKiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

function wrk(port: number): Record<string, string> {
  const result = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', `http://127.0.0.1:${port}${target}`], {encoding: 'utf8'});
  const out = result.stdout;
  const pick = (pattern: RegExp) => pattern.exec(out)?.[1] ?? '?';
  const errors = /Socket errors: (.*)/.exec(out)?.[1] ?? 'none';
  const non2xx = pick(/Non-2xx or 3xx responses: (\d+)/);
  return {
    'requests/s': pick(/Requests\/sec:\s+([\d.]+)/),
    p50: pick(/50%\s+(\S+)/),
    p75: pick(/75%\s+(\S+)/),
    p90: pick(/90%\s+(\S+)/),
    p99: pick(/99%\s+(\S+)/),
    requests: pick(/(\d+) requests in/),
    errors: `${errors}; non-2xx: ${non2xx === '?' ? 0 : non2xx}`,
  };
}

const children: ChildProcess[] = [];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stop);

const node = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {env: {...process.env, PORT: String(nodePort)}, stdio: 'ignore'});
children.push(node);
const nginx = spawn('npx', ['tsx', path.join('scripts', 'nginx-test-server.ts')], {env: {...process.env, PORT: String(nginxPort)}, stdio: 'ignore'});
children.push(nginx);
await until(`http://127.0.0.1:${nodePort}${target}`);
await until(`http://127.0.0.1:${nginxPort}${target}`);

console.log(`Load: ${seconds} s, ${connections} connections, GET ${target}, loopback, ${existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length : '?'} cores\n`);
const rssBefore = rssKiB(node.pid!);
const nodeResult = wrk(nodePort);
const rssAfter = rssKiB(node.pid!);
const nginxResult = wrk(nginxPort);

const rows = [
  ['', 'npm start', 'nginx'],
  ...Object.keys(nodeResult).map((key) => [key, nodeResult[key]!, nginxResult[key]!]),
  ['memory (RSS)', `${(rssBefore / 1024).toFixed(1)} MiB → ${(rssAfter / 1024).toFixed(1)} MiB`, ''],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
stop();
process.exit(0);
