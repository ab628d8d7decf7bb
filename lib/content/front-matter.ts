import matter from 'gray-matter';
import {isMap, isSeq, LineCounter, parseDocument, YAMLParseError} from 'yaml';
import {z} from 'zod';
import type {ContentProblem} from './problems';

const text = z.string().trim().min(1, 'must not be empty');

const authorSchema = z.strictObject({name: text, role: text});

const noteSchema = z.strictObject({section: text, text});

// A correspondence warning the release accepts: `what` quotes the warning's
// token (or tokens, for a pair of names), or says `length` or `paragraph`.
const acknowledgementSchema = z.strictObject({
  section: text,
  what: z.union([text, z.array(text).min(1, 'must name at least one thing')], {error: 'must be a text or a list of texts'}).transform((what) => (typeof what === 'string' ? [what] : what)),
  reason: text,
});

const frontMatterSchema = z.strictObject({
  title: text,
  date: z.iso.date('must be a calendar date written YYYY-MM-DD'),
  place: text,
  issuer: text,
  description: text,
  authors: z.array(authorSchema).min(1, 'must name at least one author'),
  genre: text.optional(),
  source: text.optional(),
  notes: z.array(noteSchema).default([]),
  acknowledgements: z.array(acknowledgementSchema).default([]),
});

/** Front matter as validated, before notes are rendered. */
export type FrontMatter = z.output<typeof frontMatterSchema>;

const nestedShapes: Record<string, Record<string, unknown>> = {authors: authorSchema.shape, notes: noteSchema.shape, acknowledgements: acknowledgementSchema.shape};

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

// YAML 1.2's core schema keeps `2017-10-16` a string: js-yaml's default would
// turn it into a Date and quietly roll `2017-13-45` over into 2018.
const engines = {
  yaml: (source: string) => {
    const document = parseDocument(source);
    if (document.errors[0]) throw document.errors[0];
    return document.toJS() as object;
  },
};

/**
 * Split a content file into validated front matter and its Markdown body.
 *
 * @param raw The file's text.
 * @param file The file's path, used in problems.
 */
export function parseFrontMatter(raw: string, file: string): ParsedFrontMatter {
  if (!/^---\r?\n/.test(raw)) {
    return {
      body: raw,
      bodyLineOffset: 0,
      problems: [{file, line: 1, message: 'the file must start with front matter between two `---` lines'}],
    };
  }
  const lines = new LineCounter();
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw, {engines});
  } catch (error) {
    // gray-matter hands YAML the text from the end of the opening `---` line,
    // so YAML's line numbers are the file's.
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) : 1;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // The body is still checked, so one run reports everything.
    const block = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw)?.[0] ?? raw;
    return {
      body: raw.slice(block.length),
      bodyLineOffset: countNewlines(block),
      problems: [{file, line, message: `front matter is not valid YAML: ${reason}`}],
    };
  }
  const bodyLineOffset = countNewlines(raw.slice(0, raw.length - parsed.content.length));
  const document = parseDocument(parsed.matter, {lineCounter: lines});
  // `parsed.matter` starts right after the opening `---`, so its lines are the file's.
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(document, lines, path);

  const result = frontMatterSchema.safeParse(parsed.data);
  if (result.success) return {meta: result.data, body: parsed.content, bodyLineOffset, problems: [], lineOf};

  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        message: `unknown field; the fields are ${fieldList(issue.path)}`,
      }));
    }
    return [{file, line: lineOf(issue.path), field: fieldName(issue.path), message: describeIssue(issue, parsed.data)}];
  });
  return {body: parsed.content, bodyLineOffset, problems};
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if (value === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
  if (issue.code === 'invalid_format') return `${issue.message}, not ${describeValue(value)}`;
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

// The deepest node on the path that exists: a missing field points at its parent.
function lineOfPath(document: ReturnType<typeof parseDocument>, lines: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = 0;
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
  return lines.linePos(offset).line;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}
