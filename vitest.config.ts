import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// The tests that run whole builds share Next's working folder (.next/), so
// they run one at a time, after the others.
const WHOLE_BUILDS = [
  'tests/unit/archive-crawl.test.ts',
  'tests/unit/corpus-build.test.ts',
  'tests/unit/embargo-build.test.ts',
  'tests/unit/moved-pages.test.ts',
  'tests/unit/reproducible-build.test.ts',
];

// No test writes the project's own caches (a developer's builds reuse them):
// what reads releases in a test, or builds, caches in a folder of the tests'
// own unless it names another (tests/support/build-environment.ts).
const caches = '.test-builds/unit/caches';

export default defineConfig({
  resolve: {alias: {'@': fileURLToPath(new URL('.', import.meta.url))}},
  test: {
    env: {CONTENT_CACHE_DIR: `${caches}/content`, PAGE_CACHE_DIR: `${caches}/pages`, SHARE_CACHE_DIR: `${caches}/share-images`},
    projects: [
      {
        extends: true,
        test: {name: 'unit', include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: WHOLE_BUILDS, sequence: {groupOrder: 0}},
      },
      {
        extends: true,
        test: {name: 'whole builds', include: WHOLE_BUILDS, fileParallelism: false, sequence: {groupOrder: 1}},
      },
    ],
  },
});
