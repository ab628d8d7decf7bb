// `npm run load`: a bounded load check of both servers on loopback. Not part
// of `npm test`. For each server: LOAD_SECONDS (default 60) of wrk with
// LOAD_CONNECTIONS (default 100) connections on the statement page, then
// requests per second, latency percentiles and errors; for `npm start`, its
// memory (RSS) before and after. Needs wrk and nginx (Debian packages).
import {spawnSync} from 'node:child_process';
import os from 'node:os';
import {getReleases} from '@/lib/site/releases';
import {have, printTable, rssMiB, startServers, wrk} from './local-servers';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);

for (const tool of ['wrk', 'nginx']) {
  if (!have(tool)) {
    console.error(`${tool} is missing: apt-get install ${tool}`);
    process.exit(1);
  }
}
const port = 4273;
// A local build, for the address npm start serves it at.
process.env.SITE_ORIGIN ??= `http://localhost:${port}`;
if (spawnSync('npm', ['run', 'build'], {stdio: 'inherit'}).status !== 0) process.exit(1);

const release = getReleases()[0];
if (!release) throw new Error('no release to load');
const target = `/nl/${release.key}/`;
const servers = await startServers(port, target);

console.log(`Load: ${seconds} s, ${connections} connections, GET ${target}, loopback, ${os.cpus().length} cores\n`);
const before = rssMiB(servers.node.pid!);
const node = wrk(`${servers.nodeUrl}${target}`, {seconds, connections});
const after = rssMiB(servers.node.pid!);
const nginx = wrk(`${servers.nginxUrl}${target}`, {seconds, connections});
servers.stop();

printTable([
  ['', 'npm start', 'nginx'],
  ['requests/s', node.rps.toFixed(0), nginx.rps.toFixed(0)],
  ['p50', node.p50, nginx.p50],
  ['p75', node.p75, nginx.p75],
  ['p90', node.p90, nginx.p90],
  ['p99', node.p99, nginx.p99],
  ['requests', String(node.requests), String(nginx.requests)],
  ['errors', node.detail, nginx.detail],
  ['memory (RSS)', `${before.toFixed(1)} MiB → ${after.toFixed(1)} MiB`, ''],
]);
process.exit(node.errors + nginx.errors > 0 ? 1 : 0);
