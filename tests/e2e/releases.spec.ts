import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test, type APIRequestContext} from '@playwright/test';
import {currentRelease, listReleases} from '../../scripts/deploy/releases';
import {PORTS} from '../support/ports';

// Atomic releases (scripts/deploy/): nginx with the shipped configuration
// serves <root>/current while `npm run release` and `npm run rollback` switch
// it between two builds, over and over, and crawlers read pages and the assets
// each page names. Every page must come whole from one build, and its assets
// from the same build, answered 200: no mix, no gap.
const PAGES = ['/', ...['nl', 'en'].flatMap((locale) => [`/${locale}/`, ...Array.from({length: 8}, (_, n) => `/${locale}/page-${n}/`)])];
const KEEP = 3;

/** A small export whose every page and asset is stamped with the build's name. */
function makeBuild(folder: string, stamp: string): void {
  const assets = [`/_next/static/chunks/${stamp}-main.js`, `/_next/static/css/${stamp}-site.css`];
  for (const asset of assets) {
    mkdirSync(path.dirname(path.join(folder, asset)), {recursive: true});
    writeFileSync(path.join(folder, asset), `/* build ${stamp} */\n`);
  }
  for (const page of PAGES) {
    mkdirSync(path.join(folder, page), {recursive: true});
    const html = `<!DOCTYPE html><html lang="en"><head><meta name="build" content="${stamp}"><link rel="stylesheet" href="${assets[1]}"><script src="${assets[0]}" defer></script><title>${page}</title></head><body>${`<p>build ${stamp}</p>`.repeat(200)}</body></html>\n`;
    writeFileSync(path.join(folder, page, 'index.html'), html);
  }
}

function run(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {env: {...process.env, RELEASE_KEEP: String(KEEP)}});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} ${args.join(' ')}: exit ${code}\n${output}`))));
  });
}

/** Read every page and its assets until told to stop; list what was not whole. */
async function crawl(request: APIRequestContext, origin: string, stop: () => boolean, seen: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  while (!stop()) {
    for (const page of PAGES) {
      const response = await request.get(`${origin}${page}`, {headers: {'Accept-Language': 'fr'}});
      const html = await response.text();
      const stamp = /<meta name="build" content="(\w+)">/.exec(html)?.[1];
      if (response.status() !== 200 || !stamp) {
        problems.push(`${page}: ${response.status()} ${stamp ? '' : 'without a build stamp'}`);
        continue;
      }
      seen.add(stamp);
      if (!html.trimEnd().endsWith('</html>') || html.includes(`build ${stamp === 'A' ? 'B' : 'A'}`)) problems.push(`${page}: not one whole build`);
      for (const [, asset] of html.matchAll(/(?:src|href)="(\/_next\/[^"]+)"/g)) {
        const answer = await request.get(`${origin}${asset}`);
        const body = await answer.text();
        if (answer.status() !== 200 || body !== `/* build ${stamp} */\n`)
          problems.push(`${asset} for a page of build ${stamp}: ${answer.status()} ${JSON.stringify(body.slice(0, 40))}`);
      }
    }
  }
  return problems;
}

test('a crawl during releases and rollbacks sees only whole builds; old releases are pruned', async ({request}) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(path.join(tmpdir(), 'releases-'));
  const root = path.join(work, 'site');
  makeBuild(path.join(work, 'A'), 'A');
  makeBuild(path.join(work, 'B'), 'B');
  await run('scripts/deploy/release.ts', [root, path.join(work, 'A')]);

  const origin = `https://127.0.0.1:${PORTS.releases}`;
  const nginx = spawn(process.execPath, ['--import', 'tsx', 'scripts/nginx-test-server.ts'], {
    env: {...process.env, PORT: String(PORTS.releases), HTTP_PORT: String(PORTS.releasesHttp), ROOT: path.join(root, 'current')},
    stdio: 'ignore',
  });
  try {
    await expect.poll(async () => (await request.get(`${origin}/nl/`).catch(() => undefined))?.status(), {timeout: 30_000}).toBe(200);

    let switching = true;
    const seen = new Set<string>();
    const crawlers = Array.from({length: 3}, () => crawl(request, origin, () => !switching, seen));
    const switches: string[] = [];
    for (const build of ['B', 'A', 'B', 'A', 'B']) {
      await run('scripts/deploy/release.ts', [root, path.join(work, build)]);
      switches.push(build);
    }
    const releases = listReleases(root);
    expect(releases).toHaveLength(KEEP);
    expect(currentRelease(root)).toBe(releases.at(-1));
    await run('scripts/deploy/rollback.ts', [root]);
    expect(currentRelease(root)).toBe(releases.at(-2));
    await run('scripts/deploy/rollback.ts', [root]);
    expect(currentRelease(root)).toBe(releases.at(-3));
    await expect(run('scripts/deploy/rollback.ts', [root])).rejects.toThrow(/no release before/);
    switching = false;

    const problems = (await Promise.all(crawlers)).flat();
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(['A', 'B']);
    // Two rollbacks from the newest: the oldest release kept is live, and nginx serves it.
    const live = await request.get(`${origin}/en/page-3/`);
    expect(await live.text()).toContain(`content="${switches.at(-3)}"`);
  } finally {
    nginx.kill('SIGTERM');
    rmSync(work, {recursive: true, force: true});
  }
});
