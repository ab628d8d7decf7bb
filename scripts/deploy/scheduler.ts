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
// the instant has passed. A staged build whose content has changed since is
// discarded and built again; one superseded by a release made by hand is no
// longer published; an embargo that ended unpublished is published at once
// (one that ended before a rollback was published, and is not again).
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {checkContent} from '@/lib/site/releases';
import {hashInputs} from '@/lib/build/build-inputs';
import {discard, publish, publishedInstant, stage, stagedReleases} from './releases';

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

/** The instants at which embargoes of this content end after `after`, earliest first, each once. */
function embargoInstants(content: string, after: number): number[] {
  const instants = checkContent(content)
    .releases.map((release) => (release.embargo === undefined ? NaN : Date.parse(release.embargo)))
    .filter((instant) => instant > after);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/** What the content is now, to tell whether a build staged from it still shows it. */
const fingerprint = (content: string) => hashInputs([content]);

/** Sleep until `instant`, or a second at most; false when stopped. */
async function nap(instant: number, running: () => boolean): Promise<boolean> {
  if (!running()) return false;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(instant - Date.now(), 1000))));
  return running();
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
  const build = (instant: string, content: string) => {
    log(`building the site as it will be at ${instant}`);
    const id = stage(options.root, options.build(instant), instant, content);
    log(`staged ${id} for ${instant}`);
  };
  while (rounds > 0 && running()) {
    const content = fingerprint(options.content);
    const [staged] = stagedReleases(options.root);
    // A build staged from content that has changed since (an embargo moved, a
    // release withdrawn or corrected) would publish what is no longer meant.
    if (staged && staged.content !== content) {
      log(`the content changed since ${staged.id} was staged for ${staged.publishAt}; it will not be published`);
      discard(options.root, staged.id);
      continue;
    }
    if (!staged) {
      const now = Date.now();
      // An embargo that ended while nothing was staged for it (the scheduler
      // was down, or busy building for an earlier one): published now. Ended
      // after the newest release published, not after the live one: a
      // rollback is not undone at once by publishing again what it took back.
      const missed = embargoInstants(options.content, publishedInstant(options.root) ?? -Infinity).filter((instant) => instant <= now);
      const [ahead] = embargoInstants(options.content, now);
      if (missed.length > 0) build(new Date(now).toISOString(), content);
      else if (ahead !== undefined) build(new Date(ahead).toISOString(), content);
      else {
        log('no embargo ahead; looking again in a minute');
        const until = Date.now() + 60_000;
        while (Date.now() < until && (await nap(until, running)));
      }
      continue;
    }
    log(`waiting for ${staged.publishAt} to publish ${staged.id}`);
    const instant = Date.parse(staged.publishAt);
    // Awake at least once a second: the clock is read each time, so a clock
    // set back waits longer and nothing is published early; a release made
    // by hand meanwhile supersedes the staged one, which is then no longer staged.
    let due = false;
    while (running() && stagedReleases(options.root)[0]?.id === staged.id) {
      if (Date.now() >= instant) {
        due = true;
        break;
      }
      await nap(instant, running);
    }
    if (!due) continue;
    if (fingerprint(options.content) !== staged.content) continue;
    publish(options.root, staged.id, keep);
    log(`published ${staged.id} at ${new Date().toISOString()} for ${staged.publishAt}`);
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
