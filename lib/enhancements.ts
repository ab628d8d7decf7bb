import {readdirSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import type {EnhancementScript} from './static-document';

/** Where the bundled enhancements are served from, under the export. */
export const ENHANCEMENTS_PATH = '/enhance/';

/**
 * Bundle every module of a folder of enhancements, each alone, minified,
 * into a content-hashed file. A module named `copy-text.ts` enhances the
 * elements marked `data-copy-text`.
 *
 * @param sourceDir The folder of enhancement modules (`enhancements/`).
 * @param exportRoot The export folder; the files go to its `enhance/`.
 */
export async function bundleEnhancements(sourceDir: string, exportRoot: string): Promise<EnhancementScript[]> {
  const names = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -'.ts'.length));
  for (const name of names) {
    if (!/^[a-z]+(-[a-z]+)*$/.test(name))
      throw new Error(`${path.join(sourceDir, name)}.ts: an enhancement's name is lowercase words joined by hyphens, as its data attribute is`);
  }
  const result = await build({
    entryPoints: names.map((name) => path.join(sourceDir, `${name}.ts`)),
    outdir: path.join(exportRoot, ENHANCEMENTS_PATH),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs);
  return names.map((name) => {
    const source = path.join(sourceDir, `${name}.ts`).split(path.sep).join('/');
    const output = outputs.find(([, meta]) => meta.entryPoint === source)?.[0];
    if (!output) throw new Error(`${source}: esbuild wrote no file for it`);
    return {attribute: `data-${name}`, src: `${ENHANCEMENTS_PATH}${path.basename(output)}`};
  });
}
