// The site's stylesheets as one file: Next may link several on a page (two,
// while the site had a web font: the site's own and the font's
// `@font-face`), and under a slow network each render-blocking stylesheet
// costs the first paint a request. Postbuild's static-document step links
// one file holding them all, in their order, beside them (their relative
// `url()`s stay right), named after its content like Next's own; a page
// that links one keeps it.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {threadId} from 'node:worker_threads';

/** Makes the one stylesheet that holds several: its address, written once. */
export type StylesheetMerger = (hrefs: readonly string[]) => string;

/**
 * A merger for an export: the merged file is written into the folder of the
 * first stylesheet, as `site-<hash>.css`, unless it is already there (pages
 * on other threads ask for the same one and write the same bytes).
 *
 * @param exportRoot The export folder.
 */
export function stylesheetMerger(exportRoot: string): StylesheetMerger {
  const made = new Map<string, string>();
  return (hrefs) => {
    const key = hrefs.join('\0');
    const known = made.get(key);
    if (known) return known;
    const folders = new Set(hrefs.map((href) => path.posix.dirname(href)));
    if (folders.size !== 1) throw new Error(`stylesheets in different folders cannot be merged without moving their url()s: ${hrefs.join(', ')}`);
    const css = hrefs
      .map((href) => {
        const file = path.join(exportRoot, ...href.split('/'));
        if (!existsSync(file)) throw new Error(`a page links the stylesheet ${href}, which the export does not hold`);
        return readFileSync(file, 'utf8').replace(/\n?$/, '\n');
      })
      .join('');
    const href = `${[...folders][0]}/site-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    const file = path.join(exportRoot, ...href.split('/'));
    if (!existsSync(file)) {
      // Whole or not at all: another thread may be writing the same bytes.
      writeFileSync(`${file}.${process.pid}-${threadId}`, css);
      renameSync(`${file}.${process.pid}-${threadId}`, file);
    }
    made.set(key, href);
    return href;
  };
}
