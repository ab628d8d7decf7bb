import {spawnSync} from 'node:child_process';
import {expect, test} from '@playwright/test';
import {PORTS} from '../support/ports';
import {TEST_TLS} from '../support/test-tls';

// Mozilla's HTTP Observatory scans the shipped nginx configuration behind
// TLS (its HTTPS server and its port-80 redirect, on loopback) and must grade
// it A+ with every test passed. Run in the nginx project only. The scan runs
// in its own process, trusting the test certificate as a browser would trust
// a real one (NODE_EXTRA_CA_CERTS is read only when Node starts).
test('the HTTP Observatory grades the HTTPS configuration A+, every test passed', () => {
  const scan = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/observatory-scan.ts', String(PORTS.nginxHttp), String(PORTS.nginx)], {
    env: {...process.env, NODE_EXTRA_CA_CERTS: TEST_TLS.cert},
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(scan.status, scan.stderr).toBe(0);
  const result = JSON.parse(scan.stdout) as {
    grade: string;
    score: number;
    testsQuantity: number;
    testsPassed: number;
    tests: Record<string, {pass: boolean; result: string}>;
  };
  const failed = Object.entries(result.tests).filter(([, each]) => !each.pass);
  expect(failed).toEqual([]);
  expect(result.testsQuantity).toBe(10);
  expect(result.testsPassed).toBe(10);
  expect(result.grade).toBe('A+');
  // HSTS and the redirect count only over a certificate the scanner verified.
  expect(result.tests['strict-transport-security']?.result).toBe('hsts-implemented-max-age-at-least-six-months');
  expect(result.tests['redirection']?.result).toBe('redirection-to-https');
});

test('port 80 sends every address to HTTPS on the same host, except the ACME challenges', async ({request}) => {
  const http = `http://127.0.0.1:${PORTS.nginxHttp}`;
  for (const target of ['/', '/nl/', '/en/no-such-page/?q=1', '/_next/static/x.js']) {
    const response = await request.get(`${http}${target}`, {maxRedirects: 0});
    expect(response.status(), target).toBe(301);
    // The test server's HTTPS port stands for 443.
    expect(response.headers()['location'], target).toBe(`https://127.0.0.1:${PORTS.nginx}${target}`);
    expect(response.headers()['strict-transport-security'], target).toBeUndefined();
  }
  // Answered from NGINX_ACME_ROOT (empty here): not redirected.
  const challenge = await request.get(`${http}/.well-known/acme-challenge/token`, {maxRedirects: 0});
  expect(challenge.status()).toBe(404);
});
