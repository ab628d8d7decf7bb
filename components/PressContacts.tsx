import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {ReleaseMeta} from '@/lib/site/releases';
import {CHROME_IDS} from '@/lib/site/routes';

interface Props {
  locale: Locale;
  meta: ReleaseMeta;
}

/** Under a release: whom journalists may ask about it, with their email address and telephone number as links. */
export default async function PressContacts({locale, meta}: Props) {
  if (meta.contacts.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'PressContacts'});
  return (
    <section className="press-contacts" aria-labelledby={CHROME_IDS.pressContactsTitle}>
      <h2 id={CHROME_IDS.pressContactsTitle}>{t('title')}</h2>
      <ul>
        {meta.contacts.map((contact) => (
          <li key={`${contact.name}-${contact.role}`}>
            <p>
              {contact.name}, {contact.role}
            </p>
            <dl>
              {contact.email && (
                <>
                  <dt>{t('email')}</dt>
                  <dd>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </dd>
                </>
              )}
              {contact.telephones.length > 0 && (
                <>
                  <dt>{t('telephone')}</dt>
                  {/* One term, a description for each number. The link dials the digits alone; the text keeps the groups readers read. */}
                  {contact.telephones.map((telephone) => (
                    <dd key={telephone}>
                      <a href={`tel:${telephone.replaceAll(' ', '')}`}>{telephone}</a>
                    </dd>
                  ))}
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
