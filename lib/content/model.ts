import type {Locale} from '@/i18n/routing';

/** The kinds of section a release is made of, in the order they may appear. */
export const SECTION_KINDS = ['intro', 'commitment', 'closing'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** One block of a section's body (a paragraph, a list, a quotation). */
export interface Paragraph {
  html: string;
  text: string;
  /** Where the block starts in its file, for messages. */
  line: number;
}

/** One section of a release in one language, keyed the same in every language. */
export interface Section {
  key: string;
  kind: SectionKind;
  /** Commitments are numbered 1, 2, 3… by the model, never by the text. */
  number?: number;
  /** A commitment's heading as plain text and as inline HTML. */
  title?: string;
  titleHtml?: string;
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
  authors: Author[];
  /** What kind of document it is, for citations ("joint statement"). */
  genre?: string;
  /** Where this language version comes from, in this language. */
  source?: string;
  /** Editorial notes on translation differences; they never alter the text. */
  notes: Note[];
  /** Correspondence warnings this version's front matter accepts, with why. */
  acknowledgements: Acknowledgement[];
}

/** A correspondence warning a release has looked at and accepts. */
export interface Acknowledgement {
  section: string;
  /** The tokens the warning quotes, or `length`, or `paragraph`. */
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
export interface ReleaseVersion {
  locale: Locale;
  file: string;
  meta: ReleaseMeta;
  sections: Section[];
}

/** One row of the side-by-side reading: the same paragraph (or block) in every locale. */
export interface AlignedRow {
  /** Fragment id, the same in every locale. */
  id: string;
  cells: Record<Locale, Paragraph[]>;
}

/**
 * A section across languages. Paragraphs are aligned one to one when every
 * language has as many; otherwise the section is one block.
 */
export interface AlignedSection {
  key: string;
  kind: SectionKind;
  number?: number;
  mode: 'paragraph' | 'block';
  titles: Partial<Record<Locale, string>>;
  rows: AlignedRow[];
}

/** A release: the same statement in every locale, its sections aligned. */
export interface Release {
  /** Language-neutral key, also the URL segment. */
  key: string;
  date: string;
  versions: Record<Locale, ReleaseVersion>;
}
