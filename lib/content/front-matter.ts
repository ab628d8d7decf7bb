import matter from 'gray-matter';
import {isMap, isSeq, LineCounter, parseDocument, type Document} from 'yaml';
import {z} from 'zod';
import type {ContentProblem} from './problems';

const text = z.string().trim().min(1, 'must not be empty');

const authorSchema = z.strictObject({name: text, role: text});

const noteSchema = z.strictObject({section: text, text});

const isoDate = z.iso.date('must be a calendar date written YYYY-MM-DD');

const updateSchema = z.strictObject({date: isoDate, note: text});

// `2026-02-30` parses, rolled over into March: a day that exists comes back the same.
const isCalendarDate = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

// An instant, with the offset that says which: a time without one would be
// read in the building machine's zone, and an embargo is never "about then".
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const instant = z
  .string({error: 'must be an instant with its offset, such as 2026-12-08T10:00:00+01:00'})
  .refine((value) => INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && isCalendarDate(value.slice(0, 10)), {
    message: 'must be an instant with its offset, such as 2026-12-08T10:00:00+01:00',
  });

// A section key, as written in `:::kind{#key}`: lowercase words joined by hyphens.
const sectionKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a section key: lowercase letters and digits joined by hyphens');
// A press contact, with at least one way to reach them. Telephone numbers in
// international form, as dialled from abroad: journalists are in both countries.
// An office with two lines (a desk and a mobile) lists both.
const telephone = z
  .string()
  .regex(/^\+[1-9][0-9]*( [0-9]+)*$/, 'must be an international number, + and the country code, digits in groups separated by spaces, such as +32 2 501 02 11');
const contactFields = z.strictObject({
  name: text,
  role: text,
  email: z.email('must be an email address such as press@example.org').optional(),
  telephone: z.union([telephone, z.array(telephone).min(1, 'must give at least one number')], {error: 'must be a telephone number or a list of them'}).optional(),
});
const contactSchema = contactFields
  .refine((contact) => contact.email !== undefined || contact.telephone !== undefined, {message: 'must give an email address, a telephone number or both'})
  .transform(({telephone: numbers, ...contact}) => ({...contact, telephones: numbers === undefined ? [] : typeof numbers === 'string' ? [numbers] : numbers}));

// A correspondence finding (a warning, or an error where an official text
// really differs) the release accepts: `what` quotes the finding's token (or
// tokens, for a pair of names), or says `length`, `paragraph`, `sentence` or
// `section`.
const acknowledgementSchema = z.strictObject({
  section: text,
  what: z.union([text, z.array(text).min(1, 'must name at least one thing')], {error: 'must be a text or a list of texts'}).transform((what) => (typeof what === 'string' ? [what] : what)),
  reason: text,
});

// ISO 3166-1 alpha-2, checked against CLDR (the data behind `Intl`): a code
// CLDR has no name for comes back unchanged from `Intl.DisplayNames`, a
// withdrawn one (`UK`, `SU`) is canonicalised to its successor, and the few
// regions CLDR names that ISO 3166-1 does not assign are listed here. Of
// those, the European Union and the United Nations issue releases
// themselves, so `EU` and `UN` are accepted beside the countries.
const regionNames = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'});
const ISSUING_BODIES = new Set(['EU', 'UN']);
const NOT_ISO_3166_1 = new Set(['AC', 'CP', 'DG', 'EA', 'EZ', 'IC', 'QO', 'TA', 'XA', 'XB', 'XK', 'ZZ']);
const isRegionCode = (code: string) =>
  ISSUING_BODIES.has(code) ||
  (regionNames.of(code) !== code && !NOT_ISO_3166_1.has(code) && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`);
const countryCode = z.string().superRefine((code, context) => {
  if (!/^[A-Z]{2}$/.test(code)) context.addIssue({code: 'custom', message: 'must be an ISO 3166-1 alpha-2 code in capitals, such as BE or FR, or EU or UN'});
  else if (!isRegionCode(code)) context.addIssue({code: 'custom', message: 'is not an ISO 3166-1 alpha-2 country code, EU or UN'});
});

const frontMatterSchema = z.strictObject({
  // Long enough for any real headline; the share image is drawn to hold this many.
  title: text.max(200, 'must be at most 200 characters; say the rest in the description'),
  date: isoDate,
  place: text,
  issuer: text,
  description: text,
  // An unsigned release (a news item) names nobody: it is its issuer's.
  authors: z.array(authorSchema).default([]),
  // A release of an international body may concern no country in particular.
  countries: z
    .array(countryCode)
    .refine((codes) => new Set(codes).size === codes.length, {message: 'names a country twice'})
    .default([]),
  // When the release may be published: an instant with its offset, the same
  // in every language. The dateline keeps `date`.
  embargo: instant.optional(),
  genre: text.optional(),
  source: text.optional(),
  notes: z.array(noteSchema).default([]),
  acknowledgements: z.array(acknowledgementSchema).default([]),
  // Corrections after publication, each dated after the release (ISO dates compare as strings).
  updates: z.array(updateSchema).default([]),
  // Section keys once published under this release, each mapped to the commitment whose page took its place.
  redirects: z.record(sectionKey, sectionKey, {error: 'must map each old key to its new key, such as `old-key: new-key`'}).default({}),
  // Press contacts, shown under the release.
  contacts: z.array(contactSchema).default([]),
}).superRefine((meta, context) => {
  meta.updates.forEach((update, index) => {
    if (update.date <= meta.date) context.addIssue({code: 'custom', path: ['updates', index, 'date'], message: `must be after the release's date, ${meta.date}`});
  });
});

/** Front matter as validated, before notes are rendered. */
type FrontMatter = z.output<typeof frontMatterSchema>;

const nestedShapes: Record<string, Record<string, unknown>> = {authors: authorSchema.shape, notes: noteSchema.shape, acknowledgements: acknowledgementSchema.shape, updates: updateSchema.shape, contacts: contactFields.shape};

/** What `parseFrontMatter` gives back: the metadata when valid, the body and where it starts. */
export interface ParsedFrontMatter {
  meta?: FrontMatter;
  body: string;
  /** How many lines of the file come before the body. */
  bodyLineOffset: number;
  problems: ContentProblem[];
  /** The file line of a front-matter field, for problems found later. */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/**
 * Split a content file into validated front matter and its Markdown body.
 *
 * @param raw The file's text, with `\n` line endings.
 * @param file The file's path, used in problems.
 */
export function parseFrontMatter(raw: string, file: string): ParsedFrontMatter {
  const missing = {body: raw, bodyLineOffset: 0, problems: [{file, line: 1, message: 'the file must start with front matter between two `---` lines'}]};
  if (!matter.test(raw)) return missing;
  // gray-matter splits the file and hands the block to the `yaml` package:
  // YAML 1.2's core schema keeps `2017-10-16` a string (js-yaml's default
  // would turn it into a Date and quietly roll `2017-13-45` over into 2018),
  // and its document knows where every node is, for messages. The block
  // starts with the rest of the opening `---` line, so its line n is the
  // file's line n.
  const lines = new LineCounter();
  let document: Document.Parsed | undefined;
  const split = matter(raw, {
    engines: {
      yaml: (source: string) => {
        document = parseDocument(source, {lineCounter: lines, prettyErrors: false});
        return {};
      },
    },
  });
  const body = split.content;
  const head = raw.slice(0, raw.length - body.length);
  // A block that is never closed runs to the end of the file.
  if (!/\n---[ \t]*\n?$/.test(head)) return missing;
  const bodyLineOffset = countNewlines(head);
  const [error] = document?.errors ?? [];
  if (error) {
    const {line, col} = lines.linePos(error.pos[0]);
    // The body is still checked, so one run reports everything.
    return {body, bodyLineOffset, problems: [{file, line, column: col, message: `front matter is not valid YAML: ${error.message}`}]};
  }
  const data: unknown = document?.toJS();
  const lineOf = (path: readonly PropertyKey[]) => (document ? lineOfPath(document, lines, path) : 1);

  const result = frontMatterSchema.safeParse(data ?? {});
  if (result.success) return {meta: result.data, body, bodyLineOffset, problems: [], lineOf};

  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        message: `unknown field; the fields are ${fieldList(issue.path)}`,
      }));
    }
    return [{file, line: lineOf(issue.path), field: fieldName(issue.path), message: describeIssue(issue, data)}];
  });
  return {body, bodyLineOffset, problems};
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if (value === undefined) return 'is required';
  // A record's key that fails its schema (`redirects`): the key is the problem, not the value under it.
  if (issue.code === 'invalid_key') return 'is not a section key: lowercase letters and digits joined by hyphens';
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
  if (issue.code === 'invalid_format') return `${issue.message}, not ${describeValue(value)}`;
  if (issue.code === 'custom' && typeof value === 'string') return `${JSON.stringify(value)} ${issue.message}`;
  return issue.message;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a group of fields';
  return `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

function fieldList(path: readonly PropertyKey[]): string {
  const shape = path.length === 0 ? frontMatterSchema.shape : (nestedShapes[String(path[0])] ?? {});
  return Object.keys(shape).join(', ');
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );
}

// The deepest node on the path that exists: a missing field points at its
// parent, a missing top-level field at the opening `---` (line 1).
function lineOfPath(document: Document.Parsed, lines: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = -1;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as {value?: unknown} | null)?.value === part);
      if (!pair) break;
      offset = (pair.key as {range?: [number, number, number]}).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
      node = node.items[part];
      offset = (node as {range?: [number, number, number]}).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset < 0 ? 1 : lines.linePos(offset).line;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}
