import {mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {currentRelease, listReleases, release, rollback, stagedReleases} from '../../scripts/deploy/releases';
import {runScheduler} from '../../scripts/deploy/scheduler';

// The scheduler publishes a release embargoed a few seconds ahead: it stages
// the build for the instant ahead and switches `current` no earlier than the
// instant and within 2 seconds after it, while readers keep reading whole
// builds. The build here is a stand-in that writes a small export naming the
// instant it was made for: what a real build makes at an instant is
// tests/unit/embargo-build.test.ts's concern.
const root = mkdtempSync(path.join(tmpdir(), 'scheduler-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const deployment = path.join(root, 'srv');
const content = path.join(root, 'content');

/** A content folder of one release, embargoed until `instant`. */
function embargoed(instant: Date): void {
  rmSync(content, {recursive: true, force: true});
  const folder = path.join(content, 'releases', '2026-12-01-embargoed');
  mkdirSync(folder, {recursive: true});
  for (const [locale, text] of [
    ['nl', 'Het akkoord is gesloten.'],
    ['en', 'The agreement is concluded.'],
  ] as const) {
    const front = ['title: T', 'date: 2026-12-01', `embargo: ${instant.toISOString()}`, 'place: P', 'issuer: I', 'description: D.'];
    writeFileSync(path.join(folder, `${locale}.md`), `---\n${front.join('\n')}\n---\n\n:::intro{#introduction}\n${text}\n:::\n`);
  }
}

/** A stand-in export: two pages, each naming the instant the site is at (the same long text, so a half-read file shows). */
function fakeBuild(publishAt: string): string {
  const folder = mkdtempSync(path.join(root, 'build-'));
  for (const page of ['', 'nl']) {
    mkdirSync(path.join(folder, page), {recursive: true});
    writeFileSync(path.join(folder, page, 'index.html'), `<p>${publishAt.repeat(2000)}</p>\n`);
  }
  return folder;
}

/** Watch `current` every 10 ms until stopped: when it first pointed elsewhere, and every page read meanwhile. */
function watch() {
  const first = readlinkSync(path.join(deployment, 'current'));
  const reads: string[] = [];
  let switched: number | undefined;
  let stop = false;
  const done = (async () => {
    // One last look after being stopped, so a switch just before is seen.
    for (;;) {
      const stopping = stop;
      if (switched === undefined && readlinkSync(path.join(deployment, 'current')) !== first) switched = Date.now();
      for (const page of ['index.html', 'nl/index.html']) reads.push(readFileSync(path.join(deployment, 'current', page), 'utf8'));
      if (stopping) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    stop: async () => {
      stop = true;
      await done;
      return {switched, reads};
    },
  };
}

const whole = (publishAt: string) => `<p>${publishAt.repeat(2000)}</p>\n`;

describe('the scheduler', () => {
  release(deployment, fakeBuild('before'));

  it('switches current to the build for an embargo no earlier than its instant, and within 2 s after; readers see only whole builds', async () => {
    const instant = new Date(Date.now() + 5000);
    instant.setMilliseconds(0);
    embargoed(instant);
    const watcher = watch();
    const log: string[] = [];
    await runScheduler({root: deployment, content, build: fakeBuild, rounds: 1, log: (line) => log.push(line)});
    const {switched, reads} = await watcher.stop();
    expect(switched, log.join('\n')).toBeDefined();
    expect(switched!).toBeGreaterThanOrEqual(instant.getTime());
    expect(switched! - instant.getTime()).toBeLessThanOrEqual(2000);
    expect(new Set(reads)).toEqual(new Set([whole('before'), whole(instant.toISOString())]));
    expect(log.some((line) => line.startsWith('published ') && line.endsWith(`for ${instant.toISOString()}`))).toBe(true);
  }, 30_000);

  it('started again after staging, before the instant, still switches on time', async () => {
    const instant = new Date(Date.now() + 5000);
    instant.setMilliseconds(0);
    embargoed(instant);
    // The first run stages the build and is stopped while it waits, as a restart would stop it.
    let running = true;
    const first = runScheduler({
      root: deployment,
      content,
      build: fakeBuild,
      rounds: 1,
      running: () => running,
      log: (line) => {
        if (line.startsWith('waiting')) running = false;
      },
    });
    await first;
    const watcher = watch();
    const log: string[] = [];
    // Started again: it finds the staged build and does not build another.
    await runScheduler({root: deployment, content, build: () => expect.fail('the staged build is used'), rounds: 1, log: (line) => log.push(line)});
    const {switched} = await watcher.stop();
    expect(switched, log.join('\n')).toBeDefined();
    expect(switched!).toBeGreaterThanOrEqual(instant.getTime());
    expect(switched! - instant.getTime()).toBeLessThanOrEqual(2000);
  }, 30_000);

  it('publishes nothing early when the embargo is postponed after the build was staged: the staged build is dropped and built again', async () => {
    const first = new Date(Date.now() + 4000);
    first.setMilliseconds(0);
    const later = new Date(first.getTime() + 3000);
    embargoed(first);
    const built: string[] = [];
    const watcher = watch();
    const log: string[] = [];
    await runScheduler({
      root: deployment,
      content,
      build: (publishAt) => {
        built.push(publishAt);
        return fakeBuild(publishAt);
      },
      rounds: 1,
      log: (line) => {
        log.push(line);
        // The press office moves the embargo once the first build is staged.
        if (line.startsWith('staged') && built.length === 1) embargoed(later);
      },
    });
    const {switched, reads} = await watcher.stop();
    expect(built).toEqual([first.toISOString(), later.toISOString()]);
    expect(log.some((line) => line.includes('will not be published'))).toBe(true);
    expect(switched, log.join('\n')).toBeGreaterThanOrEqual(later.getTime());
    expect(reads.some((read) => read === whole(first.toISOString()))).toBe(false);
  }, 30_000);

  it('after a rollback from a release it published, does not publish it again: that embargo is not missed', async () => {
    const instant = new Date(Date.now() + 3000);
    instant.setMilliseconds(0);
    embargoed(instant);
    await runScheduler({root: deployment, content, build: fakeBuild, rounds: 1, log: () => undefined});
    // The press office takes the embargoed release back, the scheduler still running.
    const back = rollback(deployment);
    const log: string[] = [];
    let running = true;
    await runScheduler({
      root: deployment,
      content,
      build: (publishAt) => expect.fail(`built again for ${publishAt}: the rollback would be undone`),
      running: () => running,
      log: (line) => {
        log.push(line);
        // Its first look found nothing to do.
        if (line.startsWith('no embargo ahead')) running = false;
      },
    });
    expect(log).toEqual(['no embargo ahead; looking again in a minute']);
    expect(currentRelease(deployment)).toBe(back);
    expect(readFileSync(path.join(deployment, 'current', 'index.html'), 'utf8')).not.toBe(whole(instant.toISOString()));
  }, 30_000);

  it('a rollback never makes live a build staged for an embargo still to come', async () => {
    const instant = new Date(Date.now() + 120_000);
    instant.setMilliseconds(0);
    embargoed(instant);
    /** Run the scheduler until it has staged a build and waits for the instant; the staged release's id. */
    const stageAhead = async () => {
      let running = true;
      await runScheduler({
        root: deployment,
        content,
        build: fakeBuild,
        running: () => running,
        log: (line) => {
          if (line.startsWith('waiting')) running = false;
        },
      });
      return stagedReleases(deployment)[0]!.id;
    };
    // The newest release that has been live (the one a previous test rolled back from).
    const before = listReleases(deployment).at(-1);
    const staged = await stageAhead();
    // A release made by hand meanwhile supersedes the staged build, which is
    // then never published; rolling back from it goes to the release before,
    // not to the build staged for the embargo (it was the one before by id).
    release(deployment, fakeBuild('by hand'));
    expect(listReleases(deployment)).not.toContain(staged);
    expect(rollback(deployment)).toBe(before);
    expect(readFileSync(path.join(deployment, 'current', 'index.html'), 'utf8')).not.toBe(whole(instant.toISOString()));
    // Nor by name: a build staged and waiting is refused.
    const again = await stageAhead();
    expect(() => rollback(deployment, again)).toThrow(/staged for an embargo and has never been published/);
    expect(currentRelease(deployment)).toBe(before);
  }, 30_000);
});
