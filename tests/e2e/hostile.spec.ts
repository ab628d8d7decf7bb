import {expect, test} from '@playwright/test';
import {FORBIDDEN, hostileRequests, sendRaw, type RawResponse} from './hostile-requests';

// Malformed and hostile requests against the server this project tests
// (npm start, or nginx with the shipped configuration): never a 5xx, never a
// file from outside the export, and a 404 or a deliberate answer (redirect,
// 400, 405, 414, 431) for everything the site does not have. Loopback only,
// bounded in count and time.
const REDIRECT_OR_REFUSAL = new Set([301, 302, 308, 400, 404, 405, 414, 431]);

test('hostile and malformed requests get no error page, no stack trace and no file outside the site', async ({baseURL}) => {
  test.setTimeout(120_000);
  const server = new URL(baseURL!);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(300);

  const answers: Array<{name: string; known?: boolean; response: RawResponse}> = [];
  // A few at a time, so the run is quick but never a flood.
  for (let start = 0; start < requests.length; start += 8) {
    const batch = requests.slice(start, start + 8);
    answers.push(...(await Promise.all(batch.map(async (request) => ({name: request.name, known: request.known, response: await sendRaw(server, request)})))));
  }

  const failures: string[] = [];
  for (const {name, known, response} of answers) {
    if (response.status === 0 || response.status >= 500) failures.push(`${name}: status ${response.status}`);
    else if (!known && !REDIRECT_OR_REFUSAL.has(response.status)) failures.push(`${name}: status ${response.status} for an address the site does not have`);
    for (const pattern of FORBIDDEN) {
      if (pattern.test(response.body)) failures.push(`${name}: the answer matches ${pattern}`);
    }
    if (/^X-Powered-By:/im.test(response.head) || /^Server: .*\d/im.test(response.head)) failures.push(`${name}: the answer names the server's version`);
  }
  expect(failures).toEqual([]);
});
