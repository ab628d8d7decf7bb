import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {alignSections, type AlignableVersion} from './alignment';
import {checkCorrespondence} from './correspondence';
import {parseFrontMatter} from './front-matter';
import type {Release, ReleaseVersion, Section} from './model';
import {resolveOptions, type ContentOptions, type ResolvedOptions} from './options';
import {alignParagraphs, blockFallbacks, paragraphWarnings} from './paragraphs';
import {ContentError, type ContentProblem} from './problems';
import {parseSections, renderNote} from './sections';
import {decodeContent} from './text';

/** Release keys are URL segments: lowercase letters and digits joined by hyphens. */
const RELEASE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What `checkContent` found: the releases that are sound, and every problem. */
export interface ContentReport<L extends string = string> {
  releases: Release<L>[];
  problems: ContentProblem[];
  /** Not errors: sections read side by side as one block, for instance. */
  warnings: ContentProblem[];
  files: number;
}

/** The content library bound to one site's options: what `createContentLibrary` gives back. */
export interface ContentLibrary<L extends string> {
  /** Read and validate every release under `<directory>/releases/<key>/<locale>.md`, newest first. */
  checkContent: (directory?: string) => ContentReport<L>;
  /** Every release of the content folder (the `directory` option), newest first; throws a `ContentError` listing every problem. */
  getReleases: () => Release<L>[];
  /** The release with this key, if there is one. */
  findRelease: (key: string) => Release<L> | undefined;
  /** Parse one language version of a release from its text. */
  readVersion: (locale: L, file: string, raw: string) => {value?: ReleaseVersion<L>; sections: Section[]; problems: ContentProblem[]};
  /** A release's sections across languages, paragraph by paragraph where they line up. */
  alignParagraphs: (release: Release<L>) => ReturnType<typeof alignParagraphs<L>>;
  /** Paragraph anchors that do not line up across languages, each mapped to its section's anchor. */
  blockFallbacks: (release: Release<L>) => Record<string, string>;
}

/**
 * Bind the content library to a site's locales, reserved URL segments, chrome
 * ids and id scheme. The site does this once; everything it reads comes from
 * the functions this returns.
 *
 * @param options What the site tells the library (see `ContentOptions`).
 */
export function createContentLibrary<L extends string>(options: ContentOptions<L>): ContentLibrary<L> {
  const resolved = resolveOptions(options);
  let cache: {directory: string; releases: Release<L>[]} | undefined;
  const getReleases = () => {
    const directory = resolved.directory();
    if (cache?.directory === directory) return cache.releases;
    const report = checkContent(directory, resolved);
    // Nothing half-built is published: one problem anywhere stops every page.
    if (report.problems.length > 0) throw new ContentError(report.problems);
    cache = {directory, releases: report.releases};
    return report.releases;
  };
  return {
    checkContent: (directory = resolved.directory()) => checkContent(directory, resolved),
    getReleases,
    findRelease: (key) => getReleases().find((release) => release.key === key),
    readVersion: (locale, file, raw) => readVersion(locale, file, raw, resolved),
    alignParagraphs: (release) => alignParagraphs(release, resolved.locales),
    blockFallbacks: (release) => blockFallbacks(release, resolved.locales),
  };
}

function checkContent<L extends string>(directory: string, options: ResolvedOptions<L>): ContentReport<L> {
  const root = path.join(directory, 'releases');
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {releases: [], files: 0, warnings: [], problems: [{file: display(root), message: 'no releases folder; each release is releases/<key>/<locale>.md'}]};
  }
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const releases: Release<L>[] = [];
  let files = 0;
  for (const key of readdirSync(root).sort()) {
    const folder = path.join(root, key);
    if (!statSync(folder).isDirectory()) continue;
    if (!RELEASE_KEY_PATTERN.test(key) || options.reservedSegments.includes(key)) {
      problems.push({file: display(folder), message: 'a release folder is named with lowercase letters, digits and hyphens; the name is its URL'});
      continue;
    }
    const release = readRelease(key, folder, display, options);
    files += release.files;
    problems.push(...release.problems);
    warnings.push(...release.warnings);
    if (release.problems.length === 0 && release.value) releases.push(release.value);
  }
  releases.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
  return {releases, problems, warnings: [...releases.flatMap((release) => paragraphWarnings(release, options.locales)), ...warnings], files};
}

function readRelease<L extends string>(key: string, folder: string, display: (file: string) => string, options: ResolvedOptions<L>) {
  const {locales} = options;
  const problems: ContentProblem[] = [];
  const versions: ReleaseVersion<L>[] = [];
  const alignable: AlignableVersion[] = [];
  // Each file's parse-cache key, when the library has a cache: together they key the correspondence check.
  const cacheKeys: string[] = [];
  const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  for (const name of names) {
    const locale = name.slice(0, -'.md'.length);
    if (!(locales as readonly string[]).includes(locale)) {
      problems.push({file: display(path.join(folder, name)), message: `"${locale}" is not a locale of the site (${locales.join(', ')})`});
    }
  }
  for (const locale of locales) {
    const file = path.join(folder, `${locale}.md`);
    if (!existsSync(file)) {
      problems.push({file: display(file), message: `missing: every release has a file for each locale (${locales.join(', ')})`});
      continue;
    }
    const decoded = decodeContent(readFileSync(file), display(file));
    if (decoded.problem) {
      problems.push(decoded.problem);
      continue;
    }
    const version = cachedReadVersion(locale, display(file), decoded.text!, options);
    if (version.cacheKey) cacheKeys.push(version.cacheKey);
    problems.push(...version.problems);
    alignable.push({
      file: display(file),
      sections: version.sections,
      refusedKeys: version.refusedKeys ?? [],
      ...(version.value ? {meta: version.value.meta, lineOf: version.lineOf} : {}),
    });
    if (version.value) versions.push(version.value);
  }
  // Align even when a file's front matter is broken: every difference is worth knowing at once.
  if (alignable.length === locales.length) problems.push(...alignSections(alignable));
  const [first, ...others] = versions;
  const complete = first !== undefined && versions.length === locales.length;
  // Texts are compared once the structure is sound: a missing or empty
  // section is reported as such, not as a text that does not correspond.
  const warnings: ContentProblem[] = [];
  if (complete && problems.length === 0) {
    const report = cachedCorrespondence(cacheKeys.length === locales.length ? cacheKeys : undefined, options, () => {
      const found: CorrespondenceFound = {problems: [], warnings: []};
      const acknowledgements = versions.flatMap((version) => version.meta.acknowledgements.map((each) => ({...each, file: version.file})));
      for (const other of others) {
        const ratio = (options.lengthRatios[other.locale] ?? 1) / (options.lengthRatios[first.locale] ?? 1);
        const each = checkCorrespondence(first, other, {ratio, acknowledgements});
        found.problems.push(...each.problems);
        found.warnings.push(...each.warnings);
      }
      return found;
    });
    problems.push(...report.problems);
    warnings.push(...report.warnings);
  }
  const value: Release<L> | undefined = complete
    ? {
        key,
        date: first.meta.date,
        countries: first.meta.countries,
        ...(first.meta.updates.length > 0 ? {updated: first.meta.updates.map((update) => update.date).sort().at(-1)!} : {}),
        ...(first.meta.embargo ? {embargo: new Date(first.meta.embargo).toISOString()} : {}),
        redirects: first.meta.redirects,
        versions: Object.fromEntries(versions.map((version) => [version.locale, version])) as Record<L, ReleaseVersion<L>>,
      }
    : undefined;
  return {value, problems, warnings, files: names.length};
}

type VersionRead<L extends string> = ReturnType<typeof readVersion<L>> & {cacheKey?: string};

/** What the correspondence check between a release's languages found. */
interface CorrespondenceFound {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * The correspondence check, through the parse cache when every file of the
 * release came through it: keyed by the files' own keys (their bytes, names
 * and the library's version) and the length ratios, so an unchanged release
 * is not compared again.
 */
function cachedCorrespondence<L extends string>(fileKeys: readonly string[] | undefined, options: ResolvedOptions<L>, check: () => CorrespondenceFound): CorrespondenceFound {
  if (!options.cache || !fileKeys) return check();
  const key = createHash('sha256').update(`${options.cache.version}\0correspondence\0${JSON.stringify(options.lengthRatios)}\0${fileKeys.join('\0')}`).digest('hex');
  const entry = path.join(options.cache.directory, `${key}.correspondence.json`);
  if (existsSync(entry)) return JSON.parse(readFileSync(entry, 'utf8')) as CorrespondenceFound;
  const found = check();
  keepEntry(options.cache.directory, entry, found);
  return found;
}

// Whole files only: parallel readers (Next's workers) never see half of one.
function keepEntry(directory: string, entry: string, value: unknown): void {
  mkdirSync(directory, {recursive: true});
  const partial = `${entry}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, entry);
}

/**
 * What the parse cache keeps of a sound file: the model, and the lines
 * alignment problems point at. The version is kept without its
 * `commitments` and `headedSections`, which repeat sections it holds (half
 * the entry's bytes, and of the time a warm read spends parsing JSON); they
 * are picked out again on reading.
 */
interface CachedVersion<L extends string> {
  value: Omit<ReleaseVersion<L>, 'commitments' | 'headedSections'>;
  lines: {date: number; countries: number; redirects: number; embargo: number};
}

/** What a version derives from its sections: its commitments, and the sections with a page of their own. */
const derivedLists = (sections: Section[]) => ({
  commitments: sections.filter((section) => section.kind === 'commitment'),
  headedSections: sections.filter((section) => section.titleId !== undefined),
});

/**
 * `readVersion`, through the parse cache when the options name one. Only
 * files without problems are kept: a file with problems is parsed each time,
 * so its messages are always the parser's own.
 */
function cachedReadVersion<L extends string>(locale: L, file: string, raw: string, options: ResolvedOptions<L>): VersionRead<L> {
  if (!options.cache) return readVersion(locale, file, raw, options);
  const key = createHash('sha256').update(`${options.cache.version}\0${locale}\0${file}\0`).update(raw).digest('hex');
  const entry = path.join(options.cache.directory, `${key}.json`);
  if (existsSync(entry)) {
    const cached = JSON.parse(readFileSync(entry, 'utf8')) as CachedVersion<L>;
    const lineOf = (at: readonly PropertyKey[]) => cached.lines[at[0] === 'countries' || at[0] === 'redirects' || at[0] === 'embargo' ? at[0] : 'date'];
    const value: ReleaseVersion<L> = {...cached.value, ...derivedLists(cached.value.sections)};
    return {value, sections: value.sections, problems: [], lineOf, cacheKey: key};
  }
  const read = readVersion(locale, file, raw, options);
  if (read.value && read.problems.length === 0) {
    const lines = {
      date: read.lineOf?.(['date']) ?? 1,
      countries: read.lineOf?.(['countries']) ?? 1,
      redirects: read.lineOf?.(['redirects']) ?? 1,
      embargo: read.lineOf?.(['embargo']) ?? 1,
    };
    const {commitments: _, headedSections: __, ...kept} = read.value;
    keepEntry(options.cache.directory, entry, {value: kept, lines} satisfies CachedVersion<L>);
  }
  return {...read, ...(read.value && read.problems.length === 0 ? {cacheKey: key} : {})};
}

function readVersion<L extends string>(
  locale: L,
  file: string,
  raw: string,
  options: ResolvedOptions<L>,
): {value?: ReleaseVersion<L>; sections: Section[]; problems: ContentProblem[]; refusedKeys?: string[]; lineOf?: (path: readonly PropertyKey[]) => number} {
  const front = parseFrontMatter(raw, file);
  const {sections, problems: sectionProblems, refusedKeys} = parseSections(front.body, file, front.bodyLineOffset, options);
  const problems = [...front.problems, ...sectionProblems];
  if (!front.meta) return {sections, problems, refusedKeys};
  const keys = new Set(sections.map((section) => section.key));
  // Notes and acknowledgements each name a section of this file.
  const checkSection = (list: 'notes' | 'acknowledgements', index: number, section: string) => {
    if (keys.has(section)) return;
    problems.push({
      file,
      line: front.lineOf?.([list, index, 'section']),
      field: `${list}[${index}].section`,
      message: `there is no section "${section}" in this file; the keys are ${[...keys].join(', ')}`,
    });
  };
  const notes = front.meta.notes.map((note, index) => {
    const rendered = renderNote(note.text, options.locales);
    if (rendered.problem) {
      problems.push({file, line: front.lineOf?.(['notes', index, 'text']), field: `notes[${index}].text`, message: rendered.problem});
    }
    checkSection('notes', index, note.section);
    return {...note, html: rendered.html};
  });
  const acknowledgements = front.meta.acknowledgements.map((acknowledgement, index) => {
    checkSection('acknowledgements', index, acknowledgement.section);
    const line = front.lineOf?.(['acknowledgements', index]);
    return {...acknowledgement, ...(line === undefined ? {} : {line})};
  });
  const derived = derivedLists(sections);
  const pages = derived.headedSections;
  // A redirect answers for a key this file no longer has, with a headed section it has (whose page takes the old page's place).
  for (const [from, to] of Object.entries(front.meta.redirects)) {
    const problem = (message: string) => problems.push({file, line: front.lineOf?.(['redirects', from]), field: `redirects.${from}`, message});
    if (options.reservedSegments.includes(from)) problem(`"${from}" is one of the site's own URL segments (${options.reservedSegments.join(', ')}), never a section's`);
    else if (keys.has(from)) problem(`this file still has a section "${from}" (line ${sections.find((section) => section.key === from)!.line}); redirect only a key that is gone`);
    else if (!pages.some((section) => section.key === to)) {
      problem(`"${to}" is not a commitment or section of this file with a page of its own; those are ${pages.map((section) => section.key).join(', ') || 'none'}`);
    }
  }
  return {value: {locale, file, meta: {...front.meta, notes, acknowledgements}, sections, ...derived}, sections, problems, refusedKeys, ...(front.lineOf ? {lineOf: front.lineOf} : {})};
}
