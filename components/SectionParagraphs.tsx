import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Section} from '@/lib/site/releases';

interface Props {
  locale: Locale;
  section: Section;
}

/** A section's paragraphs, each with an anchor that is the same in every language and a discreet link to it. */
export default async function SectionParagraphs({locale, section}: Props) {
  const t = await getTranslations({locale, namespace: 'ParagraphLink'});
  return (
    <div className="section-text">
      {section.paragraphs.map((paragraph) => {
        const {id} = paragraph;
        return (
          <div key={id} id={id} className="paragraph" data-anchor="">
            <div dangerouslySetInnerHTML={{__html: paragraph.html}} />
            {/* Out of the tab order, so a long release does not bury the page under tab stops: the keyboard reaches these anchors in each commitment's Share panel. */}
            <a className="paragraph-link" href={`#${id}`} tabIndex={-1} data-chrome>
              <span aria-hidden="true">¶</span>
              <span className="visually-hidden">{t('label')}</span>
            </a>
          </div>
        );
      })}
    </div>
  );
}
