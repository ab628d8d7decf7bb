import {spawnSync} from 'node:child_process';
import {statSync} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '@/lib/build/build-inputs';

// Where tests build: `.test-builds/<name>/`, inside the project because
// `next build` writes its output there, and apart from the project's own
// out/, build/ and .cache/, which `npm start` serves and a developer's
// builds reuse. Git and the linters ignore the folder.
const TEST_BUILDS = '.test-builds';

/** A build of its own for a test: its export, its records and its caches. */
export interface BuildEnvironment {
  /** The folder that holds all of it; delete it when done. */
  root: string;
  /** The export (`EXPORT_DIR`). */
  out: string;
  /** The build's records (`BUILD_DIR`). */
  records: string;
  /** The variables that point a build there, caches included. */
  env: Record<'EXPORT_DIR' | 'BUILD_DIR' | 'SHARE_CACHE_DIR' | 'CONTENT_CACHE_DIR' | 'PAGE_CACHE_DIR', string>;
}

/**
 * An isolated build environment: export, records and caches under `.test-builds/<name>/`.
 *
 * @param name The test's folder.
 * @param caches Another environment's name whose caches to share (a warm build after a cold one).
 */
export function buildEnvironment(name: string, caches = name): BuildEnvironment {
  const root = path.join(TEST_BUILDS, name);
  const cacheRoot = path.join(TEST_BUILDS, caches, 'caches');
  const out = path.join(root, 'out');
  const records = path.join(root, 'build');
  return {
    root,
    out,
    records,
    env: {
      EXPORT_DIR: out,
      BUILD_DIR: records,
      SHARE_CACHE_DIR: path.join(cacheRoot, 'share-images'),
      CONTENT_CACHE_DIR: path.join(cacheRoot, 'content'),
      PAGE_CACHE_DIR: path.join(cacheRoot, 'pages'),
    },
  };
}

/**
 * Run `npm run <script>` (the build, by default) in an environment, with a content folder and origin.
 *
 * @param environment Where it builds.
 * @param variables `CONTENT_DIR`, `SITE_ORIGIN` and whatever else the run needs.
 * @param script The npm script.
 */
export function runIn(environment: BuildEnvironment, variables: Record<string, string>, script = 'build') {
  return spawnSync('npm', ['run', '--silent', script], {env: {...process.env, ...environment.env, ...variables}, encoding: 'utf8', timeout: 1_800_000});
}

/** Every file of the project's own export, records and caches, with its size and time: what a test must leave as it found. */
export function projectFolders(): string[] {
  return ['out', 'build', '.cache'].flatMap((folder) =>
    filesUnder(folder).map((file) => {
      const {size, mtimeMs} = statSync(file);
      return `${file} ${size} ${mtimeMs}`;
    }),
  );
}
