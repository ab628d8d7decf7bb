// Which language `/` sends a reader to. Both servers use this one rule: the
// nginx configuration gets the pattern as a map (scripts/postbuild.ts) and
// `npm start` runs it as a JavaScript regular expression (scripts/serve.ts),
// so the two cannot drift apart. The syntax used (lazy and non-capturing
// groups, a negative lookahead) means the same in PCRE and JavaScript.
//
// The rule: the first language range listed whose primary tag the site has
// and whose weight is not zero. Browsers list languages by falling weight,
// so this is the reader's favourite the site has; `*` and unknown languages
// leave the reader on the language choice.

/**
 * The Accept-Language pattern; its one capturing group is the language, in
 * whatever case the request used. Case-insensitive matching is up to the user
 * of the pattern (`~*` in nginx, the `i` flag in JavaScript).
 *
 * @param locales The site's languages, as primary language subtags.
 */
export function acceptLanguagePattern(locales: readonly string[]): string {
  const zeroWeight = String.raw`\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$)`;
  return String.raw`^(?:[^,]*,)*?\s*(${locales.join('|')})(?:-[^,;]*)?\s*(?:;(?!${zeroWeight})[^,]*)?(?:,|$)`;
}

/**
 * The site language an Accept-Language header asks for, if any.
 *
 * @param header The request's Accept-Language.
 * @param locales The site's languages.
 */
export function negotiateLocale<Locale extends string>(header: string | undefined, locales: readonly Locale[]): Locale | undefined {
  if (!header) return undefined;
  const match = compiled(locales).exec(header);
  return match ? (match[1]!.toLowerCase() as Locale) : undefined;
}

// `/` asks on every request; the pattern is compiled once per list of languages.
const patterns = new Map<string, RegExp>();
function compiled(locales: readonly string[]): RegExp {
  const key = locales.join('|');
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(acceptLanguagePattern(locales), 'i');
    patterns.set(key, pattern);
  }
  return pattern;
}
