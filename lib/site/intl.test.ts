import {describe, expect, it} from 'vitest';
import {perLocale} from '@/lib/site/intl';

describe('perLocale', () => {
  it('makes one formatter a locale and hands the same one back', () => {
    const made: string[] = [];
    const format = perLocale((tag) => {
      made.push(tag);
      return new Intl.DateTimeFormat(tag, {dateStyle: 'long', timeZone: 'UTC'});
    });
    const date = new Date('2017-10-16T12:00:00Z');
    expect(format('nl-BE').format(date)).toBe('16 oktober 2017');
    expect(format('en-GB').format(date)).toBe('16 October 2017');
    expect(format('nl-BE')).toBe(format('nl-BE'));
    expect(made).toEqual(['nl-BE', 'en-GB']);
  });
});
