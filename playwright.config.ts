import {existsSync} from 'node:fs';
import {defineConfig, devices, type PlaywrightTestConfig} from '@playwright/test';
import {CHROMIUM_LAUNCH} from './tests/support/chromium';
import {PORTS} from './tests/support/ports';

// Every port derives from E2E_PORT (tests/support/ports.ts).
const {npmStart: port, nginx: nginxPort, nginxHttp: nginxHttpPort, cdn: cdnPort} = PORTS;

// The suite runs against `npm start`, and also against nginx with the shipped
// configuration wherever nginx is installed (CI installs it, and requires it).
const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const withNginx = existsSync(nginx);
// In CI the nginx run is required: a machine without it must fail, not pass
// having tested one server.
if (process.env.CI && !withNginx) throw new Error(`CI needs nginx at ${nginx} (set NGINX_BIN): .ci/run installs it`);

const browser = {...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH};

// Checks of the export's files do not depend on the server, nor does
// printing a page (Chromium's PDF of it): run them once.
const fileChecks = ['**/export.spec.ts', '**/discovery.spec.ts', '**/gates.spec.ts', '**/print.spec.ts'];
// The Observatory grades nginx's HTTPS configuration, and atomic releases are
// for nginx hosts: run with the nginx project only.
const nginxChecks = ['**/observatory.spec.ts', '**/releases.spec.ts'];
// On the CDN, the specs about what a static host answers (headers, redirects,
// 404s, the crawl). Tests tagged @per-request need a server that decides per
// request (`/` by Accept-Language, a 405 with Allow), which a CDN's static
// rules cannot.
const cdnChecks = ['**/headers.spec.ts', '**/crawl.spec.ts', '**/pages.spec.ts'];
// What a reader does in the browser (reading, switching language, search,
// sharing, the keyboard, axe and the runtime gates) depends on the export's
// files and the headers, which headers.spec.ts proves the same on every
// server: run once, on nginx with the shipped configuration where it is
// installed (the production server, in CI), else on `npm start`. The specs
// about what a server answers run on each server.
const readerChecks = [
  '**/accessibility.spec.ts',
  '**/contents.spec.ts',
  '**/fidelity.spec.ts',
  '**/keyboard.spec.ts',
  '**/language-switch.spec.ts',
  '**/navigation.spec.ts',
  '**/paragraph-links.spec.ts',
  '**/runtime-gates.spec.ts',
  '**/search.spec.ts',
  '**/share.spec.ts',
  '**/side-by-side.spec.ts',
  '**/subscribe.spec.ts',
];

const servers: NonNullable<PlaywrightTestConfig['webServer']> = [
  {
    // `npm start` builds the export first when it is older than the sources.
    command: 'npx tsx scripts/serve.ts',
    env: {PORT: String(port)},
    url: `http://127.0.0.1:${port}/nl/`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe',
  },
  ...(withNginx
    ? [
        {
          command: 'npx tsx scripts/nginx-test-server.ts',
          env: {PORT: String(nginxPort), HTTP_PORT: String(nginxHttpPort), NGINX_BIN: nginx},
          url: `https://127.0.0.1:${nginxPort}/nl/`,
          ignoreHTTPSErrors: true,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      ]
    : []),
  {
    // Cloudflare's runtime (workerd) over the export and its _headers and
    // _redirects, offline: no metrics, no Request.cf metadata download
    // (miniflare skips it when NODE_ENV is test), the runtime's own date.
    command: `npx wrangler pages dev out --port ${cdnPort} --ip 127.0.0.1 --compatibility-date 2025-10-11`,
    env: {WRANGLER_SEND_METRICS: 'false', NODE_ENV: 'test'},
    url: `http://127.0.0.1:${cdnPort}/nl/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {trace: 'off'},
  projects: [
    {name: 'npm-start', testIgnore: [...nginxChecks, ...(withNginx ? readerChecks : [])], use: {...browser, baseURL: `http://127.0.0.1:${port}`}},
    ...(withNginx ? [{name: 'nginx', testIgnore: fileChecks, use: {...browser, baseURL: `https://127.0.0.1:${nginxPort}`, ignoreHTTPSErrors: true}}] : []),
    {name: 'cdn', testMatch: cdnChecks, grepInvert: /@per-request/, use: {...browser, baseURL: `http://127.0.0.1:${cdnPort}`}},
  ],
  webServer: servers,
});
