// Where a build writes: the export (`out/`) and the build's records
// (`build/`: the nginx configuration, csp.json, export-info.json, the share
// image report). `EXPORT_DIR` and `BUILD_DIR` move them, relative to the
// project, so that a test can build beside the export the browser suite
// serves; scripts/build.ts moves Next's export there.
import path from 'node:path';

/** The export folder, absolute: `EXPORT_DIR` or `out`. */
export function exportFolder(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.EXPORT_DIR || 'out');
}

/**
 * Build or serve the preview for journalists: `SITE_PREVIEW=1`, and its own
 * export and records (`out-preview/`, `build-preview/`) unless EXPORT_DIR and
 * BUILD_DIR say otherwise.
 */
export function choosePreviewFolders(): void {
  process.env.SITE_PREVIEW = '1';
  process.env.EXPORT_DIR ||= 'out-preview';
  process.env.BUILD_DIR ||= 'build-preview';
}

/** The build records folder, absolute: `BUILD_DIR` or `build`. */
export function recordsFolder(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.BUILD_DIR || 'build');
}

/**
 * Where a build sets the export it replaces aside (in the records folder):
 * the page cache step moves the folders of unchanged releases back from it
 * rather than making them again, and the build deletes the rest at its end.
 */
export function previousExportFolder(projectRoot = process.cwd()): string {
  return path.join(recordsFolder(projectRoot), 'previous-export');
}
