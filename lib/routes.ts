import type {Locale} from '@/i18n/routing';

// The public URL scheme (documented in the README). Everything after the
// locale is language-neutral, so a page's URLs differ only in their prefix.

/** The list of releases in one language: `/{locale}/`. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** A full statement: `/{locale}/{release}/`. */
export function releasePath(locale: Locale, release: string): string {
  return `/${locale}/${release}/`;
}

/** One commitment on a page of its own: `/{locale}/{release}/{commitment}/`. */
export function commitmentPath(locale: Locale, release: string, commitment: string): string {
  return `/${locale}/${release}/${commitment}/`;
}

/** A section's place in the full statement: `/{locale}/{release}/#{section}`. */
export function sectionPath(locale: Locale, release: string, section: string): string {
  return `${releasePath(locale, release)}#${section}`;
}
