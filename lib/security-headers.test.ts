import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {inlineScriptHashes} from './inline-scripts';
import {contentSecurityPolicy, SECURITY_HEADERS} from './security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inline script hashes', () => {
  it('hashes each inline script once, and no external script or JSON-LD', () => {
    const html = [
      '<script>a()</script>',
      '<script id="_R_">b()</script>',
      '<script>a()</script>',
      '<script src="/x.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="module">c()</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()'), sha('c()')]);
  });
});

describe('the security policy', () => {
  it('allows only the site itself and the listed inline scripts, never eval or inline code in general', () => {
    const policy = contentSecurityPolicy(['sha256-abc']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain('unsafe-eval');
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
