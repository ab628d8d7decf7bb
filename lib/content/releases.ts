import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {isLocale, routing, type Locale} from '@/i18n/routing';
import {RESERVED_SEGMENTS} from '@/lib/routes';
import {alignSections, type AlignableVersion} from './alignment';
import {checkCorrespondence} from './correspondence';
import {parseFrontMatter} from './front-matter';
import {paragraphWarnings} from './paragraphs';
import type {Release, ReleaseVersion, Section} from './model';
import {ContentError, type ContentProblem} from './problems';
import {parseSections, renderNote} from './sections';

/** Release keys are URL segments: lowercase letters and digits joined by hyphens. */
export const RELEASE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The length model's prior: characters a text takes in this language per
// character in English (Dutch runs about a tenth longer). A release's own
// sections outweigh it.
const RELATIVE_LENGTH: Partial<Record<Locale, number>> = {nl: 1.1};


/**
 * The content directory: `CONTENT_DIR` when set (benchmarks and tests point it
 * at generated content), otherwise `content/` in the project.
 */
export function contentDirectory(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}

/** What `checkContent` found: the releases that are sound, and every problem. */
export interface ContentReport {
  releases: Release[];
  problems: ContentProblem[];
  /** Not errors: sections read side by side as one block, for instance. */
  warnings: ContentProblem[];
  files: number;
}

/**
 * Read and validate every release under `<directory>/releases/<key>/<locale>.md`.
 * Releases come newest first.
 *
 * @param directory The content directory.
 */
export function checkContent(directory: string = contentDirectory()): ContentReport {
  const root = path.join(directory, 'releases');
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {releases: [], files: 0, warnings: [], problems: [{file: display(root), message: 'no releases folder; each release is releases/<key>/<locale>.md'}]};
  }
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const releases: Release[] = [];
  let files = 0;
  for (const key of readdirSync(root).sort()) {
    const folder = path.join(root, key);
    if (!statSync(folder).isDirectory()) continue;
    if (!RELEASE_KEY_PATTERN.test(key) || RESERVED_SEGMENTS.includes(key)) {
      problems.push({file: display(folder), message: 'a release folder is named with lowercase letters, digits and hyphens; the name is its URL'});
      continue;
    }
    const release = readRelease(key, folder, display);
    files += release.files;
    problems.push(...release.problems);
    warnings.push(...release.warnings);
    if (release.problems.length === 0 && release.value) releases.push(release.value);
  }
  releases.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
  return {releases, problems, warnings: [...releases.flatMap(paragraphWarnings), ...warnings], files};
}

function readRelease(key: string, folder: string, display: (file: string) => string) {
  const problems: ContentProblem[] = [];
  const versions: ReleaseVersion[] = [];
  const alignable: AlignableVersion[] = [];
  const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  for (const name of names) {
    const locale = name.slice(0, -'.md'.length);
    if (!isLocale(locale)) {
      problems.push({file: display(path.join(folder, name)), message: `"${locale}" is not a locale of the site (${routing.locales.join(', ')})`});
    }
  }
  for (const locale of routing.locales) {
    const file = path.join(folder, `${locale}.md`);
    if (!existsSync(file)) {
      problems.push({file: display(file), message: `missing: every release has a file for each locale (${routing.locales.join(', ')})`});
      continue;
    }
    const version = readVersion(locale, display(file), readFileSync(file, 'utf8'));
    problems.push(...version.problems);
    alignable.push({file: display(file), sections: version.sections, ...(version.value ? {meta: version.value.meta} : {})});
    if (version.value) versions.push(version.value);
  }
  // Align even when a file's front matter is broken: every difference is worth knowing at once.
  if (alignable.length === routing.locales.length) problems.push(...alignSections(alignable));
  const [first, ...others] = versions;
  const complete = first !== undefined && versions.length === routing.locales.length;
  // Texts are compared once the structure is sound: a missing or empty
  // section is reported as such, not as a text that does not correspond.
  const warnings: ContentProblem[] = [];
  if (complete && problems.length === 0) {
    const acknowledgements = versions.flatMap((version) => version.meta.acknowledgements.map((each) => ({...each, file: version.file})));
    for (const other of others) {
      const ratio = (RELATIVE_LENGTH[other.locale] ?? 1) / (RELATIVE_LENGTH[first.locale] ?? 1);
      const report = checkCorrespondence(first, other, {ratio, acknowledgements});
      problems.push(...report.problems);
      warnings.push(...report.warnings);
    }
  }
  const value: Release | undefined = complete
    ? {key, date: first.meta.date, versions: Object.fromEntries(versions.map((v) => [v.locale, v])) as Record<Locale, ReleaseVersion>}
    : undefined;
  return {value, problems, warnings, files: names.length};
}

/**
 * Parse one language version of a release from its text.
 *
 * @param locale The locale the file is for.
 * @param file The file's path, used in problems.
 * @param raw The file's text.
 */
export function readVersion(
  locale: Locale,
  file: string,
  raw: string,
): {value?: ReleaseVersion; sections: Section[]; problems: ContentProblem[]} {
  const front = parseFrontMatter(raw, file);
  const {sections, problems: sectionProblems} = parseSections(front.body, file, front.bodyLineOffset);
  const problems = [...front.problems, ...sectionProblems];
  if (!front.meta) return {sections, problems};
  const keys = new Set(sections.map((section) => section.key));
  const notes = front.meta.notes.map((note, index) => {
    const rendered = renderNote(note.text);
    if (rendered.problem) {
      problems.push({file, line: front.lineOf?.(['notes', index, 'text']), field: `notes[${index}].text`, message: rendered.problem});
    }
    if (!keys.has(note.section)) {
      problems.push({
        file,
        line: front.lineOf?.(['notes', index, 'section']),
        field: `notes[${index}].section`,
        message: `there is no section "${note.section}" in this file; the keys are ${[...keys].join(', ')}`,
      });
    }
    return {...note, html: rendered.html};
  });
  const acknowledgements = front.meta.acknowledgements.map((acknowledgement, index) => {
    if (!keys.has(acknowledgement.section)) {
      problems.push({
        file,
        line: front.lineOf?.(['acknowledgements', index, 'section']),
        field: `acknowledgements[${index}].section`,
        message: `there is no section "${acknowledgement.section}" in this file; the keys are ${[...keys].join(', ')}`,
      });
    }
    const line = front.lineOf?.(['acknowledgements', index]);
    return {...acknowledgement, ...(line === undefined ? {} : {line})};
  });
  return {value: {locale, file, meta: {...front.meta, notes, acknowledgements}, sections}, sections, problems};
}

let cache: {directory: string; releases: Release[]} | undefined;

/**
 * Every release, newest first. Throws a `ContentError` listing every problem
 * when any file is wrong, so that nothing half-built is published.
 */
export function getReleases(): Release[] {
  const directory = contentDirectory();
  if (cache?.directory === directory) return cache.releases;
  const report = checkContent(directory);
  if (report.problems.length > 0) throw new ContentError(report.problems);
  cache = {directory, releases: report.releases};
  return report.releases;
}

/** The release with this key, if there is one. */
export function findRelease(key: string): Release | undefined {
  return getReleases().find((release) => release.key === key);
}
