// Runs nginx in the foreground with the shipped configuration over the fresh
// export (or the one in EXPORT_ROOT), for the browser tests and the bench: a
// temporary copy of build/nginx/persberichten.conf (in BUILD_DIR) in which only the ports,
// the root, the certificate and the redirect's port change. HTTPS on PORT,
// with a certificate for 127.0.0.1 made here (test-tls/ in BUILD_DIR, which the
// Observatory test trusts), and the port-80 server on HTTP_PORT. Playwright
// starts it after `npm start` has built the export, and stops it.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {TEST_TLS} from '../tests/support/test-tls';
import {recordsFolder} from './folders';

const port = Number(process.env.PORT ?? 4174);
const httpPort = Number(process.env.HTTP_PORT ?? port + 1);
// The export by default; the atomic-release test serves <root>/current.
const root = path.resolve(process.env.EXPORT_ROOT ?? process.env.ROOT ?? 'out');
const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

// Made once a day, not per start: a server started later (the release test's)
// must not replace the certificate another one is already serving.
function makeCertificate(): void {
  if (existsSync(TEST_TLS.cert) && Date.now() - statSync(TEST_TLS.cert).mtimeMs < 86_400_000) return;
  mkdirSync(path.dirname(TEST_TLS.cert), {recursive: true});
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '7',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      `${TEST_TLS.key}.new`,
      '-out',
      `${TEST_TLS.cert}.new`,
    ],
    {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'},
  );
  if (made.status !== 0) throw new Error(`openssl could not make the test certificate: ${made.stderr}`);
  renameSync(`${TEST_TLS.key}.new`, TEST_TLS.key);
  renameSync(`${TEST_TLS.cert}.new`, TEST_TLS.cert);
}

// The configuration the build wrote (BUILD_DIR, for a test's own build).
const shipped = readFileSync(path.join(recordsFolder(), 'nginx', 'persberichten.conf'), 'utf8');
const site = shipped
  .replace(/^(\s*)listen \S+ ssl http2( default_server)?;$/m, `$1listen 127.0.0.1:${port} ssl http2$2;`)
  .replace(/^(\s*)listen [^\s;]+( default_server)?;$/m, `$1listen 127.0.0.1:${httpPort}$2;`)
  .replace(/^(\s*)root (?!.*acme).*;$/m, `$1root ${root};`)
  .replace(/^(\s*)ssl_certificate .*;$/m, `$1ssl_certificate ${TEST_TLS.cert};`)
  .replace(/^(\s*)ssl_certificate_key .*;$/m, `$1ssl_certificate_key ${TEST_TLS.key};`)
  .replace('https://$host$request_uri', `https://$host:${port}$request_uri`);

const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
writeFileSync(path.join(prefix, 'persberichten.conf'), site);
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `# Test harness only: the site itself is persberichten.conf, as shipped.
user root;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/persberichten.conf;
}
`,
);

makeCertificate();
const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {stdio: 'inherit'});
console.log(`nginx with the shipped configuration on https://127.0.0.1:${port}/, redirecting from http://127.0.0.1:${httpPort}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
