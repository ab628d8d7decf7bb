// Atomic releases for a server that serves a folder (nginx's `root`):
//
//   <root>/releases/<id>/      one folder per build, never changed once live
//   <root>/releases/<id>.json  the build's own asset files
//   <root>/current             a symbolic link to the live release
//
// A release is copied in full under a temporary name, renamed, and then
// `current` is replaced by rename(2), which is atomic: every request is
// answered from one whole build. Hashed assets of the build that was live are
// carried into the next one, so a reader who loaded a page just before the
// switch still gets its scripts and styles.
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';

/** The file that marks an export as the preview for journalists (scripts/postbuild.ts): never staged or released. */
export const PREVIEW_MARKER = '.preview';

/** The folder whose files keep their names across builds only if their content is the same. */
const ASSETS = '_next';

const releasesOf = (root: string) => path.join(root, 'releases');
/**
 * A release's records beside its folder: the hashed assets it carries
 * (`json`), the instant it is staged for while it waits (`publish-at`), and
 * that instant once it has gone live (`published-at`).
 */
const RECORDS = ['json', 'publish-at', 'published-at'] as const;
const recordOf = (root: string, id: string, record: (typeof RECORDS)[number]) => path.join(releasesOf(root), `${id}.${record}`);
/** Whether a release is a build staged for an instant and not yet published. */
const isWaiting = (root: string, id: string) => existsSync(recordOf(root, id, 'publish-at'));
let sequence = 0;

const filesBelow = (dir: string): string[] => filesUnder(dir).map((file) => path.relative(dir, file));

/**
 * The releases under a root, oldest first (ids sort by time).
 *
 * @param root The deployment root.
 */
export function listReleases(root: string): string[] {
  if (!existsSync(releasesOf(root))) return [];
  return readdirSync(releasesOf(root))
    .filter((name) => !name.startsWith('.') && statSync(path.join(releasesOf(root), name)).isDirectory())
    .sort();
}

/**
 * The id of the live release, or undefined before the first.
 *
 * @param root The deployment root.
 */
export function currentRelease(root: string): string | undefined {
  const link = path.join(root, 'current');
  return existsSync(link) ? path.basename(readlinkSync(link)) : undefined;
}

/** Copy into a release the live release's own assets it lacks (hard links where the disk allows). */
function carryAssets(root: string, into: string): void {
  const live = currentRelease(root);
  if (!live || live === into) return;
  const manifest = recordOf(root, live, 'json');
  const own = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as string[]) : [];
  for (const file of own) {
    const target = path.join(releasesOf(root), into, ASSETS, file);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), {recursive: true});
    const source = path.join(releasesOf(root), live, ASSETS, file);
    try {
      linkSync(source, target);
    } catch {
      cpSync(source, target);
    }
  }
}

/** Point `current` at a release: a new link under a temporary name, renamed over the old one. */
function switchTo(root: string, id: string): void {
  carryAssets(root, id);
  const temporary = path.join(root, `.current-${process.pid}-${Date.now()}`);
  symlinkSync(path.join('releases', id), temporary);
  renameSync(temporary, path.join(root, 'current'));
}

/**
 * Stage a build: copy it into a new release folder, whole or not at all,
 * without switching to it. A build staged for an embargo records the instant
 * it is published at, so that a scheduler started again finds it.
 *
 * @param root The deployment root (created if missing).
 * @param build The export to stage (`out/`).
 * @param publishAt The instant the build was made for (`PUBLISH_AT`), when it waits for one.
 * @param content A fingerprint of the content it was built from, to tell later whether it still is.
 * @returns The new release's id.
 */
export function stage(root: string, build: string, publishAt?: string, content = ''): string {
  if (!existsSync(path.join(build, 'index.html'))) throw new Error(`${build} is not an export: it has no index.html`);
  if (existsSync(path.join(build, PREVIEW_MARKER)))
    throw new Error(`${build} is the preview for journalists, with its embargoed releases: it is never released as the public site`);
  mkdirSync(releasesOf(root), {recursive: true});
  const id = `${new Date().toISOString().replace(/[-:.]/g, '')}-${process.pid}-${sequence++}`;
  const staging = path.join(releasesOf(root), `.${id}`);
  cpSync(build, staging, {recursive: true});
  writeFileSync(recordOf(root, id, 'json'), `${JSON.stringify(filesBelow(path.join(staging, ASSETS)))}\n`);
  if (publishAt) writeFileSync(recordOf(root, id, 'publish-at'), `${publishAt}\n${content}\n`);
  renameSync(staging, path.join(releasesOf(root), id));
  return id;
}

/**
 * The staged releases waiting for their instant, oldest instant first: each
 * one's id and the instant it is published at.
 *
 * @param root The deployment root.
 */
export function stagedReleases(root: string): Array<{id: string; publishAt: string; content: string}> {
  const live = currentRelease(root);
  const all = listReleases(root);
  const after = live ? all.slice(all.indexOf(live) + 1) : all;
  return after
    .flatMap((id) => {
      if (!isWaiting(root, id)) return [];
      const [publishAt = '', content = ''] = readFileSync(recordOf(root, id, 'publish-at'), 'utf8').split('\n');
      return [{id, publishAt, content}];
    })
    .sort((a, b) => Date.parse(a.publishAt) - Date.parse(b.publishAt));
}

/**
 * The newest instant the site has been published at: of every release that
 * went live, the instant it was staged for, or, for one made by hand, when
 * it was made. Not the live release's: after a rollback, the embargoes that
 * ended before the release rolled back from were published once, and are
 * not missed.
 *
 * @param root The deployment root.
 */
export function publishedInstant(root: string): number | undefined {
  const instants = listReleases(root).flatMap((id) => {
    const published = recordOf(root, id, 'published-at');
    if (existsSync(published)) return [Date.parse(readFileSync(published, 'utf8').split('\n')[0]!)];
    if (isWaiting(root, id)) return [];
    return [statSync(path.join(releasesOf(root), id)).mtimeMs];
  });
  return instants.length > 0 ? Math.max(...instants) : undefined;
}

/**
 * Delete a staged release that will not be published (its content changed).
 *
 * @param root The deployment root.
 * @param id The staged release.
 */
export function discard(root: string, id: string): void {
  if (id === currentRelease(root)) throw new Error(`${id} is live: it cannot be discarded`);
  removeRelease(root, id);
}

/** Delete a release's folder and its records (assets, instant staged for, instant published at). */
function removeRelease(root: string, id: string): void {
  rmSync(path.join(releasesOf(root), id), {recursive: true, force: true});
  for (const record of RECORDS) rmSync(recordOf(root, id, record), {force: true});
}

/**
 * Make a staged release the live one, atomically, and delete all but the
 * newest `keep` releases (never the live one, nor one still staged).
 *
 * @param root The deployment root.
 * @param id The staged release.
 * @param keep How many releases to keep, the live one included.
 */
export function publish(root: string, id: string, keep = 5): void {
  if (keep < 2) throw new Error(`keep must be at least 2, so there is a release to roll back to (got ${keep})`);
  switchTo(root, id);
  // Published, it waits no more: a rollback from it must not see it staged again.
  if (isWaiting(root, id)) renameSync(recordOf(root, id, 'publish-at'), recordOf(root, id, 'published-at'));
  // A build staged for an instant before this one went live (a release by
  // hand superseding it) is never published: kept, a rollback from this
  // one would make it live, embargoed releases and all, before its instant.
  for (const old of listReleases(root)) {
    if (old >= id) break;
    if (isWaiting(root, old)) removeRelease(root, old);
  }
  const live = currentRelease(root);
  const staged = new Set(stagedReleases(root).map((each) => each.id));
  for (const old of listReleases(root).slice(0, -keep)) {
    if (old === live || staged.has(old)) continue;
    removeRelease(root, old);
  }
}

/**
 * Release a build: stage it, switch `current` to it, and delete all but the
 * newest `keep` releases (never the live one).
 *
 * @param root The deployment root (created if missing).
 * @param build The export to release (`out/`).
 * @param keep How many releases to keep, the new one included.
 * @returns The new release's id.
 */
export function release(root: string, build: string, keep = 5): string {
  if (keep < 2) throw new Error(`keep must be at least 2, so there is a release to roll back to (got ${keep})`);
  const id = stage(root, build);
  publish(root, id, keep);
  return id;
}

/**
 * Switch `current` back to the release before the live one, or to a given one:
 * only ever to a release that has been live, never to a build staged for an
 * embargo and not yet published.
 *
 * @param root The deployment root.
 * @param to The release to switch to (default: the one before the live one).
 * @returns The id now live.
 */
export function rollback(root: string, to?: string): string {
  // Only releases that have been live: a build staged for an instant still to come shows embargoed releases.
  if (to && isWaiting(root, to)) throw new Error(`${to} is staged for an embargo and has never been published: rolling back to it would publish it early`);
  const all = listReleases(root).filter((id) => !isWaiting(root, id));
  const live = currentRelease(root);
  const target = to ?? all[all.indexOf(live ?? '') - 1];
  if (!target || !all.includes(target)) {
    throw new Error(
      to
        ? `no release ${to} under ${releasesOf(root)} (there are: ${all.join(', ') || 'none'})`
        : `no release before ${live ?? 'the live one'} under ${releasesOf(root)}`,
    );
  }
  switchTo(root, target);
  return target;
}
