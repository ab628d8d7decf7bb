import {NUMBER_SEPARATOR, type Section} from '@/lib/site/releases';

interface Props {
  section: Section;
  /** `h1` on a section's own page, `h2` in the full statement. */
  as: 'h1' | 'h2';
  id?: string;
}

/** A headed section's heading: a commitment's number and separator before it, a plain section's heading alone. Numbers come from the model. */
export default function CommitmentHeading({section, as: Tag, id}: Props) {
  return (
    <Tag id={id} className="commitment-heading" data-anchor={id ? '' : undefined}>
      {section.number !== undefined && (
        <>
          <span className="commitment-number">{section.number}</span>
          <span className="commitment-separator">{NUMBER_SEPARATOR}</span>
        </>
      )}
      <span dangerouslySetInnerHTML={{__html: section.titleHtml ?? ''}} />
    </Tag>
  );
}
