// What the content library needs to know about the site it serves. It takes
// these as options, the way rehype-slug takes `prefix`, and imports nothing
// from the site: the site binds them once (see `lib/site/releases.ts`).

/** How the fragment ids a release puts on a page are made from its section keys. */
export interface IdScheme {
  /** A paragraph's anchor, counting from 1 (`{key}-{n}`). */
  paragraph: (section: string, number: number) => string;
  /** A commitment heading's own id, for `aria-labelledby` (`{key}-title`). */
  heading: (section: string) => string;
  /** The row of a section read side by side as one block (`{key}-text`). */
  block: (section: string) => string;
}

/** What the site tells the content library. */
export interface ContentOptions<L extends string = string> {
  /** The content folder, asked each time releases are read (the site's may change between runs of a test); `content/` by default. */
  directory?: () => string;
  /** The site's languages; every release has one file per locale. The first is the reference the others are aligned with. */
  locales: readonly L[];
  /** URL segments the site uses itself: no release or section key may take one. */
  reservedSegments?: readonly string[];
  /** Fragment ids the page chrome uses (`main`, …): no id a release derives may equal one. */
  chromeIds?: readonly string[];
  /** How fragment ids are made; each part defaults to `{key}-{n}`, `{key}-title` and `{key}-text`. */
  ids?: Partial<IdScheme>;
  /**
   * Keep each parsed file in this folder, keyed by a hash of its bytes, its
   * path, its locale and `version`, so an unchanged file is read, not parsed,
   * on the next run. `version` must change whenever anything that shapes the
   * model does (the library's code, its dependencies, the other options).
   */
  cache?: {directory: string; version: string};
  /**
   * The correspondence check's prior for lengths: characters a text takes in
   * each language per character of the same text in a language at 1 (a
   * missing locale is 1). A release's own sections outweigh it.
   */
  lengthRatios?: Partial<Record<L, number>>;
}

/** The options with every default filled in. */
export interface ResolvedOptions<L extends string = string> {
  directory: () => string;
  locales: readonly L[];
  reservedSegments: readonly string[];
  chromeIds: readonly string[];
  ids: IdScheme;
  cache?: {directory: string; version: string};
  lengthRatios: Partial<Record<L, number>>;
}

/** `{key}-{n}` for paragraphs, `{key}-title` for headings, `{key}-text` for blocks. */
const defaultIdScheme: IdScheme = {
  paragraph: (section, number) => `${section}-${number}`,
  heading: (section) => `${section}-title`,
  block: (section) => `${section}-text`,
};

/**
 * Fill in the defaults of the content options.
 *
 * @param options What the site passes.
 */
export function resolveOptions<L extends string>(options: ContentOptions<L>): ResolvedOptions<L> {
  if (options.locales.length === 0) throw new Error('The content library needs at least one locale');
  return {
    directory: options.directory ?? (() => 'content'),
    locales: options.locales,
    reservedSegments: options.reservedSegments ?? [],
    chromeIds: options.chromeIds ?? [],
    ids: {...defaultIdScheme, ...options.ids},
    ...(options.cache ? {cache: options.cache} : {}),
    lengthRatios: options.lengthRatios ?? {},
  };
}
