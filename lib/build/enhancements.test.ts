import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {enhancementBundler, scriptAttributes} from '@/lib/build/enhancements';
import {ENHANCEMENTS_PATH} from '@/lib/site/routes';

describe('enhancementBundler', () => {
  it('knows each module of enhancements/ by its data attribute', () => {
    const enhancements = enhancementBundler('enhancements', mkdtempSync(path.join(tmpdir(), 'enhance-')));
    expect(enhancements.attributes).toEqual(['data-copy-text', 'data-language-choice', 'data-language-link', 'data-site-search']);
  });

  it('bundles exactly the enhancements a page uses into one minified, content-hashed script, once per combination', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'enhance-'));
    const enhancements = enhancementBundler('enhancements', out);
    const both = enhancements.scriptFor(['data-language-link', 'data-copy-text']);
    expect(both).toMatch(new RegExp(`^${ENHANCEMENTS_PATH}copy-text\\.language-link-[0-9A-F]{8}\\.js$`));
    // The same combination, in any order, is the same script.
    expect(enhancements.scriptFor(['data-copy-text', 'data-language-link'])).toBe(both);
    const one = enhancements.scriptFor(['data-copy-text']);
    expect(one).toMatch(new RegExp(`^${ENHANCEMENTS_PATH}copy-text-[0-9A-F]{8}\\.js$`));
    expect(readdirSync(path.join(out, ENHANCEMENTS_PATH)).sort()).toEqual([path.basename(both), path.basename(one)].sort());
    expect(enhancements.scripts()).toEqual([both, one].sort());
    const code = readFileSync(path.join(out, both), 'utf8');
    // Bundled and minified: no import left, one line; both modules inside, the other not.
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code.trim().split('\n')).toHaveLength(1);
    expect(code).toContain('[data-copy-text]');
    expect(code).toContain('a[data-language-link]');
    expect(code).not.toContain('data-language-choice');
    expect(readFileSync(path.join(out, one), 'utf8')).toContain('[data-copy-text]');
    // Content-hashed: the same sources give the same name in another build.
    expect(enhancementBundler('enhancements', mkdtempSync(path.join(tmpdir(), 'enhance-'))).scriptFor(['data-copy-text', 'data-language-link'])).toBe(both);
  });

  it("reads back from a script's name the enhancements it holds", () => {
    const enhancements = enhancementBundler('enhancements', mkdtempSync(path.join(tmpdir(), 'enhance-')));
    const script = enhancements.scriptFor(['data-language-link', 'data-copy-text']);
    expect(scriptAttributes(script)).toEqual(['data-copy-text', 'data-language-link']);
    expect(enhancements.scriptFor(scriptAttributes(script))).toBe(script);
  });

  it('refuses an attribute no module enhances', () => {
    const enhancements = enhancementBundler('enhancements', mkdtempSync(path.join(tmpdir(), 'enhance-')));
    expect(() => enhancements.scriptFor(['data-copy-text', 'data-no-such-thing'])).toThrow(/no enhancement for data-copy-text, data-no-such-thing/);
  });

  it('names the file of a module whose name cannot be a data attribute', () => {
    const source = mkdtempSync(path.join(tmpdir(), 'enhancements-'));
    mkdirSync(source, {recursive: true});
    writeFileSync(path.join(source, 'copyText.ts'), 'export {};\n');
    const out = mkdtempSync(path.join(tmpdir(), 'enhance-'));
    expect(() => enhancementBundler(source, out)).toThrow(/copyText\.ts: an enhancement's name is lowercase words joined by hyphens/);
    expect(existsSync(path.join(out, ENHANCEMENTS_PATH))).toBe(false);
  });
});
