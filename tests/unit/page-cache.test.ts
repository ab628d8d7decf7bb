import {spawnSync} from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateContent} from '../../scripts/bench/generate-content';
import {archivePageEntries, cachedArchivePageScripts, cachedReleaseScripts, keepArchivePage, keepReleasePages, pagesEntry} from '@/lib/build/page-cache';
import {checkContent} from '@/lib/site/releases';

// The page cache's keys (lib/build/page-cache.ts), computed in a copy of the
// project's rendering code so that a code change can be made without
// touching the real one. tests/unit/reproducible-build.test.ts checks the
// cache through whole builds.
const root = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const project = path.join(root, 'project');
for (const source of ['app', 'components', 'enhancements', 'i18n', 'lib', 'messages', 'next.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json']) {
  cpSync(source, path.join(project, source), {recursive: true});
}
symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
writeFileSync(
  path.join(project, 'keys.ts'),
  [
    "import path from 'node:path';",
    "import {pagesEntry} from '@/lib/build/page-cache';",
    "import {getReleases} from '@/lib/site/releases';",
    'console.log(JSON.stringify(Object.fromEntries(getReleases().map((release) => [release.key, path.basename(pagesEntry(release))]))));',
  ].join('\n'),
);
const content = path.join(root, 'content');
generateContent(content, 2);
const [first, second] = readdirSync(path.join(content, 'releases')).sort();

/** The page cache key of each release, as a build would compute it now. */
function keys(origin = 'https://press.example.org', folder = content): Record<string, string> {
  const result = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), ['keys.ts'], {
    cwd: project,
    env: {...process.env, CONTENT_DIR: folder, CONTENT_CACHE_DIR: path.join(root, 'content-cache'), SITE_ORIGIN: origin},
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe("the page cache's keys", () => {
  const before = keys();

  it('are one per release, and the same when nothing changed', () => {
    expect(Object.keys(before).sort()).toEqual([first, second]);
    expect(before[first!]).not.toBe(before[second!]);
    expect(keys()).toEqual(before);
  });

  it('change for one release when one of its files changes, and for no other', () => {
    const english = path.join(content, 'releases', second!, 'en.md');
    const text = readFileSync(english, 'utf8');
    writeFileSync(english, text.replace(/^(## Commitment on \w+)/m, '$1 and law'));
    try {
      const after = keys();
      expect(after[first!]).toBe(before[first!]);
      expect(after[second!]).not.toBe(before[second!]);
    } finally {
      writeFileSync(english, text);
    }
  });

  it("stay the same when the content folder moves (a release is hashed without its files' paths)", () => {
    const moved = path.join(root, 'moved', 'content');
    cpSync(content, moved, {recursive: true});
    expect(keys(undefined, moved)).toEqual(before);
  });

  it('change for every release when a file of the code that renders pages changes, or the origin', () => {
    expect(Object.values(keys('https://elsewhere.example.org'))).not.toContain(before[first!]);
    appendFileSync(path.join(project, 'components', 'ReleaseHeader.tsx'), '\n// a change\n');
    const after = keys();
    expect(after[first!]).not.toBe(before[first!]);
    expect(after[second!]).not.toBe(before[second!]);
  });
});

describe('the step after next build (scripts/page-cache.ts)', () => {
  const fixture = path.resolve('tests', 'fixtures', 'content', 'valid');
  const release = readdirSync(path.join(fixture, 'releases'))[0]!;
  const cacheFolder = path.join(root, 'pages');

  /** The fixture's release, read as the step reads it. */
  const releaseModel = () => {
    const report = checkContent(fixture);
    expect(report.problems).toEqual([]);
    return report.releases.find((each) => each.key === release)!;
  };
  /** Run the step on an export folder as Next left it; returns its exit status, output and record. */
  function step(folder: string, previousExport?: string) {
    const records = path.join(root, 'records');
    rmSync(records, {recursive: true, force: true});
    // The export this one replaces, where scripts/build.ts sets it aside.
    if (previousExport) {
      mkdirSync(records, {recursive: true});
      renameSync(previousExport, path.join(records, 'previous-export'));
    }
    const result = spawnSync(path.resolve('node_modules', '.bin', 'tsx'), ['scripts/page-cache.ts'], {
      env: {
        ...process.env,
        CONTENT_DIR: fixture,
        CONTENT_CACHE_DIR: path.join(root, 'content-cache'),
        PAGE_CACHE_DIR: cacheFolder,
        EXPORT_DIR: folder,
        BUILD_DIR: records,
      },
      encoding: 'utf8',
    });
    const record = path.join(records, 'pages.json');
    return {
      status: result.status,
      output: `${result.stdout}${result.stderr}`,
      record: existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as unknown) : undefined,
    };
  }
  /** The fixture's one archive page (2017) in each language, with its folder in the export. */
  const archivePage = (locale: string) => path.join(locale, 'archive', '2017');
  /**
   * An export folder holding a list page, the release's pages in the given
   * languages, and the archive's page in the others given (`archive ${locale}`).
   */
  function nextOutput(name: string, locales: string[], archiveLocales: string[] = ['nl', 'en']) {
    const folder = path.join(root, name);
    mkdirSync(path.join(folder, 'nl'), {recursive: true});
    writeFileSync(path.join(folder, 'nl', 'index.html'), 'list');
    for (const locale of archiveLocales) {
      mkdirSync(path.join(folder, archivePage(locale)), {recursive: true});
      writeFileSync(path.join(folder, archivePage(locale), 'index.html'), `archive ${locale}`);
    }
    for (const locale of locales) {
      mkdirSync(path.join(folder, locale, release, 'side-by-side'), {recursive: true});
      writeFileSync(path.join(folder, locale, release, 'index.html'), `statement ${locale}`);
      writeFileSync(path.join(folder, locale, release, 'side-by-side', 'index.html'), `side by side ${locale}`);
    }
    // The release's data file, which Next renders with its pages (and postbuild compresses).
    if (locales.length > 0) {
      mkdirSync(path.join(folder, 'data', 'releases'), {recursive: true});
      writeFileSync(path.join(folder, 'data', 'releases', `${release}.json`), '{"release": true}');
      writeFileSync(path.join(folder, 'data', 'releases', `${release}.json.gz`), 'compressed');
    }
    return folder;
  }

  it('deletes the export and names the release when its pages are neither rendered nor cached', () => {
    const folder = nextOutput('missing', ['nl']);
    const run = step(folder);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`Next rendered no pages for release ${release} in en`);
    expect(existsSync(folder)).toBe(false);
    expect(run.record).toBeUndefined();
  });

  it('deletes the export and names the archive page when it is neither rendered nor cached', () => {
    const folder = nextOutput('missing-archive', ['nl', 'en'], ['nl']);
    const run = step(folder);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${path.relative(process.cwd(), path.join(folder, archivePage('en')))}: Next rendered no archive page for 2017, page 1, in en`,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it("keeps a rendered release's pages and archive pages once postbuild has made them, then copies them into an export Next rendered without them", () => {
    const renderedFolder = nextOutput('rendered', ['nl', 'en']);
    const rendered = step(renderedFolder);
    expect(rendered.status, rendered.output).toBe(0);
    expect(rendered.record).toEqual({rendered: [release], pages: 4, cached: 0, archive: {rendered: [archivePage('nl'), archivePage('en')], cached: 0}});
    // The step itself keeps nothing: postbuild keeps the pages as published,
    // without the share images (cached on their own) or the moved pages.
    expect(existsSync(cacheFolder) ? readdirSync(cacheFolder) : []).toEqual([]);
    writeFileSync(path.join(renderedFolder, 'en', release, 'share.png'), 'image');
    mkdirSync(path.join(renderedFolder, 'en', release, 'moved'), {recursive: true});
    writeFileSync(path.join(renderedFolder, 'en', release, 'moved', 'index.html'), 'moved page');
    const model = releaseModel();
    keepReleasePages(model, renderedFolder, ['/enhance/copy-text-AAAAAAAA.js'], [path.join(renderedFolder, 'en', release, 'moved')], cacheFolder);
    expect(cachedReleaseScripts(model, cacheFolder)).toEqual(['/enhance/copy-text-AAAAAAAA.js']);

    // Postbuild keeps the archive's pages too, each with its compressed copy.
    for (const locale of ['nl', 'en']) writeFileSync(path.join(renderedFolder, archivePage(locale), 'index.html.gz'), `compressed archive ${locale}`);
    const archive = archivePageEntries([model], cacheFolder);
    expect(archive.map((page) => page.folder)).toEqual([archivePage('nl'), archivePage('en')]);
    for (const page of archive) keepArchivePage(page, renderedFolder, []);
    expect(cachedArchivePageScripts(archive[0]!)).toEqual([]);

    // Next renders a route's first page even when the cache holds it; a later page's folder inside it stays.
    const folder = nextOutput('from-cache', [], ['nl']);
    writeFileSync(path.join(folder, archivePage('nl'), 'index.txt'), 'payload');
    mkdirSync(path.join(folder, archivePage('nl'), '2'));
    writeFileSync(path.join(folder, archivePage('nl'), '2', 'index.html'), 'archive nl, page 2');
    const cached = step(folder);
    expect(cached.status, cached.output).toBe(0);
    expect(cached.record).toEqual({rendered: [], pages: 0, cached: 1, archive: {rendered: [], cached: 2}});
    for (const page of archive) {
      const locale = page.locale;
      expect(readdirSync(path.join(folder, page.folder)).filter((name) => name !== '2')).toEqual(['index.html', 'index.html.gz']);
      expect(readFileSync(path.join(folder, page.folder, 'index.html.gz'), 'utf8')).toBe(`compressed archive ${locale}`);
      expect(statSync(path.join(folder, page.folder, 'index.html')).ino).toBe(statSync(path.join(page.entry, 'page', 'index.html')).ino);
    }
    expect(readFileSync(path.join(folder, archivePage('nl'), '2', 'index.html'), 'utf8')).toBe('archive nl, page 2');
    expect(readFileSync(path.join(folder, 'en', release, 'side-by-side', 'index.html'), 'utf8')).toBe('side by side en');
    expect(readFileSync(path.join(folder, 'nl', 'index.html'), 'utf8')).toBe('list');
    expect(readFileSync(path.join(folder, 'data', 'releases', `${release}.json`), 'utf8')).toBe('{"release": true}');
    expect(readFileSync(path.join(folder, 'data', 'releases', `${release}.json.gz`), 'utf8')).toBe('compressed');
    // Linked, not copied: the export's file is the cache's (the same disk here).
    const entry = pagesEntry(model, cacheFolder);
    expect(statSync(path.join(folder, 'en', release, 'side-by-side', 'index.html')).ino).toBe(
      statSync(path.join(entry, 'en', release, 'side-by-side', 'index.html')).ino,
    );
    expect(statSync(path.join(folder, 'data', 'releases', `${release}.json`)).ino).toBe(statSync(path.join(entry, 'data', 'releases', `${release}.json`)).ino);
    expect(existsSync(path.join(folder, 'en', release, 'share.png'))).toBe(false);
    expect(existsSync(path.join(folder, 'en', release, 'moved'))).toBe(false);
    // The list of scripts stays in the cache, beside the pages, and is not published.
    expect(existsSync(path.join(folder, 'enhancements.json'))).toBe(false);
  });

  it("moves a release's folder back from the export it replaces when it was made from the same entry, and links the others anew", () => {
    const model = releaseModel();
    const renderedFolder = nextOutput('rendered-again', ['nl', 'en']);
    expect(step(renderedFolder).status).toBe(0);
    keepReleasePages(model, renderedFolder, ['/enhance/copy-text-AAAAAAAA.js'], [], cacheFolder);
    const entry = pagesEntry(model, cacheFolder);
    // The export being replaced: made from the cache, then its English
    // folder given a file of a later step (a share image), and its Dutch
    // statement page replaced by one not from the entry.
    const previous = nextOutput('previous', []);
    expect(step(previous).status).toBe(0);
    writeFileSync(path.join(previous, 'en', release, 'share.png'), 'image');
    rmSync(path.join(previous, 'nl', release, 'index.html'));
    writeFileSync(path.join(previous, 'nl', release, 'index.html'), 'another page');

    const folder = nextOutput('next', []);
    const run = step(folder, previous);
    expect(run.status, run.output).toBe(0);
    const aside = path.join(root, 'records', 'previous-export');
    // Moved back whole: the later step's file came with it, and it left the old export.
    expect(readFileSync(path.join(folder, 'en', release, 'share.png'), 'utf8')).toBe('image');
    expect(existsSync(path.join(aside, 'en', release))).toBe(false);
    expect(statSync(path.join(folder, 'en', release, 'index.html')).ino).toBe(statSync(path.join(entry, 'en', release, 'index.html')).ino);
    // Not from the entry: linked anew from it, the old folder left for the build to delete.
    expect(readFileSync(path.join(folder, 'nl', release, 'index.html'), 'utf8')).toBe('statement nl');
    expect(statSync(path.join(folder, 'nl', release, 'index.html')).ino).toBe(statSync(path.join(entry, 'nl', release, 'index.html')).ino);
    expect(readFileSync(path.join(aside, 'nl', release, 'index.html'), 'utf8')).toBe('another page');
  });
});
