// The peer the statement's first paint is measured against: the same text
// built by a plain static generator (Debian's `hugo`) with a minimal theme
// of the bench's own: no stylesheet, font or script, the title, the dateline
// and the statement's Markdown as Hugo renders it. Written into the
// reference copy, so the same server serves it with the same headers.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {filesUnder} from '@/lib/build/build-inputs';

/** Where the peer of a language's statement is served in the reference copy. */
export const hugoPeerPath = (locale: string) => `/hugo/${locale}/statement/`;

const LAYOUT = `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="icon" href="/icon.svg">
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
<p>{{ .Params.dateline }}</p>
{{ .Content }}
</main>
</body>
</html>
`;

/**
 * A release's Markdown as plain Markdown: without its front matter and the
 * directive lines (`:::commitment{#key}`, `:::`) that only the site reads.
 *
 * @param source The release's file for one language.
 */
export function plainMarkdown(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => !line.startsWith(':::'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Build the peer of the statement in one language with Hugo, into the
 * reference copy, with precompressed copies as the site's own pages have.
 *
 * @param target The reference copy (`build/bench-reference`).
 * @param locale The language.
 * @param page What the peer shows: title, description, dateline, and the release's source file.
 * @param hugo The `hugo` binary.
 * @returns The peer's URL path, or why it could not be built.
 */
export function writeHugoPeer(
  target: string,
  locale: string,
  page: {title: string; description: string; dateline: string; source: string},
  hugo = process.env.HUGO_BIN || 'hugo',
): {path: string} | {error: string} {
  const site = mkdtempSync(path.join(tmpdir(), 'hugo-peer-'));
  try {
    const json = (value: string) => JSON.stringify(value);
    writeFileSync(
      path.join(site, 'config.toml'),
      [
        `baseURL = "/hugo/${locale}/"`,
        `languageCode = ${json(locale)}`,
        `title = ${json(page.title)}`,
        'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(site, 'layouts', '_default'), {recursive: true});
    writeFileSync(path.join(site, 'layouts', '_default', 'single.html'), LAYOUT);
    mkdirSync(path.join(site, 'content'), {recursive: true});
    const front = ['---', `title: ${json(page.title)}`, `description: ${json(page.description)}`, `dateline: ${json(page.dateline)}`, '---', ''];
    writeFileSync(path.join(site, 'content', 'statement.md'), `${front.join('\n')}${plainMarkdown(readFileSync(page.source, 'utf8'))}`);
    const output = path.resolve(target, 'hugo', locale);
    rmSync(output, {recursive: true, force: true});
    const result = spawnSync(hugo, ['--source', site, '--destination', output, '--quiet'], {encoding: 'utf8'});
    if (result.error) return {error: `${hugo}: ${result.error.message} (apt-get install hugo)`};
    if (result.status !== 0) return {error: `${hugo} exited ${result.status}: ${result.stderr.trim()}`};
    for (const file of filesUnder(output).filter((each) => each.endsWith('.html'))) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), {level: 9}));
    return {path: hugoPeerPath(locale)};
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
}
