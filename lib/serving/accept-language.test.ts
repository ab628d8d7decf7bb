import {describe, expect, it} from 'vitest';
import {NEGOTIATION_CASES} from '@/tests/support/accept-language-cases';
import {negotiateLocale} from '@/lib/serving/accept-language';

const locales = ['nl', 'en'] as const;

describe('the language `/` sends a reader to', () => {
  for (const [header, expected] of NEGOTIATION_CASES) {
    it(`"${header}" → ${expected ?? 'the language choice'}`, () => {
      expect(negotiateLocale(header, locales)).toBe(expected);
    });
  }

  it('answers a long hostile header', () => {
    // Catastrophic backtracking would run past the test's time-out.
    expect(negotiateLocale(`${'x-y;q=0.1, '.repeat(4000)}nl`, locales)).toBe('nl');
    expect(negotiateLocale(`${'nl;q=0,'.repeat(4000)}de`, locales)).toBeUndefined();
  });
});
