import {getRequestConfig} from 'next-intl/server';
import {isLocale, routing} from './routing';

export default getRequestConfig(async ({locale, requestLocale}) => {
  // An explicit locale (the bilingual pages outside `[locale]` ask for both)
  // wins over the URL segment; anything unknown falls back to the default.
  const requested = locale ?? (await requestLocale);
  const resolved = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale: resolved,
    // Releases carry calendar dates, formatted in UTC (lib/site/dates.ts). Named
    // here so that next-intl neither depends on the building machine's zone
    // nor asks for it on every page it renders.
    timeZone: 'UTC',
    messages: (await import(`../messages/${resolved}.json`)).default,
  };
});
