import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Note} from '@/lib/site/releases';

interface Props {
  locale: Locale;
  notes: Note[];
}

/** Editorial notes on a section's translation: they point out differences, never alter the text. */
export default async function TranslationNotes({locale, notes}: Props) {
  if (notes.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'TranslationNotes'});
  return (
    <aside className="translation-notes" aria-label={t(notes.length === 1 ? 'label' : 'labelMany')} data-chrome>
      <p className="translation-notes-label" aria-hidden="true">
        {t(notes.length === 1 ? 'label' : 'labelMany')}
      </p>
      <ul>
        {notes.map((note) => (
          <li key={note.html} dangerouslySetInnerHTML={{__html: note.html}} />
        ))}
      </ul>
    </aside>
  );
}
