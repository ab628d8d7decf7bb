import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {routing} from '@/i18n/routing';
import {fillTemplate, nginxConfig, type NginxSettings} from '@/lib/serving/nginx-config';
import {everyAnswerHeaders} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, FILE_FOLDERS, isNotPage, NOT_PAGES, PREVIEW_RULES} from '@/lib/serving/serving-rules';

const template = readFileSync('deploy/nginx/persberichten.conf.template', 'utf8');
const settings: NginxSettings = {exportRoot: '/srv/out', origin: 'https://press.example.org', preview: false, moved: [], env: {}};

/** The body of the location with this match (`^~ /_next/`, `= /404.html`). */
function location(config: string, match: string): string {
  const start = config.indexOf(`    location ${match} {\n`);
  expect(start, `location ${match}`).toBeGreaterThanOrEqual(0);
  return config.slice(start, config.indexOf('\n    }', start));
}

describe('fillTemplate', () => {
  it('fills every placeholder, as often as it occurs, and leaves `$` in values as it is', () => {
    expect(fillTemplate('{{a}} and {{a}}, {{b}}', {a: '$1', b: 'x'}, 't')).toBe('$1 and $1, x');
  });

  it('refuses a placeholder without a value, and a value without a placeholder, naming the template', () => {
    expect(() => fillTemplate('{{a}} {{c}}', {a: 'x'}, 'the.template')).toThrow('the.template: {{c}} has no value');
    expect(() => fillTemplate('{{a}}', {a: 'x', b: 'y'}, 'the.template')).toThrow('the.template: no placeholder for {{b}}');
  });
});

describe('nginxConfig', () => {
  const config = nginxConfig(template, settings);

  it('fills the shipped template whole', () => {
    expect(config).not.toMatch(/\{\{\w+\}\}/);
    expect(config).toContain('    root /srv/out;');
    expect(config).toContain('ssl_certificate /etc/letsencrypt/live/press.example.org/fullchain.pem;');
  });

  it('serves each folder of files only with its caching and every header, from the serving rules', () => {
    for (const folder of FILE_FOLDERS) {
      const body = location(config, `^~ ${folder.path}`);
      expect(body).toContain('try_files $uri =404;');
      expect(body).toContain(`add_header Cache-Control "${CACHE_CONTROL[folder.cache]}" always;`);
      for (const name of Object.keys(everyAnswerHeaders())) expect(body, `${folder.path}: ${name}`).toContain(`add_header ${name} `);
    }
  });

  it('answers 404 for every file that is no page, under a language with its 404 page, and serves the 404 documents only as errors', () => {
    for (const pattern of NOT_PAGES) {
      const match = pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
      const body = location(config, match);
      expect(body, pattern).toMatch(/internal;|return 404;/);
      expect(body, pattern).toContain(`add_header Cache-Control "${CACHE_CONTROL.notFound}" always;`);
      const locale = routing.locales.find((each) => pattern.startsWith(`/${each}/`));
      if (locale) expect(body, pattern).toContain(`error_page 404 /${locale}/404/index.html;`);
    }
    expect(location(config, '= /404.html')).toContain('internal;');
    for (const locale of routing.locales) expect(location(config, `^~ /${locale}/404/`)).toContain('internal;');
    expect(location(config, '= /_headers')).toContain('return 404;');
  });

  it('names the languages from the routing, never a pattern', () => {
    expect(config).toContain(`location ~ ^/(?<locale>${routing.locales.join('|')})/ {`);
    for (const locale of routing.locales) expect(config).toContain(`"~*^${locale}$" ${locale};`);
  });

  it('redirects each moved page, with and without its slash, keeping the query', () => {
    const moved = nginxConfig(template, {...settings, moved: [{from: '/nl/r/oud/', to: '/nl/r/nieuw/'}]});
    expect(location(moved, '= /nl/r/oud/')).toContain('return 301 /nl/r/nieuw/$is_args$args;');
    expect(location(moved, '= /nl/r/oud')).toContain('return 301 /nl/r/nieuw/$is_args$args;');
  });

  it('makes the preview its own server: its host, a password, nothing indexed or kept', () => {
    const preview = nginxConfig(template, {...settings, preview: true, env: {PREVIEW_HOST: 'embargo.example.org', NGINX_PREVIEW_HTPASSWD: '/etc/p'}});
    expect(preview).toContain('server_name embargo.example.org;');
    expect(preview).not.toContain('default_server');
    expect(preview).toContain('auth_basic_user_file /etc/p;');
    expect(preview).toContain(`add_header X-Robots-Tag "${PREVIEW_RULES.robots}" always;`);
    expect(preview).not.toContain(CACHE_CONTROL.assets);
    expect(preview).toContain(`add_header Cache-Control "${PREVIEW_RULES.cacheControl}" always;`);
    expect(preview).toContain('/etc/letsencrypt/live/embargo.example.org/privkey.pem');
  });

  it("takes the machine's settings from the build's environment", () => {
    const custom = nginxConfig(template, {
      ...settings,
      env: {NGINX_ROOT: '/var/www/site', NGINX_LISTEN: '8443', NGINX_TLS_CHAIN: '/etc/chain.pem', NGINX_RESOLVER: '9.9.9.9'},
    });
    expect(custom).toContain('    root /var/www/site;');
    expect(custom).toContain('listen 8443 ssl http2 default_server;');
    expect(custom).toContain('ssl_trusted_certificate /etc/chain.pem;');
    expect(custom).toContain('resolver 9.9.9.9;');
  });
});

describe('isNotPage', () => {
  it('holds the 404 documents, the not-found route and the CDN files, and no page', () => {
    for (const pathname of [
      '/404.html',
      '/404/',
      '/404',
      '/nl/404/',
      '/nl/404/index.html',
      '/en/404.html',
      '/_not-found/',
      '/_headers',
      '/_redirects',
      '/feed.xml',
    ]) {
      expect(isNotPage(pathname), pathname).toBe(true);
    }
    for (const pathname of ['/', '/nl/', '/nl/feed.xml', '/nl/404-report/', '/en/release/', '/sitemap.xml']) expect(isNotPage(pathname), pathname).toBe(false);
  });
});
