import {spawnSync} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';

// The page cache's keys (lib/page-cache.ts), computed in a copy of the
// project's rendering code so that a code change can be made without
// touching the real one. tests/unit/reproducible-build.test.ts checks the
// cache through whole builds.
const root = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const project = path.join(root, 'project');
for (const source of ['app', 'components', 'enhancements', 'i18n', 'lib', 'messages', 'next.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json']) {
  cpSync(source, path.join(project, source), {recursive: true});
}
symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
writeFileSync(
  path.join(project, 'keys.ts'),
  [
    "import {releasePagesKey} from '@/lib/page-cache';",
    "import {getReleases} from '@/lib/releases';",
    'console.log(JSON.stringify(Object.fromEntries(getReleases().map((release) => [release.key, releasePagesKey(release)]))));',
  ].join('\n'),
);
const content = path.join(root, 'content');
generateContent(content, 2);
const [first, second] = readdirSync(path.join(content, 'releases')).sort();

/** The page cache key of each release, as a build would compute it now. */
function keys(origin = 'https://press.example.org'): Record<string, string> {
  const result = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), ['keys.ts'], {
    cwd: project,
    env: {...process.env, CONTENT_DIR: content, CONTENT_CACHE_DIR: path.join(root, 'content-cache'), SITE_ORIGIN: origin},
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe("the page cache's keys", () => {
  const before = keys();

  it('are one per release, and the same when nothing changed', () => {
    expect(Object.keys(before).sort()).toEqual([first, second]);
    expect(before[first!]).not.toBe(before[second!]);
    expect(keys()).toEqual(before);
  });

  it('change for one release when one of its files changes, and for no other', () => {
    const english = path.join(content, 'releases', second!, 'en.md');
    const text = readFileSync(english, 'utf8');
    writeFileSync(english, text.replace(/^(## Commitment on \w+)/m, '$1 and law'));
    try {
      const after = keys();
      expect(after[first!]).toBe(before[first!]);
      expect(after[second!]).not.toBe(before[second!]);
    } finally {
      writeFileSync(english, text);
    }
  });

  it('change for every release when a file of the code that renders pages changes, or the origin', () => {
    expect(Object.values(keys('https://elsewhere.example.org'))).not.toContain(before[first!]);
    appendFileSync(path.join(project, 'components', 'ReleaseHeader.tsx'), '\n// a change\n');
    const after = keys();
    expect(after[first!]).not.toBe(before[first!]);
    expect(after[second!]).not.toBe(before[second!]);
  });
});
