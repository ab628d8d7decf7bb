import {routing} from '@/i18n/routing';
import {getReleases} from '@/lib/content';

/** Every `{locale, release}` pair, for the pages that exist once per release and language. */
export function releaseParams(): Array<{locale: (typeof routing.locales)[number]; release: string}> {
  return routing.locales.flatMap((locale) => getReleases().map((release) => ({locale, release: release.key})));
}
