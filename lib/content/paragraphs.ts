import type {AlignedSection, Release} from './model';
import type {ContentProblem} from './problems';

/**
 * Align a release's paragraphs across languages, section by section: one to
 * one where every language has as many paragraphs, else the section is one
 * block. Expects sections already aligned by key (see `alignSections`).
 *
 * @param release A release whose language versions passed validation.
 * @param locales The site's languages, the reference first.
 */
export function alignParagraphs<L extends string>(release: Release<L>, locales: readonly L[]): AlignedSection<L>[] {
  const [reference] = locales as [L, ...L[]];
  return release.versions[reference].sections.map((section) => {
    const versions = locales.map((locale) => {
      const counterpart = release.versions[locale].sections.find((each) => each.key === section.key)!;
      return {locale, section: counterpart};
    });
    const counts = new Set(versions.map(({section: each}) => each.paragraphs.length));
    const titles = Object.fromEntries(versions.filter(({section: each}) => each.title).map(({locale, section: each}) => [locale, each.titleHtml])) as Partial<Record<L, string>>;
    const base = {
      key: section.key,
      kind: section.kind,
      ...(section.number ? {number: section.number} : {}),
      ...(section.titleId ? {titleId: section.titleId} : {}),
      titles,
    };
    if (counts.size === 1) {
      return {
        ...base,
        mode: 'paragraph',
        rows: section.paragraphs.map((paragraph, index) => ({
          id: paragraph.id,
          cells: Object.fromEntries(versions.map(({locale, section: each}) => [locale, [each.paragraphs[index]!]])) as Record<L, typeof section.paragraphs>,
        })),
      };
    }
    return {
      ...base,
      mode: 'block',
      rows: [{id: section.blockId, cells: Object.fromEntries(versions.map(({locale, section: each}) => [locale, each.paragraphs])) as Record<L, typeof section.paragraphs>}],
    };
  });
}

/**
 * Warn about sections whose paragraph counts differ between languages: they
 * are read side by side as one block, not paragraph by paragraph.
 *
 * @param release A release whose language versions passed validation.
 * @param locales The site's languages, the reference first.
 */
export function paragraphWarnings<L extends string>(release: Release<L>, locales: readonly L[]): ContentProblem[] {
  const versions = locales.map((locale) => release.versions[locale]);
  const [reference, ...others] = versions;
  if (!reference) return [];
  return reference.sections.flatMap((section) => {
    const counts = others.map((other) => ({other, count: other.sections.find((each) => each.key === section.key)?.paragraphs.length}));
    const differing = counts.filter(({count}) => count !== undefined && count !== section.paragraphs.length);
    return differing.map(({other, count}) => ({
      file: reference.file,
      line: section.line,
      field: `section "${section.key}"`,
      message: `has ${section.paragraphs.length} paragraphs here and ${count} in ${other.file}; it is read side by side as one block`,
    }));
  });
}

/**
 * Paragraph anchors that do not line up across languages (sections aligned
 * only as a block), each mapped to its section's anchor, which does.
 *
 * @param release A release whose language versions passed validation.
 * @param locales The site's languages, the reference first.
 */
export function blockFallbacks<L extends string>(release: Release<L>, locales: readonly L[]): Record<string, string> {
  const blocks = new Set(alignParagraphs(release, locales).filter((section) => section.mode === 'block').map((section) => section.key));
  return Object.fromEntries(
    locales.flatMap((locale) =>
      release.versions[locale].sections
        .filter((section) => blocks.has(section.key))
        .flatMap((section) => section.paragraphs.map((paragraph) => [paragraph.id, section.key])),
    ),
  );
}
