// Do two language versions say the same thing? Three signals, per pair of
// sections with the same key: the tokens that cannot be translated (figures,
// years, acronyms, people's and places' names, addresses), read through a
// bilingual lexicon (lexicon.ts: Nederland is the Netherlands, derde is 3);
// the length model of Gale and Church (1993), where a text and its
// translation have lengths in a ratio that varies little; and the words a
// text and its translation share, spelled alike in both languages, which also
// align paragraphs and sentences as in Moore (2002). Errors only on strong
// evidence (a figure or year that differs, a text that belongs to another
// section); every finding can be acknowledged in front matter. Works on plain
// data: no file reading, no app imports.
import {AMBIGUOUS_NUMBER_WORDS, COMMON_NOUNS, equivalentNames, numberWordValues} from './lexicon';
import type {ContentProblem} from './problems';

/** One block of a section (a paragraph, a list, a quotation) as plain text. */
interface CorrespondenceBlock {
  text: string;
  line: number;
}

/** A section as the check reads it: its heading and blocks, located in its file. */
interface CorrespondenceSection {
  key: string;
  line: number;
  title?: string;
  paragraphs: readonly CorrespondenceBlock[];
}

/** One language version: its file (for messages) and its sections. */
export interface CorrespondenceVersion {
  file: string;
  sections: readonly CorrespondenceSection[];
}

/** A finding a release has looked at and accepted, declared in front matter. */
interface Acknowledgement {
  section: string;
  /** What the finding is about: a token as it quotes it, `length`, `paragraph`, `sentence` or `section`. */
  what: readonly string[];
  reason: string;
  /** Where it is declared, for the warning when it acknowledges nothing. */
  file: string;
  line?: number;
}

export interface CorrespondenceOptions {
  /**
   * Expected characters of the other version per character of the reference,
   * before the release's own sections are measured (they weigh more).
   */
  ratio?: number;
  /** Variance of the length difference per character; 6.8 in Gale and Church. */
  variance?: number;
  acknowledgements?: readonly Acknowledgement[];
}

/** What `checkCorrespondence` found: errors block publication, warnings do not. */
export interface CorrespondenceReport {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

// |delta| beyond which lengths are reported: a warning for a block or a
// section, an error when no translation is that far from its original. On the
// statement the largest |delta| is about 1.1.
const WARN_DELTA = 2;
const SECTION_ERROR_DELTA = 4;
const BLOCK_ERROR_DELTA = 5;
// The prior ratio counts as this many sections against the measured median.
const PRIOR_WEIGHT = 2;
// Gale and Church's bead probabilities, as costs (-ln p): 1-1, 1-0 or 0-1, 2-1 or 1-2.
const BEAD_COST = {match: -Math.log(0.89), orphan: -Math.log(0.0099), merge: -Math.log(0.089)};
// How much a bead's shared words weigh against its lengths (a log-likelihood ratio, halved).
const WORD_WEIGHT = 0.5;

interface Finding {
  error: boolean;
  section: string;
  what: string;
  /** Which signal found it, and in which version (for tokens). */
  signal: 'token' | 'length' | 'words';
  file: string;
  problem: ContentProblem;
}

/**
 * Check that two language versions of one release correspond, section by
 * section: the same figures, acronyms and names, lengths in proportion, and
 * each section's text the translation of its counterpart's rather than of
 * another's. Sections are paired by key; sections only one version has are
 * `alignSections`' concern and skipped here.
 *
 * @param reference The version the other is compared with.
 * @param other The other language version.
 * @param options The prior length ratio, the variance and the release's acknowledgements.
 */
export function checkCorrespondence(reference: CorrespondenceVersion, other: CorrespondenceVersion, options: CorrespondenceOptions = {}): CorrespondenceReport {
  const byKey = new Map(other.sections.map((section) => [section.key, section]));
  const pairs = reference.sections.flatMap((section) => {
    const counterpart = byKey.get(section.key);
    return counterpart ? [{a: section, b: counterpart}] : [];
  });
  const anchors = anchorIndex();
  // The release's own ratio, measured again without the paragraphs the first alignment leaves alone.
  const first = lengthModel(
    pairs.map(({a, b}) => [sectionLength(a), sectionLength(b)]),
    options,
  );
  const model = lengthModel(
    pairs.map(({a, b}) => pairedLengths(alignBlocks(a.paragraphs, b.paragraphs, first, anchors))),
    options,
  );
  const files = {a: reference.file, b: other.file};
  const versions = {a: versionWords(reference), b: versionWords(other)};
  const acknowledgements = options.acknowledgements ?? [];
  const beads = pairs.map(({a, b}) => alignBlocks(a.paragraphs, b.paragraphs, model, anchors));
  const shared = sharedWords(pairs, beads, files, anchors);
  const findings = pairs.flatMap(({a, b}, index) => {
    const acknowledged = (what: string) => acknowledgements.some((each) => each.section === a.key && each.what.includes(what));
    const found = [...compareTokens(a, b, versions, acknowledged), ...compareLengths(a, b, beads[index]!, files, model, anchors)];
    // What the release has acknowledged is not evidence.
    const whole = shared.findings[index] ?? combinedEvidence(a, b, files, shared.own[index]!, found.filter((each) => !acknowledgementOf(each, acknowledgements)));
    // Once a section is not the translation of its counterpart, the details
    // are noise; once it has an error, so are its warnings.
    if (whole && !acknowledgementOf(whole, acknowledgements)) return [whole];
    const error = found.some((each) => each.error && !acknowledgementOf(each, acknowledgements));
    const details = error ? found.filter((each) => each.error || acknowledgementOf(each, acknowledgements)) : found;
    return whole ? [whole, ...details] : details;
  });
  return acknowledge(findings, acknowledgements);
}

// Weak signs that agree are strong evidence: tokens without a counterpart in
// both versions of a pair of sections that also share fewer words than
// unrelated texts do is what a section pasted under the wrong key looks like,
// however short.
function combinedEvidence(a: CorrespondenceSection, b: CorrespondenceSection, files: {a: string; b: string}, words: Overlap, found: Finding[]): Finding | undefined {
  if (words.likelihood >= 0 || found.some((each) => each.error)) return undefined;
  const tokens = (file: string) => found.filter((each) => each.signal === 'token' && each.file === file).map((each) => each.what);
  const [here, there] = [tokens(files.a), tokens(files.b)];
  if (here.length === 0 || there.length === 0) return undefined;
  const list = (items: string[]) => (items.length > 3 ? `${items.slice(0, 3).join(', ')}…` : items.join(', '));
  return {
    error: true,
    section: a.key,
    what: 'section',
    signal: 'words',
    file: files.b,
    problem: {
      file: files.b,
      line: b.line,
      field: `section "${a.key}"`,
      message: `${at(files.b, b.line)} does not read as the translation of ${at(files.a, a.line)}: tokens on both sides have no counterpart (${list(here)} in ${at(files.a, a.line)}; ${list(there)} in ${at(files.b, b.line)}) and they share ${shares(words)}; is this the text of another section?`,
    },
  };
}

// Errors too: an official translation that really differs (a year only one
// version gives) is published with the difference acknowledged and explained.
function acknowledgementOf(finding: Finding, acknowledgements: readonly Acknowledgement[]): Acknowledgement | undefined {
  return acknowledgements.find((each) => each.section === finding.section && each.what.includes(finding.what));
}

// Silence the findings a release acknowledges, and tell how to acknowledge the
// others; an acknowledgement that matches no finding is stale, and said so,
// so that it does not hide a later one.
function acknowledge(findings: Finding[], acknowledgements: readonly Acknowledgement[]): CorrespondenceReport {
  const used = new Set<Acknowledgement>();
  const report: CorrespondenceReport = {problems: [], warnings: []};
  for (const finding of findings) {
    const acknowledgement = acknowledgementOf(finding, acknowledgements);
    if (acknowledgement) used.add(acknowledgement);
    else (finding.error ? report.problems : report.warnings).push({...finding.problem, message: `${finding.problem.message}${howToAcknowledge(finding)}`});
  }
  for (const acknowledgement of acknowledgements) {
    if (used.has(acknowledgement)) continue;
    report.warnings.push({
      file: acknowledgement.file,
      ...(acknowledgement.line === undefined ? {} : {line: acknowledgement.line}),
      field: `section "${acknowledgement.section}"`,
      message: `the acknowledgement of ${acknowledgement.what.join(', ')} matches no finding of the correspondence check; remove it`,
    });
  }
  return report;
}

function howToAcknowledge(finding: Finding): string {
  return `; if the difference is real, acknowledge it in front matter: \`acknowledgements: [{section: ${finding.section}, what: ${JSON.stringify(finding.what)}, reason: …}]\``;
}

// ---- Invariant tokens -------------------------------------------------------

// A figure in digits is a number; one in words ("drie", "third") is spelled: evidence only against a figure that changed.
type TokenKind = 'number' | 'spelled' | 'acronym' | 'name' | 'address';

interface Token {
  kind: TokenKind;
  /** As written, for messages and acknowledgements. */
  text: string;
  /** Compared form: `1.000`, `1,000` and `1 000` are all `1000`. */
  value: string;
  /** The block it was found in (-1 for the heading). */
  block: number;
}

interface Unit {
  text: string;
  line: number;
}

/** What the check knows of a whole language version, beyond the section at hand. */
interface VersionWords {
  file: string;
  /** Words the version writes in lowercase somewhere: capitalised, they are common nouns, not names. */
  lowercase: ReadonlySet<string>;
}

interface Side {
  section: CorrespondenceSection;
  file: string;
  units: Unit[];
  tokens: Token[];
  words: () => WordIndex;
  lowercase: ReadonlySet<string>;
  /** How often the section writes a figure in digits. */
  digits: (value: string) => number;
  /** How often it writes a figure in words ("drie", "derde", "third"). */
  spelled: (value: string) => number;
  /** Blocks written in title case ("Partners in Security and Defence"), whose capitals say nothing. */
  titleCase: ReadonlySet<number>;
  /** Where each block's counterpart starts in the other file. */
  counterpart: (block: number) => number;
}

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Thousands grouped by a point, comma or (narrow) space, else digits with an optional decimal part.
const NUMBER = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const WORD = /\p{L}[\p{L}\p{M}'’\u2010\u2011-]*/gu;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)/g;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const SENTENCE_END = /[.!?:;]["'”’»)]*$/u;
// An opening quotation mark just before a word (after a space, a dash or the start): its first word is capitalised as a sentence's.
const QUOTE_OPENS = /(?:^|[\s\-–—])[‘“„«‹"']\s*$|[«‹]\s*$/u;

function compareTokens(a: CorrespondenceSection, b: CorrespondenceSection, versions: {a: VersionWords; b: VersionWords}, acknowledged: (what: string) => boolean): Finding[] {
  const sides = [side(a, versions.a), side(b, versions.b)] as const;
  // Blocks pair by position when both have as many; otherwise each points at the other section.
  const sameCount = a.paragraphs.length === b.paragraphs.length;
  const [sa, sb] = sides;
  sa.counterpart = (block) => (block >= 0 && sameCount ? b.paragraphs[block]!.line : b.line);
  sb.counterpart = (block) => (block >= 0 && sameCount ? a.paragraphs[block]!.line : a.line);

  // Names that are not evidence (common nouns, title case) are left out of every count.
  const evidence = sides.map((here) => here.tokens.filter((token) => token.kind !== 'name' || nameEvidence(token, here)));
  const unmatched = sides.map((here, index) => {
    const there = sides[1 - index]!;
    return unmatchedTokens(here, there, evidence[index]!).map((token) => (token.kind === 'number' ? {...token, block: blockLacking(here, there, token, sameCount)} : token));
  });
  // What the release acknowledges is no evidence for anything else.
  const open = unmatched.map((tokens) => tokens.filter((token) => !acknowledged(token.text)));
  const of = (index: number, kind: TokenKind) => open[index]!.filter((token) => token.kind === kind);
  // A figure missing on both sides means a figure changed: strong evidence.
  // One side's may be written in words, then in the block facing the other's.
  const faces = (digit: Token, word: Token) => !sameCount || digit.block === word.block;
  const changed =
    (of(0, 'number').length > 0 && of(1, 'number').length > 0) ||
    [0, 1].some((index) => of(index, 'number').some((digit) => of(1 - index, 'spelled').some((word) => faces(digit, word))));
  // Sections that share none of their tokens, each having a few, are not each other's translation.
  const strong = (tokens: readonly Token[]) => distinct(tokens.filter((token) => token.kind !== 'spelled'));
  const disjoint = sides.every((_, index) => strong(evidence[index]!).length >= 3 && strong(open[index]!).length === strong(evidence[index]!).length);
  const findings: Finding[] = [];
  sides.forEach((here, index) => {
    const there = sides[1 - index]!;
    for (const token of unmatched[index]!) {
      // A figure in words without counterpart is said only when a figure changed: "two" may be "both".
      if (token.kind === 'spelled' && !changed) continue;
      const figure = token.kind === 'number' || token.kind === 'spelled';
      // Years are not written out in words: one without any counterpart is an error on its own.
      const alone = token.kind === 'number' && YEAR.test(token.value) && there.digits(token.value) + there.spelled(token.value) === 0;
      const error = disjoint || (figure && (changed || alone));
      const times = figure && there.digits(token.value) + there.spelled(token.value) > 0 ? ` (${timesWritten(here, token.value)} here, ${timesWritten(there, token.value)} there)` : '';
      const text = token.kind === 'spelled' ? `${token.text} (${token.value})` : token.text;
      findings.push(finding(here, token, error, `${text} in ${at(here.file, lineOf(here, token.block))} has no counterpart in ${at(there.file, here.counterpart(token.block))}${times}`));
    }
  });
  return findings;
}

// How many of a figure's occurrences, in digits or in words as the token is,
// have no counterpart. Words pair with words first ("eerste" with "first"),
// digits with digits, and what is left of one side's words stands for the
// other side's digits ("drie" for 3).
function figuresLeft(here: Side, there: Side, token: Token): number {
  const {value} = token;
  const digits = [here.digits(value), there.digits(value)] as const;
  const words = [here.spelled(value), there.spelled(value)] as const;
  return token.kind === 'number' ? digits[0] - digits[1] - Math.max(0, words[1] - words[0]) : words[0] - words[1] - Math.max(0, digits[1] - digits[0]);
}

function timesWritten(side: Side, value: string): string {
  const [digits, words] = [side.digits(value), side.spelled(value)];
  const count = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  return words === 0 ? count(digits) : digits === 0 ? `${count(words)} in words` : `${count(digits)} in digits and ${count(words)} in words`;
}

// Of the blocks a figure is in, the first whose counterpart lacks it.
function blockLacking(here: Side, there: Side, token: Token, sameCount: boolean): number {
  const blocks = here.tokens.filter((each) => each.kind === 'number' && each.value === token.value).map((each) => each.block);
  if (!sameCount) return blocks[0] ?? token.block;
  const present = new Set(there.tokens.filter((each) => each.kind === 'number' && each.value === token.value).map((each) => each.block));
  return blocks.find((block) => !present.has(block)) ?? blocks[0] ?? token.block;
}

function finding(here: Side, token: Token, error: boolean, message: string): Finding {
  return {error, section: here.section.key, what: token.text, signal: 'token', file: here.file, problem: {file: here.file, line: lineOf(here, token.block), field: `section "${here.section.key}"`, message}};
}

function side(section: CorrespondenceSection, version: VersionWords): Side {
  const units: Unit[] = section.paragraphs.map((paragraph) => ({text: paragraph.text, line: paragraph.line}));
  const blocks = [...(section.title === undefined ? [] : [{text: section.title, block: -1}]), ...units.map((unit, block) => ({text: unit.text, block}))];
  const tokens = blocks.flatMap(({text, block}) => tokensOf(text, block));
  const titleCase = new Set(blocks.filter(({text}) => isTitleCase(text)).map(({block}) => block));
  const digits = new Map<string, number>();
  for (const token of tokens) if (token.kind === 'number') digits.set(token.value, (digits.get(token.value) ?? 0) + 1);
  const words = indexWords(blocks.map((each) => each.text).join('\n'));
  return {
    section,
    file: version.file,
    units,
    tokens,
    words,
    lowercase: version.lowercase,
    digits: (value) => digits.get(value) ?? 0,
    spelled: (value) => words().figures.get(value) ?? 0,
    titleCase,
    counterpart: () => section.line,
  };
}

/**
 * The words a version writes in lowercase anywhere, folded: the check's view of
 * what is a common word in that version's language.
 */
function versionWords(version: CorrespondenceVersion): VersionWords {
  const lowercase = new Set<string>();
  for (const section of version.sections) {
    for (const text of [section.title ?? '', ...section.paragraphs.map((paragraph) => paragraph.text)]) {
      for (const [word] of text.matchAll(WORD)) if (word[0] === word[0]!.toLowerCase()) lowercase.add(plainWord(word));
    }
  }
  return {file: version.file, lowercase};
}

// "Partners in Security and Defence": most longer words capitalised, where a sentence would not have them.
function isTitleCase(text: string): boolean {
  const words = placedWords(text).filter(({word, opens}) => !opens && word.length >= 4);
  return words.length >= 2 && words.filter(({word}) => isCapitalised(word)).length >= 0.75 * words.length;
}

function lineOf(here: Side, block: number): number {
  return block < 0 ? here.section.line : here.units[block]!.line;
}

function tokensOf(text: string, block: number): Token[] {
  const tokens: Token[] = [];
  const rest = !/[@:]|www\./.test(text) ? text : text.replace(ADDRESS, (match) => {
    const address = match.replace(/[.,;:!?)’”]+$/u, '');
    tokens.push({kind: 'address', text: address, value: address.toLowerCase(), block});
    return ' ';
  });
  // A date written with figures (16.10.2017, 16/10/2017, 2017-10-16) is its day, month and year.
  const figures = /\d[./-]\d/.test(rest) ? rest.replace(NUMERIC_DATE, ' $1 $3 $4 ') : rest;
  for (const match of figures.matchAll(NUMBER)) tokens.push({kind: 'number', text: match[0], value: numberValue(match[0]), block});
  for (const match of rest.matchAll(ACRONYM)) tokens.push({kind: 'acronym', text: match[0], value: match[0], block});
  for (const name of namesOf(rest)) tokens.push({kind: 'name', text: name, value: name, block});
  const numbers = numberWordValues();
  for (const [word] of rest.matchAll(WORD)) {
    const value = numbers.get(word.toLowerCase());
    if (value !== undefined && !AMBIGUOUS_NUMBER_WORDS.has(word.toLowerCase())) tokens.push({kind: 'spelled', text: word, value, block});
  }
  return tokens;
}

function numberValue(text: string): string {
  const grouped = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(text);
  const plain = grouped ? text.replace(/\D/g, '') : text.replace(',', '.');
  const [whole = '', fraction] = plain.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A word of running text, and whether it opens a sentence, a quotation, a list item or a table cell. */
interface PlacedWord {
  word: string;
  opens: boolean;
  /** Whether anything but spaces stands between it and the word before. */
  apart: boolean;
}

function placedWords(text: string): PlacedWord[] {
  const words: PlacedWord[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, match.index);
    const opens = previousEnd === 0 || SENTENCE_END.test(between.trimEnd()) || /[\n\t]/.test(between) || QUOTE_OPENS.test(` ${between}`);
    words.push({word: match[0], opens, apart: /\S/.test(between)});
    previousEnd = match.index + match[0].length;
  }
  return words;
}

// Runs of capitalised words that do not open a sentence, a quotation, a
// list item or a table cell: "Binnenlandse Zaken". A run is broken by
// anything but spaces: "Spanje, Marokko" are two.
function namesOf(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  for (const {word, opens, apart} of placedWords(text)) {
    if (apart || opens || !isCapitalised(word)) close();
    if (isCapitalised(word) && !opens) run.push(word.replace(/['’\u2010\u2011-]+$/u, ''));
  }
  close();
  return names;
}

// "Parijs" and "Franco-Belgian", not "EU" (an acronym) or "paris".
function isCapitalised(word: string): boolean {
  const [first = '', second = ''] = word;
  return first !== first.toLowerCase() && second !== second.toUpperCase();
}

// Is an unmatched name evidence? Not when it is named after a common noun
// ("Algemene Vergadering", "Member States", "Transitional Justice": the words
// institutions and offices are made of, translated like any other), when its
// other words are words the version also writes in lowercase ("the
// Government", "the government"), or when it stands in a block written in
// title case. A person's name stays: "Prime Minister Rutte" ends in "Rutte".
function nameEvidence(token: Token, here: Side): boolean {
  if (here.titleCase.has(token.block)) return false;
  const parts = token.text
    .split(/[\s'’\u2010\u2011-]+/u)
    .map(plainWord)
    .filter((part) => part.length >= 2);
  if (parts.length === 0 || isCommonNoun(parts.at(-1)!)) return false;
  return parts.some((part) => !isCommonNoun(part) && !here.lowercase.has(part));
}

function isCommonNoun(plain: string): boolean {
  if (COMMON_NOUNS.has(plain)) return true;
  // A Dutch compound ending in one: "Veiligheidsraad", "Koninkrijksrelaties".
  for (let head = 3; head <= plain.length - 4; head++) if (COMMON_NOUNS.has(plain.slice(head))) return true;
  return false;
}

// Every word of a section, lowercased and in the loose forms names are matched
// by; built on the first lookup, as most sections' tokens match exactly.
interface WordIndex {
  exact: Set<string>;
  /** First four letters of each word of four or more. */
  prefixes: Set<string>;
  /** Whole consonant skeletons, and the first three consonants of longer ones. */
  skeletons: Set<string>;
  skeletonPrefixes: Set<string>;
  /** "Europese Unie" stands for "EU": the initials of runs of capitalised words. */
  initials: Set<string>;
  /** The equivalent names (see lexicon.ts) the section mentions, by group. */
  groups: Set<number>;
  /** How often it writes each number in words: "derde" is 3. */
  figures: Map<string, number>;
}

function indexWords(text: string): () => WordIndex {
  let index: WordIndex | undefined;
  return () => {
    if (index) return index;
    index = {exact: new Set(), prefixes: new Set(), skeletons: new Set(), skeletonPrefixes: new Set(), initials: new Set(), groups: new Set(), figures: new Map()};
    const words = text.match(WORD) ?? [];
    const numbers = numberWordValues();
    for (const word of words) {
      const figure = numbers.get(word.toLowerCase());
      if (figure !== undefined) index.figures.set(figure, (index.figures.get(figure) ?? 0) + 1);
      for (const part of /[-'’\u2010\u2011]/u.test(word) ? [word, ...word.split(/[-'’\u2010\u2011]/u)] : [word]) {
        const plain = fold(part);
        if (!plain || index.exact.has(plain)) continue;
        index.exact.add(plain);
        if (plain.length >= 4) index.prefixes.add(plain.slice(0, 4));
        const bones = skeleton(plain);
        index.skeletons.add(bones);
        if (bones.length >= 3) index.skeletonPrefixes.add(bones.slice(0, 3));
      }
    }
    for (const group of groupsOf(words)) index.groups.add(group);
    let initials = '';
    for (const word of [...words, '']) {
      if (/^\p{Lu}/u.test(word)) initials += word[0];
      else {
        for (let start = 0; start < initials.length; start++) for (let end = start + 2; end <= initials.length; end++) index.initials.add(initials.slice(start, end));
        initials = '';
      }
    }
    return index;
  };
}

function unmatchedTokens(here: Side, there: Side, tokens: Token[]): Token[] {
  const values = new Set(there.tokens.map((token) => `${token.kind}:${token.value}`));
  return distinct(tokens).filter((token) => {
    // A figure the section writes more often than its counterpart: one of them changed, or is left out.
    if (token.kind === 'number' || token.kind === 'spelled') return figuresLeft(here, there, token) > 0;
    if (values.has(`${token.kind}:${token.value}`)) return false;
    const words = there.words();
    if (token.kind === 'acronym') return !words.initials.has(token.value) && !words.exact.has(fold(token.value)) && !sharesGroup(token.text, words);
    if (token.kind === 'name') return !token.text.split(' ').some((word) => wordCorresponds(word, words)) && !sharesGroup(token.text, words);
    return true;
  });
}

// A name survives translation recognisably: Syrië and Syria, Marokko and
// Morocco, Parijs and Paris, februari and February. Mechelen and Malines do
// not: that pair is the lexicon's.
function wordCorresponds(word: string, words: WordIndex): boolean {
  return word.split(/[-'’\u2010\u2011]/u).some((part) => {
    const plain = fold(part);
    if (!plain) return false;
    if (words.exact.has(plain)) return true;
    if (plain.length >= 4 && words.prefixes.has(plain.slice(0, 4))) return true;
    const bones = skeleton(plain);
    return bones.length < 3 ? words.skeletons.has(bones) : words.skeletonPrefixes.has(bones.slice(0, 3));
  });
}

// ---- Equivalent names ---------------------------------------------------------

interface NameIndex {
  /** A name's words, folded and joined by a space, to the groups it belongs to. */
  groups: Map<string, number[]>;
  /** The first word of each name of several words, to the most words such a name has. */
  starts: Map<string, number>;
}

let nameIndex: NameIndex | undefined;

// Built once, on the first comparison that needs it.
function names(): NameIndex {
  if (nameIndex) return nameIndex;
  const index: NameIndex = {groups: new Map(), starts: new Map()};
  equivalentNames().forEach((group, id) => {
    for (const name of group) {
      const words = (name.match(WORD) ?? []).map(plainWord);
      const key = words.join(' ');
      if (words.length > 1) index.starts.set(words[0]!, Math.max(index.starts.get(words[0]!) ?? 0, words.length));
      const ids = index.groups.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      index.groups.set(key, ids);
    }
  });
  nameIndex = index;
  return index;
}

// The groups of equivalent names a run of words mentions: every word, every
// sequence that starts a name of several words, and every part of a
// hyphenated word ("Frans-Belgische").
function groupsOf(words: readonly string[]): Set<number> {
  const {groups, starts} = names();
  const plain = words.map(plainWord);
  const found = new Set<number>();
  const look = (key: string) => {
    for (const id of groups.get(key) ?? []) found.add(id);
  };
  for (const [start, word] of plain.entries()) {
    look(word);
    const longest = starts.get(word) ?? 1;
    for (let end = start + 2; end <= Math.min(plain.length, start + longest); end++) look(plain.slice(start, end).join(' '));
    if (/[-\u2010\u2011]/u.test(word)) for (const part of word.split(/[-\u2010\u2011]/u)) look(part);
  }
  return found;
}

function sharesGroup(text: string, words: WordIndex): boolean {
  if (words.groups.size === 0) return false;
  for (const group of groupsOf(text.match(WORD) ?? [])) if (words.groups.has(group)) return true;
  return false;
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

// Folded, without a possessive: "Russia’s" is "russia". Words recur across
// sections and releases: each is folded once (the cache is emptied when large).
const plainWords = new Map<string, string>();

function plainWord(word: string): string {
  let plain = plainWords.get(word);
  if (plain === undefined) {
    if (plainWords.size > 100_000) plainWords.clear();
    plain = fold(word)
      .replace(/['’]s$/u, '')
      .replace(/[\u2010\u2011]/gu, '-');
    plainWords.set(word, plain);
  }
  return plain;
}

// The consonants, spelled one way: "marokko" and "morocco" are both "mrk…".
function skeleton(plain: string): string {
  return plain
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function distinct(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((token) => {
    const key = `${token.kind}:${token.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function at(file: string, line: number): string {
  return `${file.split(/[\\/]/).pop() ?? file}:${line}`;
}

// ---- Shared words -------------------------------------------------------------

// A text and its translation share words spelled alike in both languages:
// cognates (project, innovatief and innovative: their first five letters),
// the names of the lexicon, figures in digits or in words. Of the larger set
// of such anchors a translation shares about 30%, an unrelated text about 3%
// (measured on the corpus of real releases and the statement: 30.7% and
// 3.3% on average). The log-likelihood ratio of the two says which one a
// pair of sections looks like, and counts more the longer they are.
const SHARED = {translation: 0.3, unrelated: 0.03};
// A section's text that reads this much better (in log-likelihood) as the
// translation of another section's than of its own was pasted under the
// wrong key. In the corpus and the statement every other section of a
// release scores at least 8 below a section's own.
const MISPLACED_MARGIN = 6;
// A pair this far towards "unrelated" is not a translation (the lowest
// translation in the corpus scores -0.6; unrelated sections of other
// releases score -8 and below for 88% of pairs).
const UNRELATED = -8;
const ANCHOR_LETTERS = 5;
// A sentence joined to another with this many anchors, none shared with its counterpart, was added.
const LONELY_ANCHORS = 5;

interface SharedWords {
  /** Section pairs whose texts do not read as translations of each other, by index. */
  findings: Array<Finding | undefined>;
  /** What each pair's paragraphs that have a counterpart share. */
  own: Overlap[];
}

function sharedWords(pairs: ReadonlyArray<{a: CorrespondenceSection; b: CorrespondenceSection}>, beads: ReadonlyArray<readonly Bead[]>, files: {a: string; b: string}, anchors: AnchorIndex): SharedWords {
  const whole = {a: pairs.map(({a}) => anchors(a.paragraphs)), b: pairs.map(({b}) => anchors(b.paragraphs))};
  const scores = new Map<string, Overlap>();
  const score = (i: number, j: number) => {
    const key = `${i} ${j}`;
    if (!scores.has(key)) scores.set(key, overlap(whole.a[i]!, whole.b[j]!));
    return scores.get(key)!;
  };
  // A paragraph without counterpart is named on its own, and the rest is what
  // must read as a translation; unless most of one version's paragraphs have
  // none, which is a text that is not a translation at all.
  const own = beads.map((each, i) => {
    const paired = each.filter((bead) => bead.a.length > 0 && bead.b.length > 0);
    const mostlyAlone = (['a', 'b'] as const).some((side) => {
      const alone = each.filter((bead) => bead.a.length + bead.b.length === 1 && bead[side].length === 1).length;
      return alone >= 2 && alone > paired.reduce((total, bead) => total + bead[side].length, 0);
    });
    return paired.length === 0 || mostlyAlone ? score(i, i) : overlap(anchors(paired.flatMap((bead) => bead.a)), anchors(paired.flatMap((bead) => bead.b)));
  });
  const findings = pairs.map(({a, b}, i) => {
    const others = pairs.map((_, j) => j).filter((j) => j !== i);
    // This section's text in one version against the other sections' in the other: does it read as the translation of one of them instead?
    const candidates = [
      ...others.map((j) => ({file: files.b, line: b.line, source: pairs[j]!.a, sourceFile: files.a, counterpart: a, overlap: score(j, i)})),
      ...others.map((j) => ({file: files.a, line: a.line, source: pairs[j]!.b, sourceFile: files.b, counterpart: b, overlap: score(i, j)})),
    ].filter((each) => each.overlap.likelihood > 0 && each.overlap.likelihood - score(i, i).likelihood > MISPLACED_MARGIN);
    const [misplaced] = candidates.sort((x, y) => y.overlap.likelihood - x.overlap.likelihood);
    const field = `section "${a.key}"`;
    const make = (file: string, line: number, message: string): Finding => ({error: true, section: a.key, what: 'section', signal: 'words', file, problem: {file, line, field, message}});
    if (misplaced) {
      const {file, line, source, sourceFile, counterpart} = misplaced;
      return make(file, line, `the text of ${at(file, line)} reads as the translation of section "${source.key}" (${at(sourceFile, source.line)}), not of ${at(sourceFile, counterpart.line)}: ${shares(misplaced.overlap)} with the one, ${shares(score(i, i))} with the other; were two sections swapped, or one pasted under the wrong key?`);
    }
    if (own[i]!.likelihood < UNRELATED) {
      return make(files.b, b.line, `${at(files.b, b.line)} does not read as the translation of ${at(files.a, a.line)}: ${shares(own[i]!)}, where a translation shares about ${Math.round(SHARED.translation * 100)}%; is this the text of another section or another release?`);
    }
    return undefined;
  });
  return {findings, own};
}

interface Overlap {
  shared: number;
  of: number;
  likelihood: number;
}

// Counted against the larger set: a few words of a short text are found in
// any long one.
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const anchor of small) if (large.has(anchor)) shared++;
  const of = large.size;
  const {translation, unrelated} = SHARED;
  return {shared, of, likelihood: shared * Math.log(translation / unrelated) + (of - shared) * Math.log((1 - translation) / (1 - unrelated))};
}

function shares({shared, of}: Overlap): string {
  return `${shared} of ${of} words spelled alike (${Math.round((100 * shared) / Math.max(of, 1))}%)`;
}

/** The anchors of some blocks together, each block's read once per check. */
type AnchorIndex = (blocks: readonly CorrespondenceBlock[]) => ReadonlySet<string>;

// A section's heading is left out: swapped bodies keep theirs.
function anchorIndex(): AnchorIndex {
  const cache = new Map<CorrespondenceBlock, Set<string>>();
  const of = (block: CorrespondenceBlock) => {
    let anchors = cache.get(block);
    if (!anchors) {
      anchors = anchorsOf(block.text);
      cache.set(block, anchors);
    }
    return anchors;
  };
  return (blocks) => {
    // Most beads are one block to one: its own set, read only.
    if (blocks.length === 1) return of(blocks[0]!);
    const union = new Set<string>();
    for (const block of blocks) for (const anchor of of(block)) union.add(anchor);
    return union;
  };
}

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const numbers = numberWordValues();
  const words = text.match(WORD) ?? [];
  for (const word of words) {
    const figure = numbers.get(word.toLowerCase());
    if (figure !== undefined) anchors.add(`#${figure}`);
    for (const part of word.split(/[-\u2010\u2011]/u)) {
      const plain = plainWord(part);
      if (plain.length >= ANCHOR_LETTERS) anchors.add(plain.slice(0, ANCHOR_LETTERS));
    }
  }
  for (const group of groupsOf(words)) anchors.add(`=${group}`);
  for (const match of text.matchAll(NUMBER)) anchors.add(`#${numberValue(match[0])}`);
  return anchors;
}

// ---- Lengths ----------------------------------------------------------------

interface LengthModel {
  ratio: number;
  variance: number;
}

/** Characters of running text, whitespace collapsed. */
function textLength(text: string): number {
  let length = 0;
  let space = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
    if (!isSpace) length += space && length > 0 ? 2 : 1;
    space = isSpace;
  }
  return length;
}

function sectionLength(section: CorrespondenceSection): number {
  return textLength([section.title ?? '', ...section.paragraphs.map((paragraph) => paragraph.text)].join(' '));
}

// The lengths of the paragraphs that have a counterpart.
function pairedLengths(beads: readonly Bead[]): [number, number] {
  const paired = beads.filter((bead) => bead.a.length > 0 && bead.b.length > 0);
  const length = (blocks: CorrespondenceBlock[]) => textLength(blocks.map((block) => block.text).join(' '));
  return [length(paired.flatMap((bead) => bead.a)), length(paired.flatMap((bead) => bead.b))];
}

// The release's own median ratio, which a pasted section or two cannot move,
// pulled towards the prior when there are few sections.
function lengthModel(lengths: Array<[number, number]>, options: CorrespondenceOptions): LengthModel {
  const prior = options.ratio ?? 1;
  const ratios = lengths.filter(([a, b]) => a > 0 && b > 0).map(([a, b]) => b / a).sort((x, y) => x - y);
  const middle = ratios.length / 2;
  const median = ratios.length === 0 ? prior : ratios.length % 2 ? ratios[Math.floor(middle)]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return {ratio: (prior * PRIOR_WEIGHT + median * ratios.length) / (PRIOR_WEIGHT + ratios.length), variance: options.variance ?? 6.8};
}

/** Gale and Church's delta: how many standard deviations `b` is from what `a` predicts. */
function delta(a: number, b: number, model: LengthModel): number {
  const mean = (a + b / model.ratio) / 2;
  return mean === 0 ? 0 : (b - a * model.ratio) / Math.sqrt(mean * model.variance);
}

function compareLengths(a: CorrespondenceSection, b: CorrespondenceSection, beads: readonly Bead[], files: {a: string; b: string}, model: LengthModel, anchors: AnchorIndex): Finding[] {
  const findings: Finding[] = [];
  const field = `section "${a.key}"`;
  const push = (error: boolean, what: string, file: string, line: number, message: string) =>
    findings.push({error, section: a.key, what, signal: 'length', file, problem: {file, line, field, message}});
  const lengthMessage = (lineA: number, lengthA: number, lineB: number, lengthB: number, d: number) =>
    `${at(files.b, lineB)} has ${lengthB} characters where ${at(files.a, lineA)} (${lengthA}) predicts about ${Math.round(lengthA * model.ratio)} (delta ${d.toFixed(1)}); ${Math.abs(d) >= BLOCK_ERROR_DELTA ? 'they do not read as translations of each other' : 'is something added or left out?'}`;

  if (a.title !== undefined && b.title !== undefined) {
    const [la, lb] = [textLength(a.title), textLength(b.title)];
    const d = delta(la, lb, model);
    if (Math.abs(d) >= WARN_DELTA) push(Math.abs(d) >= BLOCK_ERROR_DELTA, 'length', files.b, b.line, `the heading: ${lengthMessage(a.line, la, b.line, lb, d)}`);
  }
  // The section's own length leaves out the paragraphs that have no counterpart: they are named on their own.
  const paired = {a: [a.title ?? ''], b: [b.title ?? '']};
  for (const bead of beads) {
    if (bead.a.length > 0 && bead.b.length > 0) {
      paired.a.push(...bead.a.map((block) => block.text));
      paired.b.push(...bead.b.map((block) => block.text));
    }
    if (bead.a.length === 0 || bead.b.length === 0) {
      const [lonely, file, otherFile, otherSection] = bead.a.length === 0 ? [bead.b[0]!, files.b, files.a, a] : [bead.a[0]!, files.a, files.b, b];
      push(false, 'paragraph', file, lonely.line, `the paragraph at ${at(file, lonely.line)} has no counterpart in ${at(otherFile, otherSection.line)}: was it dropped there, or added here?`);
      continue;
    }
    if (bead.a.length !== bead.b.length) {
      const [two, file, one, otherFile] = bead.a.length === 2 ? [bead.a, files.a, bead.b[0]!, files.b] : [bead.b, files.b, bead.a[0]!, files.a];
      push(false, 'paragraph', file, two[0]!.line, `${at(file, two[0]!.line)} and ${at(file, two[1]!.line)} correspond to one paragraph, ${at(otherFile, one.line)}: was a paragraph split, joined or dropped?`);
      continue;
    }
    const [pa, pb] = [bead.a[0]!, bead.b[0]!];
    const [la, lb] = [textLength(pa.text), textLength(pb.text)];
    const d = delta(la, lb, model);
    if (Math.abs(d) >= BLOCK_ERROR_DELTA) {
      push(true, 'length', files.b, pb.line, lengthMessage(pa.line, la, pb.line, lb, d));
      continue;
    }
    // A sentence one paragraph has and its counterpart lacks says more than the paragraphs' lengths.
    const [lonely] = lonelySentences(pa, pb, model, anchors);
    if (lonely) {
      const [file, otherFile, counterpart] = lonely.side === 'a' ? [files.a, files.b, pb] : [files.b, files.a, pa];
      push(false, 'sentence', file, lonely.line, `the sentence “${excerpt(lonely.text)}” in ${at(file, lonely.line)} has no counterpart in ${at(otherFile, counterpart.line)}: was it added here, or left out there?`);
    } else if (Math.abs(d) >= WARN_DELTA) push(false, 'length', files.b, pb.line, lengthMessage(pa.line, la, pb.line, lb, d));
  }
  const [la, lb] = [textLength(paired.a.join(' ')), textLength(paired.b.join(' '))];
  const d = delta(la, lb, model);
  const error = Math.abs(d) >= SECTION_ERROR_DELTA;
  // A block-level finding already says where the difference is.
  if (error || (Math.abs(d) >= WARN_DELTA && findings.length === 0)) {
    push(error, 'length', files.b, b.line, `the section: ${at(files.b, b.line)} has ${lb} characters where ${at(files.a, a.line)} (${la}) predicts about ${Math.round(la * model.ratio)} (delta ${d.toFixed(1)}); ${error ? 'this is not a translation of that section' : 'is something added or left out?'}`);
  }
  return findings;
}

// A sentence ends at . ! ? or …, before a capital, a figure or a quotation
// mark; not after an initial ("J. Smith") or an abbreviation ("Mr. Michel",
// "o.a. De").
const SENTENCE_BREAK = /[.!?…]["'”’»)]*\s+(?=["'“‘„«(]?[\p{Lu}\d])/gu;
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|\p{L}\.\p{L}+|mr|mrs|ms|dr|prof|st|nr|no|vs|bv|ca|dhr|mevr|mw|jr|sr|art|blz|vol|fig)\.$/iu;

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, match.index + 1))) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences;
}

interface Sentence extends CorrespondenceBlock {
  side: 'a' | 'b';
}

// The sentences of two paragraphs, aligned as their paragraphs are (even as
// many on each side: one added where another was joined), that have no
// counterpart: those left alone, and those
// joined to another that share none of their words with their counterpart
// and without which the other fits it better by length (a sentence split or
// joined in translation is needed for the lengths to line up).
function lonelySentences(a: CorrespondenceBlock, b: CorrespondenceBlock, model: LengthModel, anchors: AnchorIndex): Sentence[] {
  const split = (block: CorrespondenceBlock, side: 'a' | 'b'): Sentence[] => sentencesOf(block.text).map((text) => ({text, line: block.line, side}));
  const [sa, sb] = [split(a, 'a'), split(b, 'b')];
  if (sa.length === 1 && sb.length === 1) return [];
  return alignBlocks(sa, sb, model, anchors).flatMap((bead) => {
    const [many, one] = bead.a.length > bead.b.length ? [bead.a, bead.b] : [bead.b, bead.a];
    if (one.length === 0) return many as Sentence[];
    if (many.length === 1) return [];
    const counterpart = anchors(one);
    const length = (blocks: readonly CorrespondenceBlock[]) => textLength(blocks.map((block) => block.text).join(' '));
    const fit = (blocks: readonly CorrespondenceBlock[]) => Math.abs(bead.a.length > bead.b.length ? delta(length(blocks), length(one), model) : delta(length(one), length(blocks), model));
    return (many as Sentence[]).filter((sentence) => {
      const own = anchors([sentence]);
      const rest = many.filter((each) => each !== sentence);
      return own.size >= LONELY_ANCHORS && overlap(own, counterpart).shared === 0 && fit(rest) < fit(many);
    });
  });
}

function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 6).join(' ')} …`;
}

interface Bead {
  a: CorrespondenceBlock[];
  b: CorrespondenceBlock[];
}

// Blocks are aligned by Gale and Church's dynamic programme over 1-1, 1-0,
// 0-1, 2-1 and 1-2 beads, even when both versions have as many: a paragraph
// dropped from one and another split in it leave the counts equal. A bead's
// cost is its rarity, its lengths' delta and, as in Moore (2002), what its
// words say: two paragraphs of like length are told apart by their words.
function alignBlocks(a: readonly CorrespondenceBlock[], b: readonly CorrespondenceBlock[], model: LengthModel, anchors: AnchorIndex): Bead[] {
  const la = a.map((block) => textLength(block.text));
  const lb = b.map((block) => textLength(block.text));
  const moves = [
    [1, 1, BEAD_COST.match],
    [1, 0, BEAD_COST.orphan],
    [0, 1, BEAD_COST.orphan],
    [2, 1, BEAD_COST.merge],
    [1, 2, BEAD_COST.merge],
  ] as const;
  const cost: number[][] = Array.from({length: a.length + 1}, () => Array<number>(b.length + 1).fill(Infinity));
  const back: Array<Array<readonly [number, number] | undefined>> = Array.from({length: a.length + 1}, () => Array(b.length + 1).fill(undefined));
  cost[0]![0] = 0;
  const sum = (lengths: number[], from: number, count: number) => lengths.slice(from, from + count).reduce((total, each) => total + each, 0);
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      for (const [di, dj, penalty] of moves) {
        if (i < di || j < dj) continue;
        // A block alone costs its bead's rarity only: its length and words say nothing.
        const paired = di > 0 && dj > 0;
        const d = paired ? delta(sum(la, i - di, di), sum(lb, j - dj, dj), model) : 0;
        const words = paired ? WORD_WEIGHT * overlap(anchors(a.slice(i - di, i)), anchors(b.slice(j - dj, j))).likelihood : 0;
        const total = cost[i - di]![j - dj]! + penalty + (d * d) / 2 - words;
        if (total < cost[i]![j]!) {
          cost[i]![j] = total;
          back[i]![j] = [di, dj];
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    const [di, dj] = back[i]![j]!;
    beads.unshift({a: a.slice(i - di, i), b: b.slice(j - dj, j)});
    i -= di;
    j -= dj;
  }
  return beads;
}
