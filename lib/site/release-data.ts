// Releases as data for machines: one JSON document per release with every
// language's metadata and its sections aligned by key (what the side-by-side
// page shows), and an index of releases. Their shapes are the JSON Schemas in
// `public/data/`, published beside them. Nothing in them depends on the time
// of the build, so the same content gives the same bytes.
import {routing, type Locale} from '@/i18n/routing';
import {alignParagraphs, type Release} from '@/lib/site/releases';
import {commitmentPath, DATA_SCHEMA_PATHS, releaseDataPath, releasePath, sectionPath, sideBySidePath} from '@/lib/site/routes';
import {absoluteUrl} from '@/lib/site/site';

type PerLocale<T> = Record<Locale, T>;

const perLocale = <T>(make: (locale: Locale) => T): PerLocale<T> => Object.fromEntries(routing.locales.map((locale) => [locale, make(locale)])) as PerLocale<T>;

/**
 * One release as a JSON document: its facts, each language's metadata and
 * every section across languages, row by row as it is read side by side.
 *
 * @param release The release.
 */
export function releaseDocument(release: Release) {
  return {
    $schema: absoluteUrl(DATA_SCHEMA_PATHS.release),
    key: release.key,
    date: release.date,
    ...(release.updated ? {updated: release.updated} : {}),
    countries: release.countries,
    versions: perLocale((locale) => {
      const {meta} = release.versions[locale];
      return {
        url: absoluteUrl(releasePath(locale, release.key)),
        sideBySideUrl: absoluteUrl(sideBySidePath(locale, release.key)),
        title: meta.title,
        description: meta.description,
        ...(meta.genre ? {genre: meta.genre} : {}),
        place: meta.place,
        issuer: meta.issuer,
        authors: meta.authors.map(({name, role}) => ({name, role})),
        ...(meta.source ? {source: meta.source} : {}),
        updates: meta.updates.map(({date, note}) => ({date, note})),
        notes: meta.notes.map(({section, html}) => ({section, html})),
      };
    }),
    sections: alignParagraphs(release).map((section) => ({
      key: section.key,
      kind: section.kind,
      ...(section.number === undefined ? {} : {number: section.number}),
      // Paragraph by paragraph where every language has as many; otherwise one block.
      mode: section.mode,
      // A headed section (a commitment or a plain section) has a page of its own.
      urls: perLocale((locale) =>
        absoluteUrl(section.titleId === undefined ? sectionPath(locale, release.key, section.key) : commitmentPath(locale, release.key, section.key)),
      ),
      ...(section.titleId === undefined
        ? {}
        : {titles: perLocale((locale) => release.versions[locale].sections.find((each) => each.key === section.key)?.title ?? '')}),
      rows: section.rows.map((row) => ({
        id: row.id,
        text: perLocale((locale) => row.cells[locale].map((paragraph) => paragraph.text)),
        html: perLocale((locale) => row.cells[locale].map((paragraph) => paragraph.html)),
      })),
    })),
  };
}

/**
 * The index of releases, newest first: each one's facts, titles and
 * descriptions, pages and JSON document.
 *
 * @param releases The releases, newest first.
 */
export function releaseIndexDocument(releases: readonly Release[]) {
  return {
    $schema: absoluteUrl(DATA_SCHEMA_PATHS.index),
    releases: releases.map((release) => ({
      key: release.key,
      date: release.date,
      ...(release.updated ? {updated: release.updated} : {}),
      countries: release.countries,
      data: absoluteUrl(releaseDataPath(release.key)),
      versions: perLocale((locale) => ({
        url: absoluteUrl(releasePath(locale, release.key)),
        title: release.versions[locale].meta.title,
        description: release.versions[locale].meta.description,
      })),
    })),
  };
}

/**
 * A document as the file the site publishes: two-space JSON, with a final newline.
 *
 * @param document The document.
 */
export function jsonFile(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
