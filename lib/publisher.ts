import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument} from 'yaml';
import {z} from 'zod';
import {routing, type Locale} from '@/i18n/routing';
import {ContentError, type ContentProblem} from '@/lib/content';

/** The site's own configuration, at the project's root. */
const SITE_CONFIG = 'site.yml';

const text = z.string().trim().min(1, 'must not be empty');

const siteSchema = z.strictObject({
  publisher: z.strictObject({
    name: z.strictObject(Object.fromEntries(routing.locales.map((locale) => [locale, text])) as Record<Locale, typeof text>),
    emblem: z
      .string()
      .regex(/^\/[\w./-]+\.svg$/, 'must be the address of an SVG file in public/, such as /emblem.svg')
      .refine((emblem) => existsSync(path.join('public', emblem)), {message: 'names a file that is not in public/'})
      .optional(),
  }),
  accessibility: z.strictObject({
    email: z.email('must be an email address such as accessibility@example.org'),
    reviewed: z.iso.date('must be a calendar date written YYYY-MM-DD'),
  }),
});

/** The press office that publishes the site, and what its accessibility statement needs. */
export type SiteConfig = z.output<typeof siteSchema>;

/**
 * Read and validate `site.yml`; a bad file throws a `ContentError` naming
 * the field and its line.
 *
 * @param file The configuration file.
 */
export function readSiteConfig(file = SITE_CONFIG): SiteConfig {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), {lineCounter: lines, prettyErrors: false});
  const [error] = document.errors;
  if (error) throw new ContentError([{file, line: lines.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message}`}]);
  const result = siteSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  // The line of the deepest field on the issue's path that the file has.
  const lineOf = (fieldPath: readonly PropertyKey[]): number => {
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const node = document.getIn(fieldPath.slice(0, depth), true) as {range?: [number, number, number]} | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  throw new ContentError(
    result.error.issues.flatMap((issue): ContentProblem[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({file, line: lineOf([...issue.path, key]), field: [...issue.path, key].join('.'), message: 'unknown field'}))
        : [{file, line: lineOf(issue.path), field: issue.path.join('.'), message: document.getIn(issue.path) === undefined ? 'is required' : issue.message}],
    ),
  );
}

let cached: SiteConfig | undefined;

/** The site's configuration (`site.yml`), read once. */
export function siteConfig(): SiteConfig {
  return (cached ??= readSiteConfig());
}
