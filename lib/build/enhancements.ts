import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildSync} from 'esbuild';
import {ENHANCEMENTS_PATH} from '@/lib/site/routes';

/** The enhancements a build can add to its pages. */
export interface Enhancements {
  /** The data attribute of each, which marks the elements it enhances (`data-copy-text`). */
  attributes: readonly string[];
  /**
   * The URL of the one script that carries exactly the enhancements of these
   * attributes, bundled the first time a page asks for that combination.
   */
  scriptFor(attributes: readonly string[]): string;
  /** The scripts bundled so far. */
  scripts(): string[];
}

/**
 * The data attributes of the enhancements a bundled script holds, read from
 * its name (`/enhance/copy-text.language-link-3F2A9C1B.js`: `data-copy-text`,
 * `data-language-link`), as `scriptFor` names it.
 */
export function scriptAttributes(script: string): string[] {
  const name = path.basename(script, '.js');
  return name
    .slice(0, name.lastIndexOf('-'))
    .split('.')
    .map((enhancement) => `data-${enhancement}`);
}

/**
 * The enhancements of a folder of modules, bundled on demand: each page gets
 * one script holding exactly the enhancements it uses, minified, under a
 * content-hashed name (`/enhance/copy-text.language-link-3F2A9C1B.js`). One
 * request a page rather than one per enhancement: a script is a request on
 * the way to the first paint of a phone on a slow network. A module named
 * `copy-text.ts` enhances the elements marked `data-copy-text`.
 *
 * @param sourceDir The folder of enhancement modules (`enhancements/`).
 * @param exportRoot The export folder; the files go to its `enhance/`.
 * @throws When a module's name cannot be a data attribute.
 */
export function enhancementBundler(sourceDir: string, exportRoot: string): Enhancements {
  const names = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
  for (const name of names) {
    if (!/^[a-z]+(-[a-z]+)*$/.test(name))
      throw new Error(`${path.join(sourceDir, name)}.ts: an enhancement's name is lowercase words joined by hyphens, as its data attribute is`);
  }
  const bundles = new Map<string, string>();
  return {
    attributes: names.map((name) => `data-${name}`),
    scriptFor(attributes) {
      const chosen = names.filter((name) => attributes.includes(`data-${name}`));
      if (chosen.length === 0 || chosen.length !== new Set(attributes).size) throw new Error(`no enhancement for ${attributes.join(', ') || 'nothing'}`);
      const key = chosen.join('.');
      const known = bundles.get(key);
      if (known) return known;
      // The modules run in their names' order, each on its own elements. The
      // entry's name is none a module can have (`+`), so it cannot import itself.
      const result = buildSync({
        stdin: {
          contents: chosen.map((name) => `import './${name}';`).join('\n'),
          resolveDir: path.resolve(sourceDir),
          loader: 'ts',
          sourcefile: `${key}+entry.ts`,
        },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2020',
        write: false,
        logLevel: 'warning',
      });
      const code = result.outputFiles[0]!.contents;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8).toUpperCase();
      const file = `${key}-${hash}.js`;
      mkdirSync(path.join(exportRoot, ENHANCEMENTS_PATH), {recursive: true});
      writeFileSync(path.join(exportRoot, ENHANCEMENTS_PATH, file), code);
      const src = `${ENHANCEMENTS_PATH}${file}`;
      bundles.set(key, src);
      return src;
    },
    scripts: () => [...bundles.values()].sort(),
  };
}
