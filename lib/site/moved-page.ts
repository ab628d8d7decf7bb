// The static page left at a moved address, for hosts that cannot redirect:
// the servers and the CDN answer that address with a 301 before it is ever
// read. It sends the browser on at once (`refresh`), names the new address as
// canonical for search engines and keeps itself out of their index.
import type {Locale} from '@/i18n/routing';

/** What the page says, from the `Moved` messages of its language. */
export interface MovedMessages {
  title: string;
  body: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML of a moved address's fallback page.
 *
 * @param locale The page's language.
 * @param to The new address, as a path on the site.
 * @param canonical The new address, absolute.
 * @param messages The `Moved` messages of that language.
 */
export function movedPageHtml(locale: Locale, to: string, canonical: string, messages: MovedMessages): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<title>${escapeHtml(messages.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(messages.title)}</h1>
<p>${escapeHtml(messages.body)} <a href="${escapeHtml(to)}">${escapeHtml(canonical)}</a></p>
</main>
</body>
</html>
`;
}
