import type {Page} from '@playwright/test';

/**
 * Start recording what goes wrong in a page as it runs: console errors,
 * uncaught exceptions and Content-Security-Policy violations.
 *
 * @param page The Playwright page, before it navigates.
 * @returns A function that lists what was recorded so far.
 */
export async function watchForErrors(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
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
