// Run after `next build` (`npm run build`): everything that needs the finished
// export. It computes each page's Content-Security-Policy from the hashes of
// its inline scripts, precompresses text files, and writes the nginx
// configuration from its template with the one list of security headers.
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {routing} from '@/i18n/routing';
import {acceptLanguagePattern} from '@/lib/accept-language';
import {inlineScriptHashes} from '@/lib/inline-scripts';
import {contentDirectory} from '@/lib/content';
import {contentSecurityPolicy, SECURITY_HEADERS} from '@/lib/security-headers';
import {writeExportInfo} from './export-info';
import {exportFolder, recordsFolder} from './folders';

const exportRoot = exportFolder();
const buildRoot = recordsFolder();
const COMPRESSIBLE = /\.(html|css|js|xml|txt|svg|json)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

const all = files(exportRoot).filter((file) => !file.endsWith('.gz'));
const urlPath = (file: string) => `/${path.relative(exportRoot, file).split(path.sep).join('/')}`;

// Each HTML file's policy, keyed by its path in the export (`/nl/index.html`).
const policies: Record<string, string> = {};
for (const file of all.filter((each) => each.endsWith('.html'))) {
  policies[urlPath(file)] = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
}

for (const file of all.filter((each) => COMPRESSIBLE.test(each))) {
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), {level: 9}));
}

mkdirSync(path.join(buildRoot, 'nginx'), {recursive: true});
writeFileSync(path.join(buildRoot, 'csp.json'), `${JSON.stringify(policies, null, 2)}\n`);

const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
const headers = Object.entries(SECURITY_HEADERS)
  .map(([name, value]) => `        add_header ${name} ${quote(value)} always;`)
  .concat('        add_header Content-Security-Policy $persberichten_csp always;')
  .join('\n');
// One entry: the pattern captures the language in the request's own case,
// and the template's second map turns it into the site's. The pattern holds
// no quote, and nginx keeps its backslashes and `$` as they are.
const languageMap = `    "~*${acceptLanguagePattern(routing.locales)}" $1;`;
const languageCases = routing.locales.map((locale) => `    "~*^${locale}$" ${locale};`).join('\n');
const template = readFileSync(path.resolve('deploy', 'nginx', 'persberichten.conf.template'), 'utf8');
const config = template
  .replaceAll('{{headers}}', headers)
  .replace('{{language_map}}', languageMap)
  .replace('{{language_cases}}', languageCases)
  .replace('{{default_csp}}', contentSecurityPolicy())
  .replace('{{csp_map}}', Object.entries(policies).map(([file, policy]) => `    ${quote(file)} ${quote(policy)};`).join('\n'))
  .replaceAll('{{locales}}', routing.locales.join('|'))
  .replace('{{listen}}', process.env.NGINX_LISTEN ?? '80')
  .replace('{{root}}', process.env.NGINX_ROOT ?? exportRoot);
writeFileSync(path.join(buildRoot, 'nginx', 'persberichten.conf'), config);

// Last, once everything else is written: `npm start` serves this export
// only while the content folder and the hash recorded here still hold.
writeExportInfo(process.cwd(), contentDirectory());

console.log(`postbuild: ${Object.keys(policies).length} page policies, nginx configuration in ${path.relative(process.cwd(), path.join(buildRoot, 'nginx', 'persberichten.conf'))}`);
