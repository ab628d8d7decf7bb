import {existsSync} from 'node:fs';
import {defineConfig, devices, type PlaywrightTestConfig} from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const nginxPort = port + 1;

// Debian's Chromium by default; set CHROMIUM_PATH to another binary, or to an
// empty string to use the browser Playwright installs itself.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

// The suite runs against `npm start`, and also against nginx with the shipped
// configuration wherever nginx is installed (CI installs it, and requires it).
const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const withNginx = existsSync(nginx);
// In CI the nginx run is required: a machine without it must fail, not pass
// having tested one server.
if (process.env.CI && !withNginx) throw new Error(`CI needs nginx at ${nginx} (set NGINX_BIN): .ci/run installs it`);

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(chromiumPath ? {executablePath: chromiumPath} : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

// Checks of the export's files do not depend on the server: run them once.
const fileChecks = ['**/export.spec.ts', '**/discovery.spec.ts', '**/gates.spec.ts'];

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
          env: {PORT: String(nginxPort), NGINX_BIN: nginx},
          url: `http://127.0.0.1:${nginxPort}/nl/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      ]
    : []),
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
    {name: 'npm-start', use: {...browser, baseURL: `http://127.0.0.1:${port}`}},
    ...(withNginx ? [{name: 'nginx', testIgnore: fileChecks, use: {...browser, baseURL: `http://127.0.0.1:${nginxPort}`}}] : []),
  ],
  webServer: servers,
});
