// What shapes the build's output, declared once. Each cache and the export
// record key on a hash of the inputs that concern it, walked and hashed by
// the one function below; a file left out of these lists is a change the
// site would not notice (site.yml once was, in all four).
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {siteConfigFile} from '@/lib/site/publisher';
import {SHARE_FONT_FILES} from '@/lib/build/share-fonts';

const PACKAGES = ['package.json', 'package-lock.json'];

/**
 * The project's files and folders that shape what a build publishes,
 * relative to the project (the site's configuration wherever `SITE_CONFIG`
 * puts it), by what they shape. Tests (`*.test.ts`) in them shape nothing
 * and are left out.
 */
export function buildInputs() {
  const site = siteConfigFile();
  return {
    /** The content library and its binding to the site: what a parsed release is. */
    model: ['lib/content', 'lib/site/releases.ts', 'lib/site/routes.ts', 'i18n/routing.ts', ...PACKAGES],
    /** What draws a share image, besides what it shows. */
    drawing: ['lib/site/share-card.tsx', 'lib/build/share-render.ts', ...SHARE_FONT_FILES],
    /** Everything a page can be made from, up to the file the build publishes. */
    pages: [
      site,
      'scripts/postbuild.ts',
      'app',
      'components',
      'enhancements',
      'i18n',
      'lib',
      'messages',
      'public',
      'next.config.ts',
      'tsconfig.json',
      ...PACKAGES,
    ],
    /** Everything an export is made from besides the content: what `npm start` compares. */
    export: [
      site,
      'app',
      'components',
      'deploy',
      'enhancements',
      'i18n',
      'lib',
      'messages',
      'public',
      'scripts',
      'next.config.ts',
      'tsconfig.json',
      ...PACKAGES,
    ],
  };
}

const TEST_FILE = /\.test\.tsx?$/;

/**
 * Every file at or below a path, sorted by name at each level (the same
 * order on every machine); nothing when the path does not exist.
 *
 * @param target A file or folder.
 * @param passBy The folders below it to leave out, with all they hold.
 */
export function filesUnder(target: string, passBy: (folder: string) => boolean = () => false): string[] {
  const stat = statSync(target, {throwIfNoEntry: false});
  if (!stat) return [];
  if (!stat.isDirectory()) return [target];
  const files: string[] = [];
  walk(target, files, passBy);
  return files;
}

// One system call a folder, not one a file: postbuild walks an export of
// some 70,000 files at 1,000 releases. Links are followed, as statSync does.
function walk(folder: string, files: string[], passBy: (folder: string) => boolean): void {
  const entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    // A link that leads nowhere is no file.
    const linked = entry.isSymbolicLink() ? statSync(full, {throwIfNoEntry: false}) : undefined;
    if (entry.isSymbolicLink() && !linked) continue;
    if (entry.isDirectory() || linked?.isDirectory()) {
      if (!passBy(full)) walk(full, files, passBy);
    } else files.push(full);
  }
}

/**
 * A SHA-256 over the paths and bytes of every file of these inputs (tests
 * left out), as hex.
 *
 * @param inputs Files and folders, relative to the project (`buildInputs().pages`).
 * @param options `root`: the project folder (the working folder by default); `salt`: a text hashed first, for what else the key depends on.
 */
export function hashInputs(inputs: readonly string[], options: {root?: string; salt?: string} = {}): string {
  const root = options.root ?? '.';
  const hash = createHash('sha256').update(`${options.salt ?? ''}\0`);
  for (const input of inputs) {
    for (const file of filesUnder(path.resolve(root, input))) {
      if (TEST_FILE.test(file)) continue;
      hash
        .update(`${path.relative(root, file).split(path.sep).join('/')}\0`)
        .update(readFileSync(file))
        .update('\0');
    }
  }
  return hash.digest('hex');
}
