import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkContent} from '@/lib/site/releases';

// The steps of `npm run build` after `next build` delete the export, and the
// record of what an earlier build made it from, when they fail: a
// half-processed export would otherwise be served by `npm start` (whose
// record still matched the sources) or published. tests/unit/page-cache.test.ts
// checks the same of the page cache step.
const root = mkdtempSync(path.join(tmpdir(), 'failed-steps-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** An export as an earlier step left it, with a record of an earlier build beside it; runs `script` on it. */
function failingStep(name: string, script: string, content: string, prepare: (exportRoot: string) => void = () => {}) {
  const exportRoot = path.join(root, name, 'out');
  const records = path.join(root, name, 'build');
  mkdirSync(path.join(exportRoot, 'nl'), {recursive: true});
  // A page without Next's scripts: postbuild refuses it as Next's markup having changed.
  writeFileSync(path.join(exportRoot, 'nl', 'index.html'), '<!doctype html><html><head><title>t</title></head><body><p>page</p></body></html>');
  prepare(exportRoot);
  mkdirSync(records, {recursive: true});
  writeFileSync(path.join(records, 'export-info.json'), '{"content": "content", "hash": "earlier"}\n');
  const result = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), [script], {
    env: {
      ...process.env,
      SITE_ORIGIN: 'https://press.example.org',
      CONTENT_DIR: content,
      CONTENT_CACHE_DIR: path.join(root, name, 'content-cache'),
      SHARE_CACHE_DIR: path.join(root, name, 'share-cache'),
      PAGE_CACHE_DIR: path.join(root, name, 'page-cache'),
      EXPORT_DIR: exportRoot,
      BUILD_DIR: records,
    },
    encoding: 'utf8',
  });
  return {status: result.status, output: `${result.stdout}${result.stderr}`, exportRoot, record: path.join(records, 'export-info.json')};
}

describe('a build step that fails', () => {
  it('share images: deletes the export and its record', () => {
    // Content the library refuses: the step cannot list the images.
    const run = failingStep('share-images', 'scripts/share-images.ts', path.resolve('tests', 'fixtures', 'content', 'refused-links'));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('share images failed: the export in');
    expect(existsSync(run.exportRoot)).toBe(false);
    expect(existsSync(run.record)).toBe(false);
  }, 60_000);

  it('run together after next build (scripts/finish-export.ts): stop at the first that fails, and name it alone', () => {
    // Pages for every release and archive page, but not as Next writes them:
    // the page cache, the share images and the search index pass, postbuild fails.
    const content = path.resolve('tests', 'fixtures', 'content', 'valid');
    const run = failingStep('finish-export', 'scripts/finish-export.ts', content, (exportRoot) => {
      for (const release of checkContent(content).releases) {
        for (const locale of ['nl', 'en']) {
          mkdirSync(path.join(exportRoot, locale, release.key), {recursive: true});
          writeFileSync(path.join(exportRoot, locale, release.key, 'index.html'), `<!doctype html><html lang="${locale}"><body><p>page</p></body></html>`);
          const archive = path.join(exportRoot, locale, 'archive', release.date.slice(0, 4));
          mkdirSync(archive, {recursive: true});
          writeFileSync(path.join(archive, 'index.html'), `<!doctype html><html lang="${locale}"><body><p>archive</p></body></html>`);
        }
        mkdirSync(path.join(exportRoot, 'data', 'releases'), {recursive: true});
        writeFileSync(path.join(exportRoot, 'data', 'releases', `${release.key}.json`), '{}');
      }
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('page cache: ');
    expect(run.output).toContain('share images: ');
    expect(run.output).toContain('search index: ');
    expect(run.output).toContain("has Next's markup changed?");
    expect(run.output).toContain('postbuild failed: the export in');
    expect(run.output.match(/ failed: the export in/g)).toHaveLength(1);
    expect(existsSync(run.exportRoot)).toBe(false);
    expect(existsSync(run.record)).toBe(false);
  }, 120_000);

  it('postbuild: deletes the export and its record, and says why it failed', () => {
    const run = failingStep('postbuild', 'scripts/postbuild.ts', path.resolve('tests', 'fixtures', 'content', 'valid'));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("has Next's markup changed?");
    expect(run.output).toContain('postbuild failed: the export in');
    expect(existsSync(run.exportRoot)).toBe(false);
    expect(existsSync(run.record)).toBe(false);
  }, 60_000);
});
