// Copies out of the build's caches into the export, as hard links where the
// disk allows. A correction at 1,000 releases copied some 40,000 cached
// pages and images into the export (about 11 of its 34 s); a link costs a
// directory entry, not the file's bytes. Nothing writes to a file of the
// export in place once it came from a cache (postbuild leaves cached pages as
// they are, and every other step writes new files), so the cache's copy is
// never changed through the export's; deleting the export leaves the cache whole.
import {copyFileSync, linkSync, mkdirSync, readdirSync} from 'node:fs';
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
 * a link or a copy (linkOrCopyFile).
 *
 * @param source The folder to copy.
 * @param target Where its tree goes.
 */
export function linkOrCopyTree(source: string, target: string): void {
  mkdirSync(target, {recursive: true});
  for (const entry of readdirSync(source, {withFileTypes: true})) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) linkOrCopyTree(from, to);
    else linkOrCopyFile(from, to);
  }
}
