import type {ReleaseMeta, ReleaseVersion} from './model';

/** What alignment compares: a file's sections and, when its front matter is valid, its date. */
export type AlignableVersion = Pick<ReleaseVersion, 'file' | 'sections'> & {
  meta?: Pick<ReleaseMeta, 'date' | 'countries' | 'updates' | 'redirects' | 'embargo'>;
  /** The file line of a front-matter field. */
  lineOf?: (path: readonly PropertyKey[]) => number;
  /** Keys of sections the file has but that were refused whole; their problems are reported already. */
  refusedKeys?: readonly string[];
};
import type {ContentProblem} from './problems';

/**
 * List every way the language versions of one release fail to line up: a
 * section missing or extra, in another place, of another kind, or a different
 * date. The first version is the reference the others are compared with.
 *
 * @param versions The parsed language versions of one release.
 */
export function alignSections(versions: readonly AlignableVersion[]): ContentProblem[] {
  const [reference, ...others] = versions;
  if (!reference) return [];
  return others.flatMap((other) => compareVersions(reference, other));
}

function compareVersions(reference: AlignableVersion, other: AlignableVersion): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refName = baseName(reference.file);
  const referenceByKey = new Map(reference.sections.map((section) => [section.key, section]));
  const otherByKey = new Map(other.sections.map((section) => [section.key, section]));

  if (reference.meta && other.meta && reference.meta.date !== other.meta.date) {
    problems.push({
      file: other.file,
      line: other.lineOf?.(['date']),
      field: 'date',
      message: `is ${other.meta.date} here but ${reference.meta.date} in ${refName}; both languages carry the same date`,
    });
  }
  if (reference.meta && other.meta && reference.meta.countries.join() !== other.meta.countries.join()) {
    problems.push({
      file: other.file,
      line: other.lineOf?.(['countries']),
      field: 'countries',
      message: `is [${other.meta.countries.join(', ')}] here but [${reference.meta.countries.join(', ')}] in ${refName}; every language names the same countries`,
    });
  }
  // One embargo for the release: the same instant, however each file writes its offset.
  const instant = (meta: Pick<ReleaseMeta, 'embargo'>) => (meta.embargo === undefined ? 'none' : new Date(meta.embargo).toISOString());
  if (reference.meta && other.meta && instant(reference.meta) !== instant(other.meta)) {
    problems.push({
      file: other.file,
      line: other.lineOf?.(['embargo']),
      field: 'embargo',
      message: `is ${other.meta.embargo ?? 'not set'} here but ${reference.meta.embargo ?? 'not set'} in ${refName}; every language is published at the same instant`,
    });
  }
  const updateDates = (meta: Pick<ReleaseMeta, 'updates'>) => meta.updates.map((update) => update.date).join(', ');
  if (reference.meta && other.meta && updateDates(reference.meta) !== updateDates(other.meta)) {
    problems.push({
      file: other.file,
      line: other.lineOf?.(['updates']),
      field: 'updates',
      message: `are dated [${updateDates(other.meta)}] here but [${updateDates(reference.meta)}] in ${refName}; every language lists the same updates, in the same order`,
    });
  }
  const redirects = (meta: Pick<ReleaseMeta, 'redirects'>) =>
    Object.entries(meta.redirects)
      .map(([from, to]) => `${from}: ${to}`)
      .sort()
      .join(', ');
  if (reference.meta && other.meta && redirects(reference.meta) !== redirects(other.meta)) {
    problems.push({
      file: other.file,
      line: other.lineOf?.(['redirects']),
      field: 'redirects',
      message: `are {${redirects(other.meta)}} here but {${redirects(reference.meta)}} in ${refName}; every language declares the same redirects`,
    });
  }
  // One mistake, one message: a section refused in one file is not also missing from it.
  const refusedInOther = new Set(other.refusedKeys);
  const refusedInReference = new Set(reference.refusedKeys);
  for (const section of reference.sections) {
    if (!otherByKey.has(section.key) && !refusedInOther.has(section.key)) {
      problems.push({
        file: other.file,
        field: `section "${section.key}"`,
        message: `is missing: ${refName} has this ${section.kind} at line ${section.line}`,
      });
    }
  }
  for (const section of other.sections) {
    const counterpart = referenceByKey.get(section.key);
    const field = `section "${section.key}"`;
    if (!counterpart) {
      if (!refusedInReference.has(section.key)) problems.push({file: other.file, line: section.line, field, message: `is not in ${refName}; every language has the same sections`});
    } else if (counterpart.kind !== section.kind) {
      problems.push({
        file: other.file,
        line: section.line,
        field,
        message: `is ${withArticle(section.kind)} here but ${withArticle(counterpart.kind)} in ${refName} (line ${counterpart.line})`,
      });
    }
  }

  // Compare the order of the sections both versions have, so that one missing
  // section does not make every later one look out of place.
  const shared = (sections: AlignableVersion['sections'], others: Map<string, unknown>) =>
    sections.filter((section) => others.has(section.key));
  const referenceOrder = shared(reference.sections, otherByKey);
  const otherOrder = shared(other.sections, referenceByKey);
  otherOrder.forEach((section, index) => {
    const expected = referenceOrder[index];
    if (expected && expected.key !== section.key) {
      const counterpart = referenceByKey.get(section.key);
      problems.push({
        file: other.file,
        line: section.line,
        field: `section "${section.key}"`,
        message: `is out of order: it comes where ${refName} has "${expected.key}" (line ${expected.line}); ${refName} has it at line ${counterpart?.line}`,
      });
    }
  });
  return problems;
}

// "an intro", "a commitment", "a closing".
function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
