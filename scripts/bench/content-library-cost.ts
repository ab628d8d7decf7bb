// Where the content library's time goes, per file: the whole check, and the
// pieces it is made of timed alone on the same files held in memory.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {routing} from '@/i18n/routing';
import {createContentLibrary} from '@/lib/content';
// Internal modules, imported only here: pages go through the public entry.
import {checkCorrespondence} from '@/lib/content/correspondence';
import {parseFrontMatter} from '@/lib/content/front-matter';
import {markdownParser, parseSections} from '@/lib/content/sections';
import {CHROME_IDS, FRAGMENT_IDS, RESERVED_SEGMENTS} from '@/lib/site/routes';

// What `lib/site/releases.ts` passes the library, so the pieces are timed as the site runs them.
const SITE_OPTIONS = {reservedSegments: RESERVED_SEGMENTS, chromeIds: Object.values(CHROME_IDS), ids: FRAGMENT_IDS};
const LIBRARY_OPTIONS = {...SITE_OPTIONS, locales: routing.locales, lengthRatios: {nl: 1.1}};

/** Milliseconds per content file (one release in one language). */
export interface LibraryCost {
  /** `checkContent` on the folder without the parse cache (cold): reading, parsing, validating, aligning. */
  whole: number;
  /** `checkContent` on the folder with every file in the parse cache (warm). */
  warm: number;
  /** The front matter block: YAML and the zod schema. */
  frontMatter: number;
  /** The body into sections: Markdown parse, checks and HTML. */
  sections: number;
  /** The Markdown parse alone, with the plugins sections.ts uses. */
  markdownParse: number;
  /** The correspondence check between the languages, per release (not per file). */
  correspondencePerRelease: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Warm-up passes over about 400 files for the JIT to settle (a single pass
// over 20 files measured twice the steady cost), then the median of at least
// three timed passes. The pieces take turns within each pass, so a change in
// the machine's load falls on all of them alike.
function perFile<Piece extends string>(files: number, pieces: Record<Piece, () => void>): Record<Piece, number> {
  const entries = Object.entries(pieces) as Array<[Piece, () => void]>;
  for (let run = 0; run < Math.ceil(400 / files); run++) entries.forEach(([, pass]) => pass());
  const times = new Map<Piece, number[]>(entries.map(([name]) => [name, []]));
  for (let run = 0; run < Math.max(3, Math.ceil(400 / files)); run++) {
    for (const [name, pass] of entries) {
      const start = performance.now();
      pass();
      times.get(name)!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, median(times.get(name)!) / files])) as Record<Piece, number>;
}

/**
 * Time the content library on a folder of releases, whole and by piece.
 *
 * @param folder A content folder (with `releases/<key>/<locale>.md`).
 */
export function measureLibrary(folder: string): LibraryCost {
  const root = path.join(folder, 'releases');
  const texts = readdirSync(root).flatMap((key) =>
    readdirSync(path.join(root, key))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({file: path.join(root, key, name), raw: readFileSync(path.join(root, key, name), 'utf8')})),
  );
  const fronts = texts.map(({file, raw}) => ({file, ...parseFrontMatter(raw, file)}));
  // Each release's first language against the others, as checkContent compares them.
  const uncached = createContentLibrary(LIBRARY_OPTIONS);
  const pairs = uncached.checkContent(folder).releases.flatMap((release) => {
    const [reference, ...others] = Object.values(release.versions);
    return others.map((other) => [reference!, other] as const);
  });
  const releases = new Set(pairs.map(([reference]) => reference)).size;
  const cacheFolder = mkdtempSync(path.join(tmpdir(), 'library-cost-'));
  const cached = createContentLibrary({...LIBRARY_OPTIONS, cache: {directory: cacheFolder, version: 'bench'}});
  const {correspondence, ...cost} = perFile(texts.length, {
    whole: () => uncached.checkContent(folder),
    warm: () => cached.checkContent(folder),
    frontMatter: () => texts.forEach(({file, raw}) => parseFrontMatter(raw, file)),
    sections: () => fronts.forEach(({file, body, bodyLineOffset}) => parseSections(body, file, bodyLineOffset, SITE_OPTIONS)),
    markdownParse: () => fronts.forEach(({body}) => markdownParser.parse(body)),
    correspondence: () => pairs.forEach(([reference, other]) => checkCorrespondence(reference, other)),
  });
  rmSync(cacheFolder, {recursive: true, force: true});
  return {...cost, correspondencePerRelease: (correspondence * texts.length) / releases};
}

// `tsx scripts/bench/content-library-cost.ts <folder>…`: this measurement
// alone, without building, on folders written by generate-content.ts.
if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'content-library-cost.ts'))) {
  for (const folder of process.argv.slice(2)) {
    const cost = measureLibrary(path.resolve(folder));
    console.log(
      `${folder}: ${Object.entries(cost)
        .map(([name, ms]) => `${name} ${ms.toFixed(3)} ms`)
        .join(', ')}`,
    );
  }
}
