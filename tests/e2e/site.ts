import {readFileSync} from 'node:fs';
import {checkContent, type Release} from '@/lib/site/releases';

// What the browser tests need to know about the content, read through the
// same library the pages use, so the tests follow the content when it grows.
export const releases: Release[] = checkContent('content').releases;
export const locales = ['nl', 'en'] as const;
export type TestLocale = (typeof locales)[number];

export const release = releases.find((each) => each.key === '2017-10-16-michel-philippe')!;

/** The commitments of a release, in order, in one language. */
export function commitments(locale: TestLocale, of: Release = release) {
  return of.versions[locale].commitments;
}

/** UI messages, for finding things by their accessible names. */
export function messages(locale: TestLocale): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Record<string, string>>;
}

/** Every page of the site as a path, both languages. */
export function allPages(): string[] {
  return [
    '/',
    ...locales.flatMap((locale) => [
      `/${locale}/`,
      // The archive: its own page, a page for each year, and one more for every further 50 releases of that year.
      `/${locale}/archive/`,
      `/${locale}/search/`,
      `/${locale}/accessibility/`,
      ...[...new Set(releases.map((each) => each.date.slice(0, 4)))].flatMap((year) => {
        const count = releases.filter((each) => each.date.startsWith(year)).length;
        return Array.from({length: Math.ceil(count / 50)}, (_, index) => `/${locale}/archive/${year}/${index > 0 ? `${index + 1}/` : ''}`);
      }),
      ...releases.flatMap((each) => [
        `/${locale}/${each.key}/`,
        `/${locale}/${each.key}/side-by-side/`,
        ...commitments(locale, each).map((section) => `/${locale}/${each.key}/${section.key}/`),
      ]),
    ]),
  ];
}

export const otherLocale = (locale: TestLocale): TestLocale => (locale === 'nl' ? 'en' : 'nl');
