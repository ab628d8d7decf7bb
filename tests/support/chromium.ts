import {existsSync} from 'node:fs';
import type {LaunchOptions} from '@playwright/test';

// Debian's Chromium by default; set CHROMIUM_PATH to another binary, or to an
// empty string to use the browser Playwright installs itself.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

/** How the browser tests and `npm run screenshots` launch Chromium: which binary, headless on a machine without a sandbox or GPU. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  ...(chromiumPath ? {executablePath: chromiumPath} : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
