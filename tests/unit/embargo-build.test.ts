import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {request} from 'node:https';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {parseFeed} from '@rowanmanning/feed-parser';
import {afterAll, describe, expect, it} from 'vitest';
import {buildEnvironment, runIn, type BuildEnvironment} from '../support/build-environment';
import {PORTS} from '../support/ports';
import {stage} from '../../scripts/deploy/releases';
import {createSiteHandler} from '../../scripts/serve';
import {filesUnder} from '@/lib/build/build-inputs';

// Embargoes: three releases, one under an embargo far ahead, one whose
// embargo has ended and one without, built as the public site is now and
// again after the first embargo ends (PUBLISH_AT).
const ORIGIN = 'https://press.example.org';
const EMBARGOED = '2026-06-01-embargoed';
const ENDED = '2026-05-01-ended';
const PLAIN = '2026-04-01-plain';
const EMBARGO = '2099-01-01T10:00:00+01:00';
// Words of the embargoed release only: none may be anywhere in the public export.
const SECRETS = ['Kwartelkoningakkoord', 'Corncrakeaccord', EMBARGOED];

const content = mkdtempSync(path.join(tmpdir(), 'embargo-'));
const environments: BuildEnvironment[] = [];
const servers: Server[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  for (const child of children) child.kill('SIGTERM');
  rmSync(content, {recursive: true, force: true});
  for (const environment of environments) rmSync(environment.root, {recursive: true, force: true});
}, 120_000);

function release(key: string, date: string, embargo: string | undefined, words: {nl: string; en: string}): void {
  const folder = path.join(content, 'releases', key);
  mkdirSync(folder, {recursive: true});
  for (const locale of ['nl', 'en'] as const) {
    const front = [
      `title: ${locale === 'nl' ? 'Bericht over het' : 'Release on the'} ${words[locale]}`,
      `date: ${date}`,
      ...(embargo ? [`embargo: ${embargo}`] : []),
      `place: ${locale === 'nl' ? 'Brussel' : 'Brussels'}`,
      `issuer: ${locale === 'nl' ? 'Kanselarij' : 'Chancellery'}`,
      `description: ${locale === 'nl' ? 'Over het' : 'On the'} ${words[locale]}.`,
      'countries: [BE]',
    ];
    const body = locale === 'nl' ? `Vandaag is het ${words.nl} gesloten, in 2026.` : `Today the ${words.en} was concluded, in 2026.`;
    writeFileSync(path.join(folder, `${locale}.md`), `---\n${front.join('\n')}\n---\n\n:::intro{#introduction}\n${body}\n:::\n`);
  }
}
release(EMBARGOED, '2026-06-01', EMBARGO, {nl: 'Kwartelkoningakkoord', en: 'Corncrakeaccord'});
release(ENDED, '2026-05-01', '2026-05-01T09:00:00+02:00', {nl: 'Grutto-akkoord', en: 'Godwit accord'});
release(PLAIN, '2026-04-01', undefined, {nl: 'Kievitakkoord', en: 'Lapwing accord'});

/** Every file of an export as text, its compressed copies and Pagefind's gzipped index read decompressed. */
function exportTexts(out: string): Map<string, string> {
  return new Map(
    filesUnder(out).map((file) => {
      const bytes = readFileSync(file);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return [path.relative(out, file), (gzipped ? gunzipSync(bytes) : bytes).toString('latin1')];
    }),
  );
}

function build(name: string, variables: Record<string, string> = {}, script = 'build') {
  const environment = buildEnvironment(`embargo-${name}`);
  environments.push(environment);
  rmSync(environment.root, {recursive: true, force: true});
  const result = runIn(environment, {CONTENT_DIR: content, SITE_ORIGIN: ORIGIN, ...variables}, script);
  expect(result.status, `${result.stdout}${result.stderr}`.slice(-4000)).toBe(0);
  return {out: environment.out, records: environment.records, output: `${result.stdout}${result.stderr}`};
}

/** Serve an export with npm start's handler on a port; its origin. */
async function serve(root: string, port: number, preview: boolean): Promise<string> {
  const server = createServer(createSiteHandler(path.resolve(root), {preview}));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}`;
}

/** Status and headers of an answer over HTTPS (the test's own certificate), with a password or without. */
function fetchTls(url: string, authorization?: string): Promise<{status: number; headers: Record<string, string | string[] | undefined>}> {
  return new Promise((resolve, reject) => {
    request(url, {rejectUnauthorized: false, headers: authorization ? {Authorization: authorization} : {}}, (res) => {
      res.resume();
      resolve({status: res.statusCode ?? 0, headers: res.headers});
    })
      .on('error', reject)
      .end();
  });
}

describe('an embargoed release', () => {
  let now: ReturnType<typeof build>;

  it('is in no file of the public export built now, compressed or not, nor in its search index; the ended and the plain release are', () => {
    now = build('now');
    const texts = exportTexts(now.out);
    expect(texts.size).toBeGreaterThan(50);
    for (const [file, text] of texts) for (const secret of SECRETS) expect(text.includes(secret) || file.includes(secret), `${secret} in ${file}`).toBe(false);
    for (const key of [ENDED, PLAIN]) {
      for (const locale of ['nl', 'en']) expect(existsSync(path.join(now.out, locale, key, 'index.html')), `${locale}/${key}`).toBe(true);
      expect(texts.get('sitemap.xml')).toContain(`/nl/${key}/`);
    }
    // The words of the published releases are in the search index, so its absence of the others says something.
    expect([...texts].some(([file, text]) => file.startsWith('pagefind') && text.includes('kievitakkoord'))).toBe(true);
    expect(existsSync(path.join(now.out, 'nl', EMBARGOED))).toBe(false);
    expect(existsSync(path.join(now.out, 'data', 'releases', `${EMBARGOED}.json`))).toBe(false);
  }, 900_000);

  it('is listed by the build with its instant and the time left', () => {
    expect(now.output).toMatch(new RegExp(`embargoed until ${EMBARGO.replaceAll('+', '\\+')} \\(in \\d+ d( \\d+ h)?\\): .*${EMBARGOED}/`));
  });

  it('is published by a build at an instant after its embargo, in feeds and sitemap at the embargo instant', () => {
    const after = build('after', {PUBLISH_AT: '2099-01-02T00:00:00Z'});
    // Built ahead of its instant, it publishes nothing yet: the ledger of published addresses does not name it.
    expect(readFileSync(path.join(content, 'published-urls.txt'), 'utf8')).not.toContain(EMBARGOED);
    for (const locale of ['nl', 'en']) {
      expect(existsSync(path.join(after.out, locale, EMBARGOED, 'index.html')), `${locale}/${EMBARGOED}`).toBe(true);
      const feed = parseFeed(readFileSync(path.join(after.out, locale, 'feed.xml'), 'utf8'));
      const entry = feed.items.find((item) => item.id === `${ORIGIN}/${locale}/${EMBARGOED}/`);
      expect(entry?.published?.toISOString()).toBe('2099-01-01T09:00:00.000Z');
    }
    const sitemap = readFileSync(path.join(after.out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${EMBARGOED}/</loc>[\\s\\S]*?<lastmod>2099-01-01T09:00:00.000Z</lastmod>`));
    // The ended release is dated by its embargo too; the plain one by its date.
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${ENDED}/</loc>[\\s\\S]*?<lastmod>2026-05-01T07:00:00.000Z</lastmod>`));
    expect(sitemap).toMatch(new RegExp(`<loc>${ORIGIN}/nl/${PLAIN}/</loc>[\\s\\S]*?<lastmod>2026-04-01T12:00:00.000Z</lastmod>`));
  }, 900_000);

  it("is in the preview for journalists under a banner with its instant, every page of which is unindexed and uncached, on npm start's preview and on nginx's behind a password; the public server answers 404 for it", async () => {
    const htpasswd = path.join(content, 'preview.htpasswd');
    const hash = spawnSync('openssl', ['passwd', '-apr1', 'letmein'], {encoding: 'utf8'}).stdout.trim();
    writeFileSync(htpasswd, `journalist:${hash}\n`);
    const ledger = readFileSync(path.join(content, 'published-urls.txt'), 'utf8');
    const preview = build('preview', {NGINX_PREVIEW_HTPASSWD: htpasswd, PREVIEW_HOST: 'preview.press.example.org'}, 'build:preview');
    const pages = [...exportTexts(preview.out)].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const [file, html] of pages) {
      expect(html, file).toContain('class="preview-banner"');
      expect(html, file).toMatch(/<meta name="robots" content="noindex(, ?nofollow)?"/);
    }
    for (const [locale, banner] of [
      ['nl', 'Onder embargo tot 10:00 CET, donderdag 1 januari 2099'],
      ['en', 'Embargoed until 10:00 CET, Thursday, 1 January 2099'],
    ] as const) {
      const page = readFileSync(path.join(preview.out, locale, EMBARGOED, 'index.html'), 'utf8');
      expect(page).toContain(banner);
      // Its canonical address is the public one to be.
      expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/${locale}/${EMBARGOED}/"`);
    }
    // The ledger of published addresses is left as it was: the preview publishes nothing.
    expect(readFileSync(path.join(content, 'published-urls.txt'), 'utf8')).toBe(ledger);
    // And it is never released as the public site.
    expect(() => stage(path.join(content, 'srv'), preview.out)).toThrow(/preview for journalists/);

    // npm start --preview: every answer unindexed and uncached.
    const origin = await serve(preview.out, PORTS.preview, true);
    for (const address of [`/nl/${EMBARGOED}/`, '/en/', '/nl/no-such-page/', '/robots.txt']) {
      const response = await fetch(`${origin}${address}`);
      expect(response.headers.get('x-robots-tag'), address).toBe('noindex');
      expect(response.headers.get('cache-control'), address).toBe('private, no-store');
    }
    expect((await fetch(`${origin}/nl/${EMBARGOED}/`)).status).toBe(200);
    // The public site has no such page.
    const publicOrigin = await serve(now.out, PORTS.previewPublic, false);
    expect((await fetch(`${publicOrigin}/nl/${EMBARGOED}/`)).status).toBe(404);
    expect((await fetch(`${publicOrigin}/nl/${PLAIN}/`)).status).toBe(200);

    // nginx's preview server: 401 without the password, 200 with it, and the same headers.
    const nginx = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'nginx-test-server.ts')], {
      env: {
        ...process.env,
        BUILD_DIR: preview.records,
        EXPORT_ROOT: path.resolve(preview.out),
        PORT: String(PORTS.previewNginx),
        HTTP_PORT: String(PORTS.previewNginxHttp),
      },
      stdio: 'ignore',
    });
    children.push(nginx);
    const base = `https://127.0.0.1:${PORTS.previewNginx}`;
    const page = `${base}/nl/${EMBARGOED}/`;
    for (let tries = 0; tries < 100; tries++) {
      if (
        await fetchTls(page).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await fetchTls(page)).status).toBe(401);
    const credentials = `Basic ${Buffer.from('journalist:letmein').toString('base64')}`;
    expect((await fetchTls(page, 'Basic am91cm5hbGlzdDp3cm9uZw==')).status).toBe(401);
    for (const address of [page, `${base}/en/`, `${base}/nl/no-such-page/`]) {
      const answer = await fetchTls(address, credentials);
      expect(answer.status, address).toBe(address.includes('no-such-page') ? 404 : 200);
      expect(answer.headers['x-robots-tag'], address).toBe('noindex');
      expect(answer.headers['cache-control'], address).toBe('private, no-store');
    }
  }, 900_000);
});
