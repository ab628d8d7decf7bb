import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// The tests that run whole builds share Next's working folder (.next/), so
// they run one at a time, after the others.
const WHOLE_BUILDS = [
  'tests/unit/archive-crawl.test.ts',
  'tests/unit/corpus-build.test.ts',
  'tests/unit/moved-pages.test.ts',
  'tests/unit/reproducible-build.test.ts',
];

export default defineConfig({
  resolve: {alias: {'@': fileURLToPath(new URL('.', import.meta.url))}},
  test: {
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
