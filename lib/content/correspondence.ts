// Do two language versions say the same thing? Two independent signals, per
// pair of sections with the same key: the tokens that survive translation
// unchanged (figures, acronyms, names, addresses) and the length model of Gale
// and Church (1993), where a text and its translation have lengths in a ratio
// that varies little. Works on plain data: no file reading, no app imports.
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

/** A warning a release has looked at and accepted, declared in front matter. */
interface Acknowledgement {
  section: string;
  /** What the warning is about: a token as the warning quotes it, `length` or `paragraph`. */
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

interface Finding {
  error: boolean;
  section: string;
  what: string;
  /** Which signal found it, and in which version (for tokens). */
  signal: 'token' | 'length';
  file: string;
  problem: ContentProblem;
}

/**
 * Check that two language versions of one release correspond, section by
 * section: the same figures, acronyms and names, and lengths in proportion.
 * Sections are paired by key; sections only one version has are
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
  const model = lengthModel(
    pairs.map(({a, b}) => [sectionLength(a), sectionLength(b)]),
    options,
  );
  const files = {a: reference.file, b: other.file};
  const acknowledgements = options.acknowledgements ?? [];
  const findings = pairs.flatMap(({a, b}) => {
    const found = [...compareTokens(a, b, files), ...compareLengths(a, b, files, model)];
    // What the release has acknowledged is not evidence.
    const combined = combinedEvidence(a, b, files, found.filter((each) => !acknowledgementOf(each, acknowledgements)));
    // Once a section is not the translation of its counterpart, the details are noise.
    return combined ? [combined] : found.some((each) => each.error) ? found.filter((each) => each.error) : found;
  });
  return acknowledge(findings, acknowledgements);
}

// Weak signs that agree are strong evidence: tokens without a counterpart in
// both versions and lengths that do not line up, in one pair of sections, is
// what a section pasted under the wrong key looks like.
function combinedEvidence(a: CorrespondenceSection, b: CorrespondenceSection, files: {a: string; b: string}, found: Finding[]): Finding | undefined {
  if (found.some((each) => each.error)) return undefined;
  const tokens = (file: string) => found.filter((each) => each.signal === 'token' && each.file === file).map((each) => each.what);
  const [here, there] = [tokens(files.a), tokens(files.b)];
  if (here.length === 0 || there.length === 0 || !found.some((each) => each.signal === 'length')) return undefined;
  const list = (items: string[]) => (items.length > 3 ? `${items.slice(0, 3).join(', ')}…` : items.join(', '));
  return {
    error: true,
    section: a.key,
    what: 'section',
    signal: 'length',
    file: files.b,
    problem: {
      file: files.b,
      line: b.line,
      field: `section "${a.key}"`,
      message: `${at(files.b, b.line)} does not read as the translation of ${at(files.a, a.line)}: tokens on both sides have no counterpart (${list(here)} in ${at(files.a, a.line)}; ${list(there)} in ${at(files.b, b.line)}) and the lengths do not line up; is this the text of another section?`,
    },
  };
}

function acknowledgementOf(finding: Finding, acknowledgements: readonly Acknowledgement[]): Acknowledgement | undefined {
  return finding.error ? undefined : acknowledgements.find((each) => each.section === finding.section && each.what.includes(finding.what));
}

// Silence the warnings a release acknowledges; an acknowledgement that matches
// no warning is stale, and said so, so that it does not hide a later one.
function acknowledge(findings: Finding[], acknowledgements: readonly Acknowledgement[]): CorrespondenceReport {
  const used = new Set<Acknowledgement>();
  const report: CorrespondenceReport = {problems: [], warnings: []};
  for (const finding of findings) {
    const acknowledgement = acknowledgementOf(finding, acknowledgements);
    if (acknowledgement) used.add(acknowledgement);
    else (finding.error ? report.problems : report.warnings).push(finding.problem);
  }
  for (const acknowledgement of acknowledgements) {
    if (used.has(acknowledgement)) continue;
    report.warnings.push({
      file: acknowledgement.file,
      ...(acknowledgement.line === undefined ? {} : {line: acknowledgement.line}),
      field: `section "${acknowledgement.section}"`,
      message: `the acknowledgement of ${acknowledgement.what.join(', ')} matches no warning of the correspondence check; remove it`,
    });
  }
  return report;
}

// ---- Invariant tokens -------------------------------------------------------

type TokenKind = 'number' | 'acronym' | 'name' | 'address';

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

interface Side {
  section: CorrespondenceSection;
  file: string;
  units: Unit[];
  tokens: Token[];
  words: () => WordIndex;
  /** Where each block's counterpart starts in the other file. */
  counterpart: (block: number) => number;
}

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Thousands grouped by a point, comma or (narrow) space, else digits with an optional decimal part.
const NUMBER = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)/g;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const SENTENCE_END = /[.!?:;]["'”’»)]*$/u;

function compareTokens(a: CorrespondenceSection, b: CorrespondenceSection, files: {a: string; b: string}): Finding[] {
  const sides = [side(a, files.a), side(b, files.b)] as const;
  // Blocks pair by position when both have as many; otherwise each points at the other section.
  const sameCount = a.paragraphs.length === b.paragraphs.length;
  const [sa, sb] = sides;
  sa.counterpart = (block) => (block >= 0 && sameCount ? b.paragraphs[block]!.line : b.line);
  sb.counterpart = (block) => (block >= 0 && sameCount ? a.paragraphs[block]!.line : a.line);

  const unmatched = [unmatchedTokens(sa, sb), unmatchedTokens(sb, sa)] as const;
  const findings: Finding[] = [];
  // Figures missing on both sides mean a figure changed: strong evidence.
  const changed = unmatched[0].some((token) => token.kind === 'number') && unmatched[1].some((token) => token.kind === 'number');
  // Sections that share none of their tokens, each having a few, are not each other's translation.
  const disjoint = sides.every((each, index) => distinct(each.tokens).length >= 3 && unmatched[index]!.length === distinct(each.tokens).length);
  sides.forEach((here, index) => {
    const there = sides[1 - index]!;
    for (const token of unmatched[index]!) {
      // Years are not written out in words: one without a counterpart is an error on its own.
      const error = disjoint || (token.kind === 'number' && (changed || YEAR.test(token.value)));
      const hint = token.kind === 'number' && !error ? ' (if it is written out in words there, acknowledge it)' : '';
      findings.push(finding(here, token, error, `${token.text} in ${at(here.file, lineOf(here, token.block))} has no counterpart in ${at(there.file, here.counterpart(token.block))}${hint}`));
    }
  });
  return findings;
}

function finding(here: Side, token: Token, error: boolean, message: string): Finding {
  return {error, section: here.section.key, what: token.text, signal: 'token', file: here.file, problem: {file: here.file, line: lineOf(here, token.block), field: `section "${here.section.key}"`, message}};
}

function side(section: CorrespondenceSection, file: string): Side {
  const units: Unit[] = section.paragraphs.map((paragraph) => ({text: paragraph.text, line: paragraph.line}));
  const blocks = [...(section.title === undefined ? [] : [{text: section.title, block: -1}]), ...units.map((unit, block) => ({text: unit.text, block}))];
  const tokens = blocks.flatMap(({text, block}) => tokensOf(text, block));
  return {section, file, units, tokens, words: indexWords(blocks.map((each) => each.text).join('\n')), counterpart: () => section.line};
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
  return tokens;
}

function numberValue(text: string): string {
  const grouped = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(text);
  const plain = grouped ? text.replace(/\D/g, '') : text.replace(',', '.');
  const [whole = '', fraction] = plain.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

// Runs of capitalised words that do not start a sentence: "Binnenlandse Zaken".
function namesOf(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let previousEnd = 0;
  const close = () => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // Most words are in lowercase: only a capital, or a run to close, needs the text between.
    if (isCapitalised(match[0]) || run.length > 0) {
      const between = text.slice(previousEnd, start);
      // A run of names is broken by anything but spaces: "Spanje, Marokko" are two.
      if (/\S/.test(between)) close();
      const sentenceStart = previousEnd === 0 || SENTENCE_END.test(between.trimEnd()) || between.includes('\n');
      if (isCapitalised(match[0]) && !sentenceStart) run.push(match[0].replace(/['’-]+$/u, ''));
      else close();
    }
    previousEnd = end;
  }
  close();
  return names;
}

// "Parijs" and "Franco-Belgian", not "EU" (an acronym) or "paris".
function isCapitalised(word: string): boolean {
  const [first = '', second = ''] = word;
  return first !== first.toLowerCase() && second !== second.toUpperCase();
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
}

function indexWords(text: string): () => WordIndex {
  let index: WordIndex | undefined;
  return () => {
    if (index) return index;
    index = {exact: new Set(), prefixes: new Set(), skeletons: new Set(), skeletonPrefixes: new Set(), initials: new Set()};
    const words = text.match(WORD) ?? [];
    for (const word of words) {
      for (const part of word.includes('-') || word.includes("'") || word.includes('’') ? [word, ...word.split(/[-'’]/u)] : [word]) {
        const plain = fold(part);
        if (!plain || index.exact.has(plain)) continue;
        index.exact.add(plain);
        if (plain.length >= 4) index.prefixes.add(plain.slice(0, 4));
        const bones = skeleton(plain);
        index.skeletons.add(bones);
        if (bones.length >= 3) index.skeletonPrefixes.add(bones.slice(0, 3));
      }
    }
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

function unmatchedTokens(here: Side, there: Side): Token[] {
  const values = new Set(there.tokens.map((token) => `${token.kind}:${token.value}`));
  return distinct(here.tokens).filter((token) => {
    if (values.has(`${token.kind}:${token.value}`)) return false;
    if (token.kind === 'acronym') return !there.words().initials.has(token.value) && !there.words().exact.has(fold(token.value));
    if (token.kind === 'name') return !token.text.split(' ').some((word) => wordCorresponds(word, there.words()));
    return true;
  });
}

// A name survives translation recognisably: Syrië and Syria, Marokko and
// Morocco, Parijs and Paris, februari and February. Mechelen and Malines do
// not: that pair is for the release to acknowledge.
function wordCorresponds(word: string, words: WordIndex): boolean {
  return word.split(/[-'’]/u).some((part) => {
    const plain = fold(part);
    if (!plain) return false;
    if (words.exact.has(plain)) return true;
    if (plain.length >= 4 && words.prefixes.has(plain.slice(0, 4))) return true;
    const bones = skeleton(plain);
    return bones.length < 3 ? words.skeletons.has(bones) : words.skeletonPrefixes.has(bones.slice(0, 3));
  });
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
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

function compareLengths(a: CorrespondenceSection, b: CorrespondenceSection, files: {a: string; b: string}, model: LengthModel): Finding[] {
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
  for (const bead of alignBlocks(a.paragraphs, b.paragraphs, model)) {
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
    if (Math.abs(d) >= WARN_DELTA) push(Math.abs(d) >= BLOCK_ERROR_DELTA, 'length', files.b, pb.line, lengthMessage(pa.line, la, pb.line, lb, d));
  }
  const [la, lb] = [sectionLength(a), sectionLength(b)];
  const d = delta(la, lb, model);
  const error = Math.abs(d) >= SECTION_ERROR_DELTA;
  // A block-level finding already says where the difference is.
  if (error || (Math.abs(d) >= WARN_DELTA && findings.length === 0)) {
    push(error, 'length', files.b, b.line, `the section: ${at(files.b, b.line)} has ${lb} characters where ${at(files.a, a.line)} (${la}) predicts about ${Math.round(la * model.ratio)} (delta ${d.toFixed(1)}); ${error ? 'this is not a translation of that section' : 'is something added or left out?'}`);
  }
  return findings;
}

interface Bead {
  a: CorrespondenceBlock[];
  b: CorrespondenceBlock[];
}

// Blocks pair one to one when both versions have as many (that is how the
// site shows them side by side); otherwise by Gale and Church's dynamic
// programme over 1-1, 1-0, 0-1, 2-1 and 1-2 beads.
function alignBlocks(a: readonly CorrespondenceBlock[], b: readonly CorrespondenceBlock[], model: LengthModel): Bead[] {
  if (a.length === b.length) return a.map((block, index) => ({a: [block], b: [b[index]!]}));
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
        // A block alone costs its bead's rarity only: its length says nothing.
        const d = di === 0 || dj === 0 ? 0 : delta(sum(la, i - di, di), sum(lb, j - dj, dj), model);
        const total = cost[i - di]![j - dj]! + penalty + (d * d) / 2;
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
