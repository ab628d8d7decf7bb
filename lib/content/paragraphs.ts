import {routing} from '@/i18n/routing';
import {paragraphId} from '@/lib/routes';
import type {AlignedSection, Release} from './model';
import type {ContentProblem} from './problems';

/**
 * Align a release's paragraphs across languages, section by section: one to
 * one where every language has as many paragraphs, else the section is one
 * block. Expects sections already aligned by key (see `alignSections`).
 *
 * @param release A release whose language versions passed validation.
 */
export function alignParagraphs(release: Release): AlignedSection[] {
  const [reference] = routing.locales;
  return release.versions[reference].sections.map((section) => {
    const versions = routing.locales.map((locale) => {
      const counterpart = release.versions[locale].sections.find((each) => each.key === section.key)!;
      return {locale, section: counterpart};
    });
    const counts = new Set(versions.map(({section: each}) => each.paragraphs.length));
    const titles = Object.fromEntries(versions.filter(({section: each}) => each.title).map(({locale, section: each}) => [locale, each.titleHtml]));
    const base = {key: section.key, kind: section.kind, ...(section.number ? {number: section.number} : {}), titles};
    if (counts.size === 1) {
      return {
        ...base,
        mode: 'paragraph',
        rows: section.paragraphs.map((_, index) => ({
          id: paragraphId(section.key, index),
          cells: Object.fromEntries(versions.map(({locale, section: each}) => [locale, [each.paragraphs[index]!]])),
        })),
      } as AlignedSection;
    }
    return {
      ...base,
      mode: 'block',
      rows: [{id: `${section.key}-text`, cells: Object.fromEntries(versions.map(({locale, section: each}) => [locale, each.paragraphs]))}],
    } as AlignedSection;
  });
}

/**
 * Warn about sections whose paragraph counts differ between languages: they
 * are read side by side as one block, not paragraph by paragraph.
 *
 * @param release A release whose language versions passed validation.
 */
export function paragraphWarnings(release: Release): ContentProblem[] {
  const versions = routing.locales.map((locale) => release.versions[locale]);
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
 */
export function blockFallbacks(release: Release): Record<string, string> {
  const blocks = new Set(alignParagraphs(release).filter((section) => section.mode === 'block').map((section) => section.key));
  return Object.fromEntries(
    routing.locales.flatMap((locale) =>
      release.versions[locale].sections
        .filter((section) => blocks.has(section.key))
        .flatMap((section) => section.paragraphs.map((_, index) => [paragraphId(section.key, index), section.key])),
    ),
  );
}
