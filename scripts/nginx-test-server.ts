// Runs nginx in the foreground with the shipped configuration over the fresh
// export (or the one in EXPORT_ROOT), for the browser tests and the bench: a
// temporary copy of build/nginx/persberichten.conf in which only the root and
// the port change.
// Playwright starts it after `npm start` has built the export, and stops it.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const port = Number(process.env.PORT ?? 4174);
const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const shipped = readFileSync(path.resolve('build', 'nginx', 'persberichten.conf'), 'utf8');
const site = shipped
  .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root .*;$/m, `$1root ${path.resolve(process.env.EXPORT_ROOT || 'out')};`);

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

const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {stdio: 'inherit'});
console.log(`nginx with the shipped configuration on http://127.0.0.1:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
