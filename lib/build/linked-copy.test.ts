import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isSameFile, linkOrCopyFile, linkOrCopyTree} from './linked-copy';

const root = mkdtempSync(path.join(tmpdir(), 'linked-copy-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('copies out of a cache', () => {
  const cache = path.join(root, 'cache');
  mkdirSync(path.join(cache, 'nl', 'release', 'side-by-side'), {recursive: true});
  writeFileSync(path.join(cache, 'nl', 'release', 'index.html'), 'statement');
  writeFileSync(path.join(cache, 'nl', 'release', 'side-by-side', 'index.html'), 'both');

  it('mirror a tree as links to the same files, so no byte is copied on one disk', () => {
    const target = path.join(root, 'export', 'nl', 'release');
    mkdirSync(path.dirname(target), {recursive: true});
    linkOrCopyTree(path.join(cache, 'nl', 'release'), target);
    expect(readFileSync(path.join(target, 'side-by-side', 'index.html'), 'utf8')).toBe('both');
    const cached = statSync(path.join(cache, 'nl', 'release', 'index.html'));
    expect(statSync(path.join(target, 'index.html')).ino).toBe(cached.ino);
    expect(cached.nlink).toBe(2);
  });

  it('leave the cache whole when the export is deleted', () => {
    rmSync(path.join(root, 'export'), {recursive: true});
    expect(readFileSync(path.join(cache, 'nl', 'release', 'index.html'), 'utf8')).toBe('statement');
    expect(statSync(path.join(cache, 'nl', 'release', 'index.html')).nlink).toBe(1);
  });

  it('refuse to replace a file that is already there, rather than change it', () => {
    const target = path.join(root, 'taken.html');
    writeFileSync(target, 'other');
    expect(() => linkOrCopyFile(path.join(cache, 'nl', 'release', 'index.html'), target)).toThrow(/EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('other');
  });

  it('copy only what the filter keeps, files and folders', () => {
    const target = path.join(root, 'filtered');
    linkOrCopyTree(path.join(cache, 'nl', 'release'), target, (file) => path.basename(file) !== 'side-by-side');
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('statement');
    expect(() => statSync(path.join(target, 'side-by-side'))).toThrow(/ENOENT/);
  });

  it('tell a link to a file from a copy of it', () => {
    const source = path.join(cache, 'nl', 'release', 'index.html');
    const linked = path.join(root, 'linked.html');
    const copied = path.join(root, 'copied.html');
    linkOrCopyFile(source, linked);
    writeFileSync(copied, 'statement');
    expect(isSameFile(linked, source)).toBe(true);
    expect(isSameFile(copied, source)).toBe(false);
    expect(isSameFile(path.join(root, 'none.html'), source)).toBe(false);
  });
});
