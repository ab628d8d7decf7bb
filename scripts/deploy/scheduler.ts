// Publishing embargoed releases on the second, for a server that serves
// `<root>/current` (scripts/deploy/releases.ts). For the next embargo to end,
// the export the site will be at that instant is built ahead (PUBLISH_AT set
// to it) and staged as a release; at the instant, `current` is switched to
// it, atomically. Nothing is built at the moment itself.
//
// It keeps no state of its own: started again, it reads the embargoes from
// the content and the staged releases from the root, and goes on. It never
// switches early: it compares the clock with the instant every time it wakes,
// so a clock set back waits longer, and one set forward switches as soon as
// the instant has passed.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {checkContent} from '@/lib/site/releases';
import {publish, stage, stagedReleases} from './releases';

/** What the scheduler needs to know and do; the command line fills it in (scripts/scheduler.ts). */
export interface SchedulerOptions {
  /** The deployment root, whose `current` the server serves. */
  root: string;
  /** The content folder whose embargoes it publishes. */
  content: string;
  /** Build the export the site is at an instant; returns its folder, throws when the build fails. */
  build: (publishAt: string) => string;
  /** How many releases to keep (`RELEASE_KEEP`). */
  keep?: number;
  /** Where it says what it did, a line at a time. */
  log?: (line: string) => void;
  /** Stop after publishing this many instants (tests); forever by default. */
  rounds?: number;
  /** Whether to go on (a signal clears it). */
  running?: () => boolean;
}

/** The instants at which embargoes of this content end after `now`, earliest first, each once. */
function embargoInstants(content: string, now: number): string[] {
  const instants = checkContent(content)
    .releases.map((release) => release.embargo)
    .filter((embargo): embargo is string => embargo !== undefined && Date.parse(embargo) > now);
  return [...new Set(instants)].sort();
}

/** Wait until the clock says `instant` or later, waking at least once a second to read it again; false when stopped first. */
async function waitUntil(instant: number, running: () => boolean): Promise<boolean> {
  for (;;) {
    if (!running()) return false;
    const left = instant - Date.now();
    if (left <= 0) return true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(left, 1000)));
  }
}

/**
 * Run the scheduler: stage a build for each embargo ahead, and publish each
 * staged release at its instant.
 *
 * @param options See `SchedulerOptions`.
 */
export async function runScheduler(options: SchedulerOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(`${new Date().toISOString()} ${line}`));
  const running = options.running ?? (() => true);
  const keep = options.keep ?? 5;
  let rounds = options.rounds ?? Infinity;
  while (rounds > 0 && running()) {
    // A staged release whose instant has come (the scheduler was down then) is published at once.
    let next = stagedReleases(options.root)[0];
    if (!next) {
      const [instant] = embargoInstants(options.content, Date.now());
      if (!instant) {
        log('no embargo ahead; looking again in a minute');
        await waitUntil(Date.now() + 60_000, running);
        continue;
      }
      log(`building the site as it will be at ${instant}`);
      next = {id: stage(options.root, options.build(instant), instant), publishAt: instant};
      log(`staged ${next.id} for ${instant}`);
    }
    log(`waiting for ${next.publishAt} to publish ${next.id}`);
    if (!(await waitUntil(Date.parse(next.publishAt), running))) break;
    publish(options.root, next.id, keep);
    log(`published ${next.id} at ${new Date().toISOString()} for ${next.publishAt}`);
    rounds--;
  }
}

/**
 * The build the scheduler runs: `npm run build` with PUBLISH_AT set, into an
 * export and records of its own (`.cache/scheduled/`), so that `out/` and the
 * record `npm start` compares stay the public build's.
 *
 * @param publishAt The instant the site is built as it will be at.
 * @returns The export's folder.
 */
export function npmBuild(publishAt: string): string {
  const folder = path.join('.cache', 'scheduled');
  const env = {...process.env, PUBLISH_AT: publishAt, EXPORT_DIR: path.join(folder, 'out'), BUILD_DIR: path.join(folder, 'build')};
  const result = spawnSync('npm', ['run', '--silent', 'build'], {env, stdio: 'inherit'});
  if (result.status !== 0) throw new Error(`the build for ${publishAt} failed (exit ${result.status})`);
  return env.EXPORT_DIR;
}
