import type {Locale} from '@/i18n/routing';
import type {Note, Release, Section} from '@/lib/site/releases';
import CommitmentHeading from './CommitmentHeading';
import CommitmentLinks from './CommitmentLinks';
import SectionParagraphs from './SectionParagraphs';
import TranslationNotes from './TranslationNotes';

interface Props {
  locale: Locale;
  release: Release;
  section: Section;
  notes: Note[];
}

/** One section of the full statement, anchored by its language-neutral key. */
export default function StatementSection({locale, release, section, notes}: Props) {
  // A commitment or a plain section: its heading, and its Share panel.
  if (section.titleId !== undefined) {
    return (
      <section className={section.kind === 'commitment' ? 'commitment' : 'commitment headed-section'} aria-labelledby={section.key}>
        <CommitmentHeading section={section} as="h2" id={section.key} />
        <CommitmentLinks locale={locale} release={release} section={section} />
        <SectionParagraphs locale={locale} section={section} />
        <TranslationNotes locale={locale} notes={notes} />
      </section>
    );
  }
  return (
    <>
      {section.kind === 'closing' && <hr className="closing-rule" />}
      <div id={section.key} className={section.kind} data-anchor="">
        <SectionParagraphs locale={locale} section={section} />
        <TranslationNotes locale={locale} notes={notes} />
      </div>
    </>
  );
}
