// Where a build writes: the export (`out/`) and the build's records
// (`build/`: the nginx configuration, csp.json, export-info.json, the share
// image report). `EXPORT_DIR` and `BUILD_DIR` move them, relative to the
// project, so that a test can build beside the export the browser suite
// serves; next.config.ts reads `EXPORT_DIR` as Next's `distDir`.
import path from 'node:path';

/** The export folder, absolute: `EXPORT_DIR` or `out`. */
export function exportFolder(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.EXPORT_DIR || 'out');
}

/** The build records folder, absolute: `BUILD_DIR` or `build`. */
export function recordsFolder(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.BUILD_DIR || 'build');
}
