import type {Page} from '@playwright/test';
import {SECURITY_HEADERS} from '@/lib/serving/security-headers';

// Chromium reports a header it cannot use (an unknown Permissions-Policy
// feature, a malformed policy) as a warning or an error naming the header.
const HEADER_NAMES = new RegExp([...Object.keys(SECURITY_HEADERS), 'Content-Security-Policy'].join('|'), 'i');

/**
 * Start recording what goes wrong in a page as it runs: console errors,
 * uncaught exceptions, Content-Security-Policy violations, and any console
 * message, of whatever level, about one of the site's response headers.
 *
 * @param page The Playwright page, before it navigates.
 * @returns A function that lists what was recorded so far.
 */
export async function watchForErrors(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    else if (HEADER_NAMES.test(message.text())) problems.push(`console ${message.type()} about a header: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {__reportCspViolation: (text: string) => void}).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI || 'inline'}`);
    });
  });
  return () => [...problems];
}
