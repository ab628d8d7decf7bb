import {spawnSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {siteOriginProblem} from '@/lib/site/site-origin';

describe('siteOriginProblem', () => {
  test('accepts an https origin, and http on loopback only', () => {
    for (const origin of [
      'https://press.example.org',
      'https://press.example.org/',
      'https://press.example.org:8443',
      'http://localhost:3000',
      'http://127.0.0.1:4230',
      'http://[::1]:8080',
    ]) {
      expect(siteOriginProblem(origin), origin).toBeUndefined();
    }
  });

  test('refuses no origin, plain http elsewhere, and anything but an origin, naming SITE_ORIGIN', () => {
    for (const origin of [undefined, '', 'http://press.example.org', 'ftp://press.example.org', 'press.example.org', 'https://press.example.org/nl/']) {
      expect(siteOriginProblem(origin), String(origin)).toMatch(/^SITE_ORIGIN .*https:\/\//);
    }
  });
});

describe('npm run build', () => {
  // The refusal comes first, before `next build` starts: these runs end in seconds.
  for (const origin of [undefined, 'http://press.example.org']) {
    test(`exits non-zero without an https:// origin (SITE_ORIGIN=${origin ?? 'unset'})`, () => {
      const env = {...process.env};
      delete env.SITE_ORIGIN;
      if (origin) env.SITE_ORIGIN = origin;
      const result = spawnSync('npm', ['run', 'build'], {env, encoding: 'utf8', timeout: 60_000});
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('build refused: SITE_ORIGIN');
      expect(result.stdout).not.toContain('Next.js');
    }, 70_000);
  }
});
