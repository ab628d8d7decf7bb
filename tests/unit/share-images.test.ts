import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';
import {routing} from '@/i18n/routing';
import {checkContent} from '@/lib/site/releases';
import {writeShareImages} from '@/lib/build/share-images';

// The share image step alone, without `next build`: which images a build
// renders and which it copies from the cache. tests/unit/reproducible-build.test.ts
// checks the same through whole builds.
const root = mkdtempSync(path.join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const content = path.join(root, 'content');
const cache = path.join(root, 'cache');
const releasesOf = () => {
  const report = checkContent(content);
  expect(report.problems).toEqual([]);
  return report.releases;
};
/** Every file of an export, by its path inside it, with its bytes. */
function exported(folder: string): Map<string, Buffer> {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));
  return new Map(walk(folder).map((file) => [`/${path.relative(folder, file).split(path.sep).join('/')}`, readFileSync(file)]));
}
const imagesOf = (key: string) =>
  routing.locales.flatMap((locale) => [
    `/${locale}/${key}/share.png`,
    ...['justice', 'prisons', 'minors', 'dialogue', 'migration'].map((commitment) => `/${locale}/${key}/${commitment}/share.png`),
  ]);

describe('share images rendered once', () => {
  // Two generated releases; the content folder holds the first, then both.
  const source = path.join(root, 'generated');
  generateContent(source, 2);
  const [first, second] = readdirSync(path.join(source, 'releases')).sort();
  const add = (key: string) => cpSync(path.join(source, 'releases', key), path.join(content, 'releases', key), {recursive: true});
  add(first!);

  it('renders every image of a new folder, then none on a rebuild', async () => {
    const cold = await writeShareImages(releasesOf(), path.join(root, 'out-1'), cache);
    expect(cold.rendered.sort()).toEqual(imagesOf(first!).sort());
    expect(cold.cached).toBe(0);
    const warm = await writeShareImages(releasesOf(), path.join(root, 'out-2'), cache);
    expect(warm).toEqual({rendered: [], cached: 12});
    expect(exported(path.join(root, 'out-2'))).toEqual(exported(path.join(root, 'out-1')));
  }, 120_000);

  it('renders only the images of a release added to the folder, and leaves the others byte for byte', async () => {
    add(second!);
    const report = await writeShareImages(releasesOf(), path.join(root, 'out-3'), cache);
    expect(report.rendered.sort()).toEqual(imagesOf(second!).sort());
    expect(report.cached).toBe(12);
    const before = exported(path.join(root, 'out-2'));
    const after = exported(path.join(root, 'out-3'));
    for (const [file, bytes] of before) expect(after.get(file), file).toEqual(bytes);
    expect([...after.keys()].filter((file) => !before.has(file)).sort()).toEqual(imagesOf(second!).sort());
  }, 120_000);

  it('renders again exactly the image that shows a commitment heading changed in one language', async () => {
    const file = path.join(content, 'releases', first!, 'nl.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('## Engagement over minors (3)');
    writeFileSync(file, text.replace('## Engagement over minors (3)', '## Engagement over minderjarigen (3)'));
    const report = await writeShareImages(releasesOf(), path.join(root, 'out-4'), cache);
    expect(report.rendered).toEqual([`/nl/${first}/minors/share.png`]);
    expect(report.cached).toBe(23);
    const before = exported(path.join(root, 'out-3'));
    const after = exported(path.join(root, 'out-4'));
    const changed = [...after.keys()].filter((name) => !after.get(name)!.equals(before.get(name)!));
    expect(changed).toEqual([`/nl/${first}/minors/share.png`]);
  }, 120_000);

  it('makes the same images with the cache folder deleted', async () => {
    rmSync(cache, {recursive: true});
    const report = await writeShareImages(releasesOf(), path.join(root, 'out-5'), cache);
    expect(report.rendered).toHaveLength(24);
    expect(exported(path.join(root, 'out-5'))).toEqual(exported(path.join(root, 'out-4')));
  }, 240_000);

  it('leaves an image already linked in place, and replaces one that is not the cached image', async () => {
    // An export written over again, as the folders of unchanged releases are (scripts/page-cache.ts).
    const folder = path.join(root, 'out-5');
    const kept = path.join(folder, 'nl', first!, 'share.png');
    const stale = path.join(folder, 'en', first!, 'share.png');
    // Linking or unlinking a file changes its inode's ctime: left alone, it keeps it.
    const {ino, ctimeMs} = statSync(kept);
    const image = readFileSync(stale);
    rmSync(stale);
    writeFileSync(stale, 'an image of an older card');
    const report = await writeShareImages(releasesOf(), folder, cache);
    expect(report).toEqual({rendered: [], cached: 24});
    expect(statSync(kept)).toMatchObject({ino, ctimeMs});
    expect(readFileSync(stale)).toEqual(image);
    expect(exported(folder)).toEqual(exported(path.join(root, 'out-4')));
  }, 120_000);

  it("draws the same images on worker threads as in the build's own thread", async () => {
    // A large build draws on one worker per core (lib/build/share-images.ts); two
    // are forced here on 24 images, which a build would draw in its own thread.
    const pooled = path.join(root, 'cache-pooled');
    process.env.BUILD_WORKERS = '2';
    try {
      const report = await writeShareImages(releasesOf(), path.join(root, 'out-6'), pooled);
      expect(report.rendered).toHaveLength(24);
    } finally {
      delete process.env.BUILD_WORKERS;
    }
    expect(exported(path.join(root, 'out-6'))).toEqual(exported(path.join(root, 'out-5')));
    expect(readdirSync(pooled).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 240_000);
});
