// The content library's public entry: pages import from here only.
export {alignSections} from './alignment';
export type {AlignedRow, AlignedSection, Author, Note, Paragraph, Release, ReleaseMeta, ReleaseVersion, Section, SectionKind} from './model';
export {SECTION_KINDS} from './model';
export {alignParagraphs, blockFallbacks, paragraphWarnings} from './paragraphs';
export {ContentError, formatProblem, type ContentProblem} from './problems';
export {checkContent, contentDirectory, findRelease, getReleases, readVersion, type ContentReport} from './releases';
