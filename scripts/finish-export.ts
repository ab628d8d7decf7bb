// The steps of `npm run build` after `next build`, in one process: the page
// cache, then the search index beside the share images and postbuild. Each is
// a script of its own that also runs alone; run apart, each paid Node's
// start, loading the content library and reading every release again, about
// 0.9 s a step at 1,000 releases. A step that fails ends the process, and
// the export is deleted (scripts/export-info.ts).
import {discardExportOnFailure, runsAlongside} from './export-info';

await import('./page-cache');
// Pagefind indexes in a process of its own, on the other core, while the
// share images and postbuild run here: at 1,000 releases its 2 s were a
// seventh of a correction, spent waiting. It reads only the statement pages
// (`{locale}/{release}/index.html`), which postbuild replaces whole, with a
// rename (lib/build/static-document.ts), and whose text it leaves as it is;
// postbuild leaves Pagefind's files to it and records the export only once
// it is done.
const search = import('./search-index');
runsAlongside(search);
let step = 'share images';
const rest = (async () => {
  await import('./share-images');
  step = 'postbuild';
  await import('./postbuild');
})();
const [searched, finished] = await Promise.allSettled([search, rest]);
// The first that failed is named: postbuild, waiting for the search index, fails with it.
const failed =
  searched.status === 'rejected' ? (['search index', searched] as const) : finished.status === 'rejected' ? ([step, finished] as const) : undefined;
if (failed) {
  discardExportOnFailure(failed[0]);
  throw failed[1].reason;
}
