// What an export was built from, recorded in `build/export-info.json` by
// `npm run build` and compared by `npm start`: the content folder, one hash
// over the content and every input of the export (lib/build/build-inputs.ts,
// site.yml among them), and the origin
// its absolute URLs point at. File times alone miss an export built from
// another CONTENT_DIR, or for another address.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildInputs, filesUnder, hashInputs} from '@/lib/build/build-inputs';
import {exportFolder, recordsFolder} from './folders';

/** What `build/export-info.json` holds. */
interface ExportInfo {
  /** The content folder, absolute. */
  content: string;
  /** SHA-256 over the content's and the sources' paths and bytes. */
  hash: string;
  /** The origin of the export's absolute URLs (`SITE_ORIGIN`). */
  origin?: string;
  /** The first embargo to end after the instant the export was published at: from then on, it lacks a release. */
  nextEmbargo?: string;
}

/**
 * What an export of this project would be built from now.
 *
 * @param projectRoot The project folder.
 * @param content The content folder (`CONTENT_DIR`, or `content/`).
 */
function currentExportInfo(projectRoot: string, content: string): ExportInfo {
  const contentRoot = path.resolve(projectRoot, content);
  const hash = createHash('sha256').update(hashInputs(buildInputs().export, {root: projectRoot}));
  for (const file of filesUnder(contentRoot)) {
    hash.update(`content/${path.relative(contentRoot, file).split(path.sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return {content: contentRoot, hash: hash.digest('hex')};
}

/** Where the record lives. */
function infoFile(projectRoot: string): string {
  return path.join(recordsFolder(projectRoot), 'export-info.json');
}

// The step under way in this process: the steps after `next build` run one
// after the other in one process (scripts/finish-export.ts), and only the one
// that failed is named.
let currentStep: string | undefined;

/**
 * For a step of `npm run build` after `next build`: if the step fails, the
 * export and its record are deleted, so that nothing half-built is served
 * (`npm start` then builds again) or published (`npm run release` finds no
 * export), and the record of an earlier build cannot vouch for it. Called
 * again by a later step of the same process, it names that step instead.
 *
 * @param step The step's name, for the message.
 * @param projectRoot The project folder.
 */
export function discardExportOnFailure(step: string, projectRoot = process.cwd()): void {
  const first = currentStep === undefined;
  currentStep = step;
  if (!first) return;
  process.on('exit', (code) => {
    if (code === 0) return;
    const exportRoot = exportFolder(projectRoot);
    rmSync(exportRoot, {recursive: true, force: true});
    rmSync(infoFile(projectRoot), {force: true});
    console.error(
      `${currentStep} failed: the export in ${path.relative(projectRoot, exportRoot) || '.'} was deleted, so that nothing half-built is served or published`,
    );
  });
}

/**
 * Record what the export in `out/` was built from.
 *
 * @param projectRoot The project folder.
 * @param content The content folder the build read.
 * @param origin The origin the build made its absolute URLs from.
 * @param nextEmbargo The first embargo (an ISO instant) that ends after the instant the export was published at.
 */
export function writeExportInfo(projectRoot: string, content: string, origin?: string, nextEmbargo?: string): void {
  mkdirSync(recordsFolder(projectRoot), {recursive: true});
  const info: ExportInfo = {...currentExportInfo(projectRoot, content), ...(origin ? {origin} : {}), ...(nextEmbargo ? {nextEmbargo} : {})};
  writeFileSync(infoFile(projectRoot), `${JSON.stringify(info, null, 2)}\n`);
}

/**
 * Why the export must be rebuilt before it is served, or nothing when it is
 * what the content and sources would make now.
 *
 * @param projectRoot The project folder.
 * @param content The content folder `npm start` is asked to serve.
 * @param origin The origin its absolute URLs must point at, if that matters.
 */
export function staleExportReason(projectRoot: string, content: string, origin?: string): string | undefined {
  const file = infoFile(projectRoot);
  if (!existsSync(exportFolder(projectRoot))) return 'there is no export yet';
  if (!existsSync(file)) return 'the export has no record of what it was built from';
  const built = JSON.parse(readFileSync(file, 'utf8')) as ExportInfo;
  const now = currentExportInfo(projectRoot, content);
  const show = (folder: string) => path.relative(projectRoot, folder) || '.';
  if (built.content !== now.content) return `the export was built from ${show(built.content)}, not ${show(now.content)}`;
  if (built.hash !== now.hash) return 'the content or the sources changed since the export was built';
  if (origin && built.origin !== origin) return `the export was built for ${built.origin ?? 'another address'}, not ${origin}`;
  if (built.nextEmbargo && Date.now() >= Date.parse(built.nextEmbargo)) return `an embargo ended at ${built.nextEmbargo}, after the export was built`;
  return undefined;
}
