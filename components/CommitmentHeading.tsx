import {NUMBER_SEPARATOR} from '@/lib/content';
import type {Section} from '@/lib/releases';

interface Props {
  section: Section;
  /** `h1` on a commitment's own page, `h2` in the full statement. */
  as: 'h1' | 'h2';
  id?: string;
}

/** A commitment's number, separator and heading; the number comes from the model. */
export default function CommitmentHeading({section, as: Tag, id}: Props) {
  return (
    <Tag id={id} className="commitment-heading" data-anchor={id ? '' : undefined}>
      <span className="commitment-number">{section.number}</span>
      <span className="commitment-separator">{NUMBER_SEPARATOR}</span>
      <span dangerouslySetInnerHTML={{__html: section.titleHtml ?? ''}} />
    </Tag>
  );
}
