import {describe, expect, it} from 'vitest';
import {createHash} from 'node:crypto';
import {contentSecurityPolicy, RESPONSE_HEADERS, SECURITY_HEADERS} from '@/lib/serving/security-headers';
import {ENHANCEMENT_LOADER} from '@/lib/site/enhancement-loader';
import {SPECULATION_RULES_PATH} from '@/lib/serving/speculation-rules';

describe('the security policy', () => {
  // Deliberately changed: pages carry no inline script any more, so the
  // policy lists no hash and is the same for every page. Deliberately changed
  // again (issue 12): WebAssembly may be compiled, for Pagefind's search, and
  // still nothing evaluated ('unsafe-eval' is a different keyword).
  // Deliberately changed again (issue 30): one inline script, the enhancement
  // loader, the same on every page, allowed by its hash and nothing else inline.
  it('allows only the site itself, WebAssembly and the enhancement loader, never eval or other inline code, and is one policy for every page', () => {
    const policy = contentSecurityPolicy();
    const loader = `'sha256-${createHash('sha256').update(ENHANCEMENT_LOADER).digest('base64')}'`;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${loader};`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('asks for HTTPS for at least a year and denies what the site does not use', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security']!)?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'fullscreen']) {
      expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
    }
    expect(SECURITY_HEADERS['Permissions-Policy']).not.toContain('clipboard');
  });
});

describe('every response', () => {
  it('carries the security headers and names the prefetch rules file as a structured-field string', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(RESPONSE_HEADERS[name]).toBe(value);
    expect(RESPONSE_HEADERS['Speculation-Rules']).toBe(`"${SPECULATION_RULES_PATH}"`);
  });
});
