import type {Thing, WithContext} from 'schema-dts';

interface Props {
  data: WithContext<Thing>;
}

/** Structured data for search engines, as a JSON-LD script (data, not code). */
export default function JsonLd({data}: Props) {
  // `<` is escaped so no text in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: json}} />;
}
