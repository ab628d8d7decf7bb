import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {request} from 'node:https';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';
import {createSiteHandler} from '../../scripts/serve';
import {buildEnvironment, projectFolders, runIn} from '../support/build-environment';
import {PORTS} from '../support/ports';

// Addresses that are kept: a generated release is built (which writes the
// ledger of published addresses into its content folder), then one of its
// commitments is removed from both languages. content:check and the build
// must fail naming the lost addresses, until the release declares where the
// commitment went; then both pass, and npm start, nginx (with the build's
// configuration) and the CDN (wrangler over the export's `_redirects`)
// answer 301 to the new address, and the export holds a fallback page there.
// The builds go to a build environment of their own (tests/support/build-environment.ts).
const environment = buildEnvironment('moved-pages');
const scratch = environment.root;
const content = mkdtempSync(path.join(tmpdir(), 'moved-'));
const origin = `http://127.0.0.1:${PORTS.moved}`;
const children: ChildProcess[] = [];
let server: Server | undefined;
afterAll(() => {
  server?.close();
  for (const child of children) child.kill('SIGTERM');
  rmSync(scratch, {recursive: true, force: true});
  rmSync(content, {recursive: true, force: true});
}, 60_000);

// The project's own out/, build/ and .cache/ as they were before these builds.
const before = projectFolders();
generateContent(content, 1);
const [key] = readdirSync(path.join(content, 'releases'));
const files = ['nl', 'en'].map((locale) => path.join(content, 'releases', key!, `${locale}.md`));
const ledger = path.join(content, 'published-urls.txt');

const run = (script: string) => runIn(environment, {CONTENT_DIR: content, SITE_ORIGIN: origin}, script);
const output = (result: ReturnType<typeof run>) => `${result.stdout}${result.stderr}`;

/** Status and Location of an answer, without following it; nginx's certificate is the test's own. */
function head(url: string): Promise<{status: number; location?: string}> {
  if (!url.startsWith('https:'))
    return fetch(url, {method: 'HEAD', redirect: 'manual'}).then((res) => ({status: res.status, location: res.headers.get('location') ?? undefined}));
  return new Promise((resolve, reject) => {
    request(url, {method: 'HEAD', rejectUnauthorized: false}, (res) => {
      res.resume();
      resolve({status: res.statusCode ?? 0, location: res.headers.location});
    })
      .on('error', reject)
      .end();
  });
}

async function until(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if ((await head(url).catch(() => ({status: 0}))).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

describe('addresses that are kept', () => {
  it('records every page address in the content folder when it builds, sorted, without dates', () => {
    rmSync(scratch, {recursive: true, force: true});
    const build = run('build');
    expect(build.status, output(build).slice(-4000)).toBe(0);
    const lines = readFileSync(ledger, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([...lines].sort());
    for (const locale of ['nl', 'en']) {
      expect(lines).toEqual(expect.arrayContaining([`/${locale}/`, `/${locale}/${key}/`, `/${locale}/${key}/side-by-side/`, `/${locale}/${key}/minors/`]));
    }
    expect(lines).toContain('/');
    expect(readFileSync(ledger, 'utf8')).not.toMatch(/\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}/);
  }, 600_000);

  it('fails content:check and the build, naming each lost address, when a published commitment is removed from both languages', () => {
    for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replace(/:::commitment\{#minors\}[\s\S]*?\n:::\n\n/, ''));
    const numbered = readFileSync(ledger, 'utf8').split('\n');
    const lineOf = (url: string) => numbered.indexOf(url) + 1;
    const lost = ['nl', 'en'].map((locale) => `/${locale}/${key}/minors/`);

    const check = run('content:check');
    expect(check.status).toBe(1);
    const build = run('build');
    expect(build.status).toBe(1);
    for (const result of [check, build]) {
      for (const url of lost)
        expect(output(result)).toContain(`${path.relative(process.cwd(), ledger)}:${lineOf(url)}: ${url}: was published and is no longer made`);
      expect(output(result)).toContain('redirects:');
    }
    // The build stopped before anything was exported.
    expect(build.stdout).not.toContain('postbuild:');
  }, 600_000);

  it('passes once the release declares where the commitment went; every server answers 301 to the new address', async () => {
    for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, '\nredirects:\n  minors: dialogue\n---\n'));
    expect(run('content:check').status).toBe(0);
    const build = run('build');
    expect(build.status, output(build).slice(-4000)).toBe(0);
    // The ledger keeps the moved addresses.
    expect(readFileSync(ledger, 'utf8')).toContain(`/en/${key}/minors/\n`);

    // The fallback page, for hosts that cannot redirect.
    const exported = environment.out;
    const fallback = readFileSync(path.join(exported, 'en', key!, 'minors', 'index.html'), 'utf8');
    expect(fallback).toContain(`<link rel="canonical" href="${origin}/en/${key}/dialogue/">`);
    expect(fallback).toContain(`<meta http-equiv="refresh" content="0; url=/en/${key}/dialogue/">`);
    expect(fallback).toContain('<meta name="robots" content="noindex">');
    expect(fallback).toContain('<html lang="en">');
    expect(readFileSync(path.join(exported, 'nl', key!, 'minors', 'index.html'), 'utf8')).toContain('Deze pagina is verhuisd');
    // The sitemap lists the new address only.
    const sitemap = readFileSync(path.join(exported, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/en/${key}/dialogue/`);
    expect(sitemap).not.toContain(`/en/${key}/minors/`);

    server = createServer(createSiteHandler(path.resolve(exported)));
    await new Promise<void>((resolve) => server!.listen(PORTS.moved, '127.0.0.1', resolve));
    const nginx = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'nginx-test-server.ts')], {
      env: {
        ...process.env,
        ...environment.env,
        CONTENT_DIR: content,
        SITE_ORIGIN: origin,
        PORT: String(PORTS.movedNginx),
        HTTP_PORT: String(PORTS.movedNginxHttp),
        EXPORT_ROOT: path.resolve(exported),
      },
      stdio: 'ignore',
    });
    children.push(nginx);
    const cdn = spawn(
      'npx',
      ['wrangler', 'pages', 'dev', exported, '--port', String(PORTS.movedCdn), '--ip', '127.0.0.1', '--compatibility-date', '2025-10-11'],
      {
        env: {...process.env, WRANGLER_SEND_METRICS: 'false', NODE_ENV: 'test'},
        stdio: 'ignore',
        detached: true,
      },
    );
    children.push({kill: () => cdn.pid && process.kill(-cdn.pid, 'SIGTERM')} as ChildProcess);
    const servers = [origin, `https://127.0.0.1:${PORTS.movedNginx}`, `http://127.0.0.1:${PORTS.movedCdn}`];
    for (const base of servers) await until(`${base}/en/${key}/dialogue/`);

    for (const base of servers) {
      for (const locale of ['nl', 'en']) {
        const to = `/${locale}/${key}/dialogue/`;
        for (const from of [`/${locale}/${key}/minors/`, `/${locale}/${key}/minors`]) {
          const answer = await head(`${base}${from}`);
          expect({status: answer.status, location: answer.location && new URL(answer.location, base).pathname}, `${base}${from}`).toEqual({
            status: 301,
            location: to,
          });
        }
        expect((await head(`${base}${to}`)).status, `${base}${to}`).toBe(200);
      }
    }
    // Nothing of it went into the project's own export, records or caches.
    expect(projectFolders()).toEqual(before);
  }, 900_000);
});
