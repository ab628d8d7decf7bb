// The content library's public entry. It imports nothing from the site: the
// site binds it to its locales, reserved segments and ids once, through
// `createContentLibrary` (see `lib/releases.ts`), and pages read from there.
export {alignSections} from './alignment';
export type {AlignedRow, AlignedSection, Author, Note, Paragraph, Release, ReleaseMeta, ReleaseVersion, Section, SectionKind} from './model';
export {NUMBER_SEPARATOR, SECTION_KINDS} from './model';
export type {ContentOptions, IdScheme} from './options';
export {ContentError, formatProblem, type ContentProblem} from './problems';
export {contentDirectory, createContentLibrary, type ContentLibrary, type ContentReport} from './releases';
