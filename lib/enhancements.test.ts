import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {bundleEnhancements, ENHANCEMENTS_PATH} from './enhancements';

describe('bundleEnhancements', () => {
  it('bundles each module of enhancements/ alone, minified, under a content-hashed name, keyed by its data attribute', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'enhance-'));
    const scripts = await bundleEnhancements('enhancements', out);
    expect(scripts.map((script) => script.attribute).sort()).toEqual(['data-copy-text', 'data-language-choice', 'data-language-link']);
    for (const {attribute, src} of scripts) {
      expect(src).toMatch(new RegExp(`^${ENHANCEMENTS_PATH}${attribute.slice('data-'.length)}-[A-Z0-9]{8}\\.js$`));
      const code = readFileSync(path.join(out, src), 'utf8');
      // Bundled and minified: no import left, one line.
      expect(code).not.toMatch(/^\s*import\s/m);
      expect(code.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the file of a module whose name cannot be a data attribute', async () => {
    const source = mkdtempSync(path.join(tmpdir(), 'enhancements-'));
    mkdirSync(source, {recursive: true});
    writeFileSync(path.join(source, 'copyText.ts'), 'export {};\n');
    const out = mkdtempSync(path.join(tmpdir(), 'enhance-'));
    await expect(bundleEnhancements(source, out)).rejects.toThrow(/copyText\.ts: an enhancement's name is lowercase words joined by hyphens/);
    expect(existsSync(path.join(out, ENHANCEMENTS_PATH))).toBe(false);
  });
});
