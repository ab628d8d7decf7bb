import type {Locale} from '@/i18n/routing';
import type {Section} from '@/lib/content';
import CommitmentHeading from './CommitmentHeading';
import CommitmentLinks from './CommitmentLinks';

interface Props {
  locale: Locale;
  release: string;
  section: Section;
}

/** One section of the full statement, anchored by its language-neutral key. */
export default function StatementSection({locale, release, section}: Props) {
  if (section.kind === 'commitment') {
    return (
      <section className="commitment" aria-labelledby={section.key}>
        <CommitmentHeading section={section} as="h2" id={section.key} />
        <CommitmentLinks locale={locale} release={release} section={section} />
        <div className="section-text" dangerouslySetInnerHTML={{__html: section.html}} />
      </section>
    );
  }
  return (
    <>
      {section.kind === 'closing' && <hr className="closing-rule" />}
      <div id={section.key} className={`section-text ${section.kind}`} dangerouslySetInnerHTML={{__html: section.html}} />
    </>
  );
}
