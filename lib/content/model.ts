/** The kinds of section a release is made of, in the order they may appear. */
export const SECTION_KINDS = ['intro', 'commitment', 'section', 'closing'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** What goes between a commitment's number and its heading: `2 – Heading`. */
export const NUMBER_SEPARATOR = ' – ';

/** One block of a section's body (a paragraph, a list, a quotation, a table, a subheading). */
export interface Paragraph {
  /** Its fragment id, the same in every language. */
  id: string;
  html: string;
  /** The block as plain text; a list's items, a quotation's paragraphs and a table's rows each on a line of their own (a table's cells separated by tabs). */
  text: string;
  /** Where the block starts in its file, for messages. */
  line: number;
}

/** One section of a release in one language, keyed the same in every language. */
export interface Section {
  key: string;
  kind: SectionKind;
  /** Commitments are numbered 1, 2, 3… by the model, never by the text; other sections have no number. */
  number?: number;
  /** The heading of a commitment or a plain section, as plain text and as inline HTML. */
  title?: string;
  titleHtml?: string;
  /** How the section is named wherever it is listed: a commitment's number and heading (`2 – Heading`), a plain section's heading. */
  label?: string;
  /** The same as inline HTML. */
  labelHtml?: string;
  /** The id of the heading of a commitment or a plain section (`{key}-title`). */
  titleId?: string;
  /** The id of the section read side by side as one block (`{key}-text`). */
  blockId: string;
  /** Every fragment id the section may put on a page: its key, its heading's, its paragraphs', its block's. */
  ids: string[];
  /** The body (without the heading) as HTML. */
  html: string;
  paragraphs: Paragraph[];
  /** Where the section starts in its file, for messages. */
  line: number;
}

export interface Author {
  name: string;
  role: string;
}

/** The front matter of one language version, validated. */
export interface ReleaseMeta {
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  place: string;
  issuer: string;
  description: string;
  /** Who speaks in the release; none for an unsigned item, which is its issuer's. */
  authors: Author[];
  /** The countries the release is from, upper case: ISO 3166-1 alpha-2 codes (`BE`, `FR`), or `EU` and `UN` for their bodies; possibly none. */
  countries: string[];
  /** The instant before which the release is not published, as written (ISO 8601 with its offset). */
  embargo?: string;
  /** What kind of document it is, for citations ("joint statement"). */
  genre?: string;
  /** Where this language version comes from, in this language. */
  source?: string;
  /** Editorial notes on translation differences; they never alter the text. */
  notes: Note[];
  /** Correspondence findings this version's front matter accepts, with why. */
  acknowledgements: Acknowledgement[];
  /** Corrections after publication, as written (dates the same in every language, each after `date`). */
  updates: Update[];
  /** Commitment keys once published under this release, each to the key of the commitment that took its place (the same in every language). */
  redirects: Record<string, string>;
  /** Press contacts, in the file's language; each has an email address, a telephone number or both. */
  contacts: Contact[];
}

/** Someone journalists may ask about the release. */
export interface Contact {
  name: string;
  role: string;
  email?: string;
  /** In international form (`+32 2 501 02 11`), as many as the office gives; none when only an email address is. */
  telephones: string[];
}

/** A dated note on a change made after publication, in the file's language. */
export interface Update {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  note: string;
}

/** A correspondence finding a release has looked at and accepts. */
interface Acknowledgement {
  section: string;
  /** The tokens the finding quotes, or `length`, `paragraph`, `sentence` or `section`. */
  what: string[];
  reason: string;
  /** Where it is declared in its file. */
  line?: number;
}

/** An editorial note tied to one section, written in the file's language. */
export interface Note {
  section: string;
  text: string;
  /** The note as inline HTML; words in another language carry their `lang`. */
  html: string;
}

/** One language version of a release. */
export interface ReleaseVersion<L extends string = string> {
  locale: L;
  file: string;
  meta: ReleaseMeta;
  sections: Section[];
  /** The commitments among the sections, in order: numbered 1, 2, 3… */
  commitments: Section[];
  /** The sections with a heading, each with a page of its own: commitments and plain sections, in order. */
  headedSections: Section[];
}

/** One row of the side-by-side reading: the same paragraph (or block) in every locale. */
export interface AlignedRow<L extends string = string> {
  /** Fragment id, the same in every locale. */
  id: string;
  cells: Record<L, Paragraph[]>;
}

/**
 * A section across languages. Paragraphs are aligned one to one when every
 * language has as many; otherwise the section is one block.
 */
export interface AlignedSection<L extends string = string> {
  key: string;
  kind: SectionKind;
  number?: number;
  /** The id of a headed section's heading (`{key}-title`). */
  titleId?: string;
  mode: 'paragraph' | 'block';
  /** A headed section's heading in each language, as inline HTML. */
  titles: Partial<Record<L, string>>;
  rows: AlignedRow<L>[];
}

/** A release: the same statement in every locale, its sections aligned. */
export interface Release<L extends string = string> {
  /** Language-neutral key, also the URL segment. */
  key: string;
  date: string;
  /** The codes of the countries (or `EU`, `UN`) the release is from, the same in every language; possibly none. */
  countries: string[];
  /** The newest update's date, when the release has been updated since `date`. */
  updated?: string;
  /** The instant before which the release is not published (ISO 8601, UTC), the same in every language; none when it is not embargoed. */
  embargo?: string;
  /** Commitment keys this release no longer has, each to the commitment whose page now answers for it. */
  redirects: Record<string, string>;
  versions: Record<L, ReleaseVersion<L>>;
}
