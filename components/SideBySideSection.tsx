import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {NUMBER_SEPARATOR, type AlignedSection, type Note} from '@/lib/site/releases';
import TranslationNotes from './TranslationNotes';

interface Props {
  locale: Locale;
  /** The languages in reading order, the reader's own first. */
  order: Locale[];
  names: Record<Locale, string>;
  section: AlignedSection;
  notes: Note[];
}

/** One section read side by side: a heading row, then one row per aligned paragraph (or one block). */
export default async function SideBySideSection({locale, order, names, section, notes}: Props) {
  const t = await getTranslations({locale, namespace: 'SideBySide'});
  // Commitments and plain sections have a heading row; a plain section's has no number.
  const heading = section.titleId !== undefined;
  return (
    <section
      className={`parallel-section ${section.kind}`}
      id={heading ? undefined : section.key}
      data-anchor={heading ? undefined : ''}
      aria-labelledby={heading ? section.titleId : undefined}
    >
      {section.kind === 'closing' && <hr className="closing-rule" />}
      {heading && (
        <div className="parallel-row heading-row" id={section.key} data-anchor="">
          {order.map((each) => {
            const Tag = each === locale ? 'h2' : 'p';
            return (
              <div key={each} className="parallel-cell" lang={each}>
                <span className="cell-language">{names[each]}</span>
                <Tag className="commitment-heading" id={each === locale ? section.titleId : undefined}>
                  {section.number !== undefined && (
                    <>
                      <span className="commitment-number">{section.number}</span>
                      <span className="commitment-separator">{NUMBER_SEPARATOR}</span>
                    </>
                  )}
                  <span dangerouslySetInnerHTML={{__html: section.titles[each] ?? ''}} />
                </Tag>
              </div>
            );
          })}
        </div>
      )}
      <TranslationNotes locale={locale} notes={notes} />
      {section.mode === 'block' && <p className="block-notice">{t('block')}</p>}
      {section.rows.map((row) => (
        <div key={row.id} id={row.id} className="parallel-row" data-anchor="">
          {order.map((each) => (
            <div key={each} className="parallel-cell" lang={each}>
              <span className="cell-language">{names[each]}</span>
              <div dangerouslySetInnerHTML={{__html: row.cells[each].map((paragraph) => paragraph.html).join('\n')}} />
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
