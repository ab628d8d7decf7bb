// Both servers of the export on loopback, and wrk against them: shared by the
// load check and the benchmarks.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {get} from 'node:https';
import path from 'node:path';

/** Whether a command is on this machine. */
export function have(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`], {stdio: 'ignore'}).status === 0;
}

// nginx's test certificate is made on the fly: accepted unchecked, on loopback only.
const answersOk = (url: string) =>
  url.startsWith('https:')
    ? new Promise<boolean>((resolve) => {
        get(url, {rejectUnauthorized: false}, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        }).on('error', () => resolve(false));
      })
    : fetch(url).then(
        (res) => res.ok,
        () => false,
      );

async function until(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await answersOk(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

export interface LocalServers {
  node: ChildProcess;
  nodeUrl: string;
  nginxUrl?: string;
  stop: () => void;
}

/**
 * Start `npm start`'s server (as one node process, so its memory can be read)
 * and, when nginx is installed, nginx with the shipped configuration (HTTPS,
 * with a test certificate). The export must be built.
 *
 * @param nodePort Port of the node server; nginx gets the next one for HTTPS
 *   and the one after for its redirect.
 * @param probe A path that answers 200 on both.
 */
export async function startServers(nodePort: number, probe = '/nl/'): Promise<LocalServers> {
  const children: ChildProcess[] = [];
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('exit', stop);
  const node = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {env: {...process.env, PORT: String(nodePort)}, stdio: 'ignore'});
  children.push(node);
  const nodeUrl = `http://127.0.0.1:${nodePort}`;
  await until(`${nodeUrl}${probe}`);
  if (!have('nginx')) return {node, nodeUrl, stop};
  const nginx = await startNginx(nodePort + 1, 'out', probe);
  children.push(nginx.process);
  return {node, nodeUrl, nginxUrl: nginx.url, stop};
}

/**
 * Start nginx with the shipped configuration over an export folder, on HTTPS
 * with the test certificate. Needs nginx; the caller stops the process.
 *
 * @param port Its port.
 * @param root The export folder.
 * @param probe A path that answers 200.
 */
export async function startNginx(port: number, root: string, probe: string): Promise<{process: ChildProcess; url: string}> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'nginx-test-server.ts')], {
    env: {...process.env, PORT: String(port), EXPORT_ROOT: root},
    stdio: 'ignore',
  });
  process.on('exit', () => child.kill('SIGTERM'));
  const url = `https://127.0.0.1:${port}`;
  await until(`${url}${probe}`);
  return {process: child, url};
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

export interface WrkResult {
  rps: number;
  p50: string;
  p75: string;
  p90: string;
  p99: string;
  requests: number;
  errors: number;
  detail: string;
}

/**
 * Run wrk against a URL and read its summary.
 *
 * @param url The URL to load.
 * @param options Duration in seconds, connections and threads.
 */
export function wrk(url: string, {seconds, connections, threads = 2}: {seconds: number; connections: number; threads?: number}): WrkResult {
  const out = spawnSync('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', url], {encoding: 'utf8'}).stdout;
  const pick = (pattern: RegExp) => pattern.exec(out)?.[1] ?? '?';
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return {
    rps: Number(pick(/Requests\/sec:\s+([\d.]+)/)),
    p50: pick(/^\s+50%\s+(\S+)/m),
    p75: pick(/^\s+75%\s+(\S+)/m),
    p90: pick(/^\s+90%\s+(\S+)/m),
    p99: pick(/^\s+99%\s+(\S+)/m),
    requests: Number(pick(/(\d+) requests in/)),
    errors: socketErrors + non2xx,
    detail: `${socket ? socket[0] : 'no socket errors'}; non-2xx: ${non2xx}`,
  };
}

/** Print rows as an aligned text table. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
}
