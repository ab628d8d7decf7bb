/**
 * The repairs `CONTENT.md` prescribes for the received statement texts,
 * applied to the raw seed files kept in `tests/fixtures/seeds/`.
 *
 * This is deliberately independent of `content/` and `lib/content`: it turns
 * the received text into the list of paragraphs the statement page must show,
 * so a test can compare the page with it.
 */

// The separator the section model puts between a commitment's number and its
// heading, written here again on purpose: this file is the independent oracle.
const NUMBER_SEPARATOR = ' – ';

/** Collapse every run of white space (spaces, no-break spaces, newlines) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Split a received text into repaired paragraphs, in order.
 *
 * @param raw The seed file's text as received.
 * @param locale `nl` or `en`: which set of repairs applies.
 */
export function repairSeed(raw: string, locale: 'nl' | 'en'): string[] {
  const blocks = locale === 'nl' ? dutchParagraphs(raw) : englishParagraphs(raw);
  return blocks
    .map((block) => repairCommitmentNumber(normaliseSpace(block)))
    .map((block) => (locale === 'nl' ? repairDutchQuotes(block) : block))
    .filter((block) => block !== '');
}

// The Dutch file comes from a PDF: a hard-wrapped line ends in a space, a line
// that ends a paragraph does not, and paragraphs are separated by lines that
// hold only (no-break) spaces. The line of asterisks sets off the closing
// paragraph and is layout, not text.
function dutchParagraphs(raw: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of raw.split('\n')) {
    if (line.trim() === '' || /^\*+$/.test(line.trim())) {
      flush();
      continue;
    }
    current.push(line);
    if (!/[ \u00a0]$/.test(line)) flush();
  }
  flush();
  return paragraphs;
}

// The English file has one paragraph a line. Its first lines are a label, the
// title (which lives in front matter) and a photo credit fused with a caption
// for a photo that did not come with the text.
function englishParagraphs(raw: string): string[] {
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => line.trim() !== 'Press Release')
    .filter((line) => !line.startsWith('©'))
    .filter((line) => line.trim() !== 'Meeting between Édouard PHILIPPE and Charles MICHEL');
}

// `1 ? We hebben`, `5. Samenwerking` and `1 – We have` all become `1 – …`:
// the number and its separator are layout and look alike everywhere.
function repairCommitmentNumber(paragraph: string): string {
  return paragraph.replace(/^(\d+) ?(?:\?|\.|–) /, `$1${NUMBER_SEPARATOR}`);
}

// `?ministeriële quadripartite?` is the phrase in typographic quotation marks.
function repairDutchQuotes(paragraph: string): string {
  return paragraph.replace(/\?([^?]+)\?/g, '“$1”');
}
