/**
 * One formatter a locale, made on first use and kept for the process.
 * Constructing an `Intl` formatter costs far more than formatting with it
 * (ICU loads the locale's data each time), and a build formats dates, country
 * names and lists on every page it renders: made anew each time, the
 * constructors were about 4 % of the time Next spent prerendering.
 *
 * @param make Builds the formatter for one BCP 47 tag.
 */
export function perLocale<T>(make: (intlLocale: string) => T): (intlLocale: string) => T {
  const made = new Map<string, T>();
  return (intlLocale) => {
    let formatter = made.get(intlLocale);
    if (formatter === undefined) {
      formatter = make(intlLocale);
      made.set(intlLocale, formatter);
    }
    return formatter;
  };
}
