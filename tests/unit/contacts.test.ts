import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commitmentJsonLd, statementJsonLd} from '@/lib/site/json-ld';
import {checkContent} from '@/lib/site/releases';

// A release with two press contacts, one without an email address, read through the site's own binding of the library.
const [release] = checkContent(path.join('tests', 'fixtures', 'content', 'contacts')).releases;
const [withoutContacts] = checkContent(path.join('tests', 'fixtures', 'content', 'updates')).releases;

describe('press contacts in the JSON-LD', () => {
  it.each([
    ['nl', 'Woordvoerder', 'Persdienst', 'Persdesk'],
    ['en', 'Spokesperson', 'Press office', 'Press desk'],
  ] as const)("are the publisher's contact points on the statement and its commitments, in %s", (locale, first, second, third) => {
    for (const data of [statementJsonLd(release!, locale), commitmentJsonLd(release!, release!.versions[locale].commitments[0]!, locale)]) {
      expect(data.publisher).toMatchObject({
        '@type': 'Organization',
        contactPoint: [
          {'@type': 'ContactPoint', contactType: 'press', name: 'Els de Vries', description: first, email: 'pers@example.org', telephone: '+31 70 123 45 67'},
          {'@type': 'ContactPoint', contactType: 'press', name: 'Piet Bakker', description: second, telephone: '+31 70 765 43 21'},
          // Two numbers, as schema.org takes several: a list.
          {'@type': 'ContactPoint', contactType: 'press', name: 'Anna Claes', description: third, telephone: ['+32 2 501 02 11', '+32 475 12 34 56']},
        ],
      });
      // No email key at all where the front matter gives none.
      expect((data.publisher as unknown as {contactPoint: object[]}).contactPoint[1]).not.toHaveProperty('email');
    }
  });

  it('are left out when a release names none', () => {
    expect(statementJsonLd(withoutContacts!, 'en').publisher).not.toHaveProperty('contactPoint');
  });
});
