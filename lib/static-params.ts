import {routing} from '@/i18n/routing';
import {getReleases} from '@/lib/releases';

/** Every `{locale, release}` pair, for the pages that exist once per release and language. */
export function releaseParams(): Array<{locale: (typeof routing.locales)[number]; release: string}> {
  return routing.locales.flatMap((locale) => getReleases().map((release) => ({locale, release: release.key})));
}

/** Every `{locale, release, commitment}`, for the pages of single commitments. */
export function commitmentParams(): Array<{locale: (typeof routing.locales)[number]; release: string; commitment: string}> {
  return routing.locales.flatMap((locale) =>
    getReleases().flatMap((release) => release.versions[locale].commitments.map((section) => ({locale, release: release.key, commitment: section.key}))),
  );
}
