import {Feed} from 'feed';
import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {getReleases, type ReleaseVersion} from '@/lib/site/releases';
import {lastChange, publicationTime, releaseTime} from '@/lib/site/dates';
import {feedPath, homePath, releasePath} from '@/lib/site/routes';
import {absoluteUrl} from '@/lib/site/site';

/** How many releases a feed holds: the newest; readers poll often, and the archive keeps the rest. */
const FEED_SIZE = 50;

/**
 * The Atom feed of one language: the newest 50 releases with their full
 * text, newest first, the feed declaring its language (`xml:lang`). Entry
 * ids are the statements' URLs, which never change.
 *
 * @param locale The feed's language.
 */
export async function atomFeed(locale: Locale): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Feed'});
  const releases = getReleases().slice(0, FEED_SIZE);
  const home = absoluteUrl(homePath(locale));
  const feed = new Feed({
    id: home,
    title: t('title'),
    description: t('subtitle'),
    link: home,
    language: locale,
    // The newest release, not the build time, so a rebuild changes nothing.
    updated: new Date(releases.map(lastChange).sort().at(-1) ?? releaseTime('1970-01-01')),
    feedLinks: {atom: absoluteUrl(feedPath(locale))},
    generator: false,
  });
  for (const release of releases) {
    const version = release.versions[locale];
    const url = absoluteUrl(releasePath(locale, release.key));
    feed.addItem({
      id: url,
      link: url,
      title: version.meta.title,
      description: version.meta.description,
      content: releaseHtml(version),
      // The entry's `updated`: its newest correction, or its publication.
      date: new Date(lastChange(release)),
      published: publicationTime(release),
      // Atom wants an author on every entry: an unsigned release is its issuer's.
      author: version.meta.authors.length > 0 ? version.meta.authors.map((author) => ({name: author.name})) : [{name: version.meta.issuer}],
    });
  }
  // The feed package writes no `xml:lang` (its `language` is RSS's); Atom takes it on the root element.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

// The statement as one HTML document, numbered as on the site.
function releaseHtml(version: ReleaseVersion): string {
  return version.sections
    .map((section) => {
      const heading = section.labelHtml ? `<h2>${section.labelHtml}</h2>\n` : '';
      const rule = section.kind === 'closing' ? '<hr>\n' : '';
      return `${rule}${heading}${section.html}`;
    })
    .join('\n');
}
