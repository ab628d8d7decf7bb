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

/**
 * Start recording the page's layout shifts, each described with what moved
 * and from where to where, for a failure message that says it.
 *
 * @param page The Playwright page, before it navigates.
 * @returns A function that lists the shifts so far, those the browser has
 *   not yet handed to the observer included, as
 *   `value at time: node "text" (x,y w×h) → (x,y w×h), …`.
 */
export async function watchLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {value: number; sources: Array<{node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly}>};
    const shifts: string[] = [];
    const record = (entries: PerformanceEntry[]) => {
      for (const {value, startTime, sources} of entries as Shift[])
        shifts.push(
          `${value.toFixed(5)} at ${startTime.toFixed(0)} ms: ` +
            sources
              .map(({node, previousRect: from, currentRect: to}) => {
                const name = node instanceof Element ? `${node.nodeName}.${node.className}` : (node?.nodeName ?? '?');
                return `${name} "${(node?.textContent ?? '').slice(0, 30)}" (${from.x},${from.y} ${from.width}×${from.height}) → (${to.x},${to.y} ${to.width}×${to.height})`;
              })
              .join(', '),
        );
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({type: 'layout-shift', buffered: true});
    Object.assign(window, {
      __layoutShifts: () => {
        record(observer.takeRecords());
        return [...shifts];
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as {__layoutShifts: () => string[]}).__layoutShifts());
}
