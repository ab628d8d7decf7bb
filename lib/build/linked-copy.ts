// Copies out of the build's caches into the export, as hard links where the
// disk allows. A correction at 1,000 releases copied some 40,000 cached
// pages and images into the export (about 11 of its 34 s); a link costs a
// directory entry, not the file's bytes. Nothing writes to a file of the
// export in place once it came from a cache (postbuild leaves cached pages as
// they are, and every other step writes new files), so the cache's copy is
// never changed through the export's; deleting the export leaves the cache whole.
import {copyFileSync, linkSync, mkdirSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/**
 * Put a file at `target`, linked to `source` where both are on one disk,
 * otherwise copied. The target's folder must exist and the target must not.
 *
 * @param source The file to copy.
 * @param target Where it goes.
 */
export function linkOrCopyFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another disk, or one that has no hard links: a plain copy.
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error;
    copyFileSync(source, target);
  }
}

/**
 * Copy a folder's tree to `target`, which must not exist yet, each file as
 * a link or a copy (linkOrCopyFile). The target's parent folder must exist.
 *
 * @param source The folder to copy.
 * @param target Where its tree goes.
 * @param keep Which files and folders of the source to copy, by their path (all by default).
 */
export function linkOrCopyTree(source: string, target: string, keep: (file: string) => boolean = () => true): void {
  // Not recursive: the parent exists, and at 1,000 releases the tree is some
  // 14,000 folders, each a system call.
  mkdirSync(target);
  for (const entry of readdirSync(source, {withFileTypes: true})) {
    const from = path.join(source, entry.name);
    if (!keep(from)) continue;
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) linkOrCopyTree(from, to, keep);
    else linkOrCopyFile(from, to);
  }
}

/**
 * Whether `file` is `source` itself, a link to the same file on the same
 * disk (so the same bytes, whatever either path is called).
 *
 * @param file A file, which may not exist.
 * @param source Another.
 */
export function isSameFile(file: string, source: string): boolean {
  const a = statSync(file, {throwIfNoEntry: false});
  const b = statSync(source, {throwIfNoEntry: false});
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}
