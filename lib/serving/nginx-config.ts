// The nginx configuration, from deploy/nginx/persberichten.conf.template and
// the serving rules: every `{{name}}` of the template is filled from one
// table of values, the locations of the folders that hold files only and of
// the addresses that are no page are written from serving-rules.ts, and a
// placeholder without a value, or a value without a placeholder, is an error.
import {routing} from '@/i18n/routing';
import {acceptLanguagePattern} from '@/lib/serving/accept-language';
import {everyAnswerHeaders} from '@/lib/serving/security-headers';
import {CACHE_CONTROL, ERROR_DOCUMENTS, FEED_CONTENT_TYPE, FILE_FOLDERS, NOT_PAGES, PREVIEW_RULES, REDIRECTS} from '@/lib/serving/serving-rules';
import {SPECULATION_RULES_PATH, SPECULATION_RULES_TYPE} from '@/lib/serving/speculation-rules';

/** What the configuration is for: the export, its host, and the machine's own settings. */
export interface NginxSettings {
  /** The export folder nginx serves when NGINX_ROOT (or NGINX_PREVIEW_ROOT) does not name another. */
  exportRoot: string;
  /** The site's origin (SITE_ORIGIN): its host name names the certificate's folder. */
  origin: string;
  /** The preview for journalists: its own host name, a password, nothing indexed or cached. */
  preview: boolean;
  /** Moved pages (each `from` ends in `/`) and where they went. */
  moved: ReadonlyArray<{from: string; to: string}>;
  /** The build's environment: NGINX_* and PREVIEW_HOST (docs/deploying.md). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * A template with every `{{name}}` replaced by its value.
 *
 * @param template The template's text.
 * @param values The value of each placeholder.
 * @param name The template's file, for the errors.
 * @throws When a placeholder has no value, or a value no placeholder.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>, name: string): string {
  const used = new Set<string>();
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${name}: {{${key}}} has no value in lib/serving/nginx-config.ts`);
    used.add(key);
    return value;
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`${name}: no placeholder for ${unused.map((key) => `{{${key}}}`).join(', ')}`);
  return filled;
}

const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
const indent = (lines: string[]) => lines.map((line) => `        ${line}`).join('\n');

/**
 * The site's nginx configuration.
 *
 * @param template deploy/nginx/persberichten.conf.template.
 * @param settings The export, its host and the machine's settings.
 */
export function nginxConfig(template: string, {exportRoot, origin, preview, moved, env}: NginxSettings): string {
  const cacheControl = (kind: keyof typeof CACHE_CONTROL) => (preview ? PREVIEW_RULES.cacheControl : CACHE_CONTROL[kind]);
  const headerLines = Object.entries({...everyAnswerHeaders(), ...(preview ? {'X-Robots-Tag': PREVIEW_RULES.robots} : {})}).map(
    ([name, value]) => `add_header ${name} ${quote(value)} always;`,
  );
  const headers = indent(headerLines);
  const location = (match: string, lines: string[]) => `    location ${match} {\n${indent(lines)}\n    }`;

  // Folders of files only: a file or a 404, never a folder.
  const fileFolders = FILE_FOLDERS.map(
    (folder) =>
      `    # ${folder.what[0]!.toUpperCase()}${folder.what.slice(1)}.\n${location(`^~ ${folder.path}`, [
        'try_files $uri =404;',
        ...headerLines,
        `add_header Cache-Control "${cacheControl(folder.cache)}" always;`,
      ])}`,
  ).join('\n\n');

  // Addresses that are no page: the 404 documents nginx sends itself
  // (error_page) may only be reached internally; the others answer 404.
  // Under a language, with that language's 404 page.
  const notPages = NOT_PAGES.map((pattern) => {
    const locale = routing.locales.find((each) => pattern.startsWith(`/${each}/`));
    const match = pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
    return location(match, [
      ...(locale ? [`error_page 404 /${locale}/404/index.html;`] : []),
      ERROR_DOCUMENTS.includes(pattern) ? 'internal;' : 'return 404;',
      ...headerLines,
      `add_header Cache-Control "${cacheControl('notFound')}" always;`,
    ]);
  }).join('\n\n');

  const host = new URL(origin).hostname;
  const previewHost = env.PREVIEW_HOST || `preview.${host}`;
  const serverName = preview ? previewHost : host;
  // OCSP stapling needs the issuer's chain to verify the answers it staples,
  // and a resolver to reach the certificate authority's responder.
  const ocspStapling = env.NGINX_TLS_CHAIN
    ? [
        '    ssl_stapling on;',
        '    ssl_stapling_verify on;',
        `    ssl_trusted_certificate ${env.NGINX_TLS_CHAIN};`,
        `    resolver ${env.NGINX_RESOLVER || '127.0.0.53'};`,
      ].join('\n')
    : '    # OCSP stapling: set NGINX_TLS_CHAIN (and NGINX_RESOLVER) when building.';

  return fillTemplate(
    template,
    {
      headers,
      // One entry: the pattern captures the language in the request's own
      // case, and the template's second map turns it into the site's. The
      // pattern holds no quote, and nginx keeps its backslashes and `$`.
      language_map: `    "~*${acceptLanguagePattern(routing.locales)}" $1;`,
      language_cases: routing.locales.map((locale) => `    "~*^${locale}$" ${locale};`).join('\n'),
      locales: routing.locales.join('|'),
      file_folders: fileFolders,
      not_pages: notPages,
      speculation_rules: SPECULATION_RULES_PATH,
      speculation_rules_type: SPECULATION_RULES_TYPE,
      cache_pages: cacheControl('pages'),
      cache_feeds: cacheControl('feeds'),
      // The public server answers any name; the preview only its own, beside it.
      server_name: preview ? previewHost : '_',
      default_server: preview ? '' : ' default_server',
      variable: preview ? 'persberichten_preview' : 'persberichten',
      access: preview
        ? `    auth_basic "Embargoed releases, for accredited journalists";\n    auth_basic_user_file ${env.NGINX_PREVIEW_HTPASSWD || '/etc/nginx/persberichten-preview.htpasswd'};`
        : '    # Public: no password.',
      redirect_language: String(REDIRECTS.language),
      redirect_https: String(REDIRECTS.https),
      feed_type: FEED_CONTENT_TYPE,
      moved:
        moved.length === 0
          ? '    # None.'
          : moved
              .flatMap(({from, to}) =>
                [from, from.slice(0, -1)].map((address) => location(`= ${address}`, [...headerLines, `return ${REDIRECTS.moved} ${to}$is_args$args;`])),
              )
              .join('\n\n'),
      listen: env.NGINX_LISTEN || '443',
      http_listen: env.NGINX_HTTP_LISTEN || '80',
      tls_cert: env.NGINX_TLS_CERT || `/etc/letsencrypt/live/${serverName}/fullchain.pem`,
      tls_key: env.NGINX_TLS_KEY || `/etc/letsencrypt/live/${serverName}/privkey.pem`,
      ocsp_stapling: ocspStapling,
      acme_root: env.NGINX_ACME_ROOT || '/var/www/acme',
      root: (preview ? env.NGINX_PREVIEW_ROOT : env.NGINX_ROOT) || exportRoot,
    },
    'deploy/nginx/persberichten.conf.template',
  );
}
