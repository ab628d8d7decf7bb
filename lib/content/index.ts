// The content library's public entry. It imports nothing from the site: the
// site binds it to its locales, reserved segments and ids once, through
// `createContentLibrary` (see `lib/site/releases.ts`), and pages read from there.
//
// The modules, in the order a file goes through them:
//   options.ts      what the site passes, and its defaults
//   text.ts         bytes to text: strict UTF-8, BOM and CRLF normalised
//   front-matter.ts the `---` block: YAML, then the zod schema, with lines
//   sections.ts     the Markdown body: sections, links, numbers, ids
//   alignment.ts    the language versions of one release against each other
//   paragraphs.ts   paragraph-by-paragraph alignment for side-by-side reading
//   releases.ts     the content folder: every release, every problem
//   model.ts        the types all of them produce; problems.ts, the problems
export {alignSections} from './alignment';
export type {AlignedRow, AlignedSection, Author, Note, Paragraph, Release, ReleaseMeta, ReleaseVersion, Section, SectionKind, Update, Contact} from './model';
export {NUMBER_SEPARATOR, SECTION_KINDS} from './model';
export type {ContentOptions, IdScheme} from './options';
export {ContentError, formatProblem, type ContentProblem} from './problems';
export {createContentLibrary, type ContentLibrary, type ContentReport} from './releases';
