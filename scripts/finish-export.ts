// The steps of `npm run build` after `next build`, in one process: the page
// cache, then the share images beside the search index, then postbuild. Each is a
// script of its own that also runs alone; run apart, each paid Node's start,
// loading the content library and reading every release again, about 0.9 s
// a step at 1,000 releases, a sixth of a correction's wait. A step that
// fails ends the process, and the export is deleted (scripts/export-info.ts).
import {discardExportOnFailure} from './export-info';

await import('./page-cache');
// Pagefind indexes in a process of its own, so it runs beside the share
// images, on the other core. Both must be done before postbuild, which
// compresses and lists their files.
const [images, search] = await Promise.allSettled([import('./share-images'), import('./search-index')]);
for (const [step, result] of [
  ['share images', images],
  ['search index', search],
] as const) {
  if (result.status === 'rejected') {
    discardExportOnFailure(step);
    throw result.reason;
  }
}
await import('./postbuild');
