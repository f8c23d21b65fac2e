import { classifyHeading } from '../sections/headings.js';
import { DISTINCTION_WORDS, type DistinctionKind, NAME_CONNECTORS, RANK_PATTERN } from './distinction-words.js';

/** A distinction, rank or name found in a text, before it is checked. */
export interface NamedClaim {
  /** What the claim is about. */
  readonly kind: DistinctionKind | 'rank' | 'name';
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The distinction word as written ("Award", "certified"), for distinctions. */
  readonly cue?: string;
  /** Offset of the distinction word in the text, for distinctions. */
  readonly cueStart?: number;
  /** The first word, when it starts a sentence and is not the distinction word: its capital says nothing of a name. */
  readonly leading?: string;
}

const WORD_EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}'’-])`;
const WORD_EDGE_AFTER = String.raw`(?![\p{L}\p{N}-])`;
const patternOfWord = (word: string) =>
  word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((left, right) => right.length - left.length)
    .map(patternOfWord)
    .join('|');
const ALL_WORDS = Object.values(DISTINCTION_WORDS).flat();
// Words written in lower case match in any case; a word written with a capital matches only as written.
const CUE_ANY_CASE = new RegExp(
  `${WORD_EDGE_BEFORE}(?:${alternation(ALL_WORDS.filter((word) => word === word.toLowerCase()))})${WORD_EDGE_AFTER}`,
  'giu',
);
const CUE_AS_WRITTEN = new RegExp(
  `${WORD_EDGE_BEFORE}(?:${alternation(ALL_WORDS.filter((word) => word !== word.toLowerCase()))})${WORD_EDGE_AFTER}`,
  'gu',
);
const KIND_OF_WORD = new Map<string, DistinctionKind>();
for (const [kind, words] of Object.entries(DISTINCTION_WORDS) as [DistinctionKind, readonly string[]][])
  for (const word of words) KIND_OF_WORD.set(word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '), kind);

/** The kind of distinction a word names ("Prize" → award, "certified" → credential), or undefined. */
export function distinctionKindOf(word: string): DistinctionKind | undefined {
  return KIND_OF_WORD.get(word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
}

/** The kinds of distinction a text mentions by any of their words ("awards", "licensed"). */
export function distinctionKindsIn(text: string): Set<DistinctionKind> {
  const kinds = new Set<DistinctionKind>();
  for (const pattern of [CUE_ANY_CASE, CUE_AS_WRITTEN])
    for (const [word] of text.matchAll(pattern)) {
      const kind = distinctionKindOf(word);
      if (kind) kinds.add(kind);
    }
  return kinds;
}

// How far around a distinction word its name is looked for (bounded: the scan stays linear), and how many words.
const WINDOW = 160;
const MAX_NAME_WORDS = 8;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&'’.+#-]*|&/gu;
const TRAILING_MARKS = /[.'’-]+$/u;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_OR_NUMBER = /^[\p{Lu}\p{N}]/u;
const SPACE_ONLY = /^[^\S\n]+$/u;
// Before a sentence's first word: nothing on its line, or a mark that is not inside a sentence (a bullet, a full stop).
const ENDS_SENTENCE = /(?:^|\n|[^\p{L}\p{N},&'’\s])[^\S\n]*$/u;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// The words of text[from, to) on one line, with trailing full stops and apostrophes left off.
function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const word = match[0].replace(TRAILING_MARKS, '');
    if (word === '') continue;
    const start = from + match.index;
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

const isConnector = (token: Token | undefined) => token !== undefined && NAME_CONNECTORS.has(token.text);
const adjacent = (text: string, left: Token, right: Token) => SPACE_ONLY.test(text.slice(left.end, right.start));

/** Whether text[position] starts a sentence: nothing but a bullet, a full stop or the line's start before it. */
function startsSentence(text: string, position: number): boolean {
  return ENDS_SENTENCE.test(text.slice(Math.max(0, position - 20), position));
}

/** The span of a distinction's name around its word: the capitalised words before it and after it on its line. */
function nameAround(text: string, start: number, end: number): { start: number; end: number } {
  // The line is looked for within the window only: a long line of many distinction words is not scanned per word.
  const from = Math.max(0, start - WINDOW);
  const lineStart = text.slice(from, start).lastIndexOf('\n') + 1 + from;
  const before = tokensOf(text, lineStart, start);
  // A token the window cut is not taken.
  if (lineStart === from && from > 0) before.shift();
  let first = start;
  let taken = 0;
  let next: Token = { text: '', start, end: start };
  for (let index = before.length - 1; index >= 0 && taken < MAX_NAME_WORDS; index--) {
    const token = before[index] as Token;
    if (!adjacent(text, token, next) && token.end !== next.start) break;
    if (CAPITALISED_OR_NUMBER.test(token.text)) first = token.start;
    else if (!(isConnector(token) && CAPITALISED.test(before[index - 1]?.text ?? ''))) break;
    next = token;
    taken++;
  }
  const windowEnd = Math.min(text.length, end + WINDOW);
  const lineEnd = text.slice(end, windowEnd).indexOf('\n');
  const after = tokensOf(text, end, lineEnd === -1 ? windowEnd : end + lineEnd);
  let last = end;
  let previous: Token = { text: '', start: end, end };
  let pending = 0;
  taken = 0;
  for (const token of after) {
    if (taken >= MAX_NAME_WORDS || !adjacent(text, previous, token)) break;
    if (CAPITALISED.test(token.text)) {
      last = token.end;
      pending = 0;
    } else if (isConnector(token) && pending < 2) pending++;
    else break;
    previous = token;
    taken++;
  }
  return { start: first, end: last };
}

/**
 * Whether a position is on a section heading's line ("Awards & Honours" heads a section; it claims nothing). The lines'
 * starts are found once and looked up by binary search; each line is classified once.
 */
function headingLines(text: string): (position: number) => boolean {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const answers = new Map<number, boolean>();
  return (position) => {
    let low = 0;
    let high = starts.length;
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle;
    }
    let heading = answers.get(low);
    if (heading === undefined) {
      const lineEnd = (starts[low + 1] ?? text.length + 1) - 1;
      heading = classifyHeading(text.slice(starts[low] ?? 0, lineEnd)) !== undefined;
      answers.set(low, heading);
    }
    return heading;
  };
}

/**
 * The distinctions a text claims (awards and honours, certifications and licences, patents, publications), each with
 * the name written around its word ("ACM Distinguished Service Award", "AWS Certified Solutions Architect"), and its
 * claims of rank ("top 1%", "#1"); a section heading is no claim. In text order, none overlapping another.
 */
export function findDistinctionClaims(text: string): NamedClaim[] {
  const isHeading = headingLines(text);
  const cues = [...text.matchAll(CUE_ANY_CASE), ...text.matchAll(CUE_AS_WRITTEN)].sort(
    (left, right) => left.index - right.index,
  );
  const found: NamedClaim[] = [];
  let furthest = 0;
  for (const cue of cues) {
    const kind = distinctionKindOf(cue[0]);
    if (kind === undefined || cue.index < furthest || isHeading(cue.index)) continue;
    const span = nameAround(text, cue.index, cue.index + cue[0].length);
    if (span.start < furthest) continue;
    const leading =
      span.start < cue.index && startsSentence(text, span.start)
        ? tokensOf(text, span.start, cue.index)[0]?.text
        : undefined;
    found.push({
      kind,
      start: span.start,
      end: span.end,
      cue: cue[0],
      cueStart: cue.index,
      ...(leading ? { leading } : {}),
    });
    furthest = span.end;
  }
  for (const rank of text.matchAll(RANK_PATTERN)) {
    if (isHeading(rank.index)) continue;
    found.push({ kind: 'rank', start: rank.index, end: rank.index + rank[0].length });
  }
  return found.sort((left, right) => left.start - right.start || left.end - right.end);
}

// The numbers a rank may be written with in words ("number one", "top ten", "ranked first", "second place").
const RANK_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  five: 5,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};
const RANK_NUMBER = /\d+(?:\.\d+)?|\p{L}+/gu;

/**
 * What a claim of rank (a RANK_PATTERN match) claims, however it is written: "#1", "No. 1", "number one", "ranked
 * first" and "1st place" are all "position 1"; "top 1%" and "top 1 percent" are "top 1%"; "top ten" and "Top 10" are
 * "top 10"; "best in class" is itself.
 */
export function rankKey(rank: string): string {
  const lower = rank.toLowerCase();
  if (/^best/u.test(lower)) return 'best in class';
  let value: string | undefined;
  for (const [word] of lower.matchAll(RANK_NUMBER)) {
    const number = /^\d/u.test(word) ? word : RANK_NUMBER_WORDS[word]?.toString();
    if (number !== undefined) {
      value = String(Number(number));
      break;
    }
  }
  if (!lower.startsWith('top')) return `position ${value}`;
  return `top ${value}${/%|percent/u.test(lower) ? '%' : ''}`;
}

// Capitalised words in a row on one line, joined by spaces or a connector ("World Economic Forum", "Bank of America").
const NAME_RUN =
  /(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}&'’.-]*(?:[^\S\n]+(?:(?:of|the|and|&|for|de)[^\S\n]+){0,2}\p{Lu}[\p{L}\p{N}&'’.-]*)+/gu;

/**
 * The proper-noun phrases of a text: two or more capitalised words in a row, not counting a sentence's first word (a
 * capital there says nothing) nor a section heading's line.
 */
export function findNameClaims(text: string): NamedClaim[] {
  const isHeading = headingLines(text);
  const found: NamedClaim[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    if (isHeading(run.index)) continue;
    for (const tokens of sentencesOf(text, tokensOf(text, run.index, run.index + run[0].length))) {
      if (startsSentence(text, tokens[0]?.start ?? run.index)) tokens.shift();
      while (isConnector(tokens[0])) tokens.shift();
      const first = tokens[0];
      const last = tokens.at(-1);
      if (first === undefined || last === undefined) continue;
      if (tokens.filter((token) => CAPITALISED.test(token.text)).length < 2) continue;
      found.push({ kind: 'name', start: first.start, end: last.end });
    }
  }
  return found;
}

// A word that ends a sentence when a full stop and a space follow it: four letters or more ("India. College", "Agency.
// You"); a shorter one may be an abbreviation inside a name ("St. Jude Hospital", "Inc.", "U.S. Bank").
const SENTENCE_END_WORD = /\p{L}{4,}$/u;
const FULL_STOP_THEN_SPACE = /^\.[^\S\n]/u;

/**
 * The words of a run of capitalised words, in the sentences they belong to: a run goes on past a full stop (initials,
 * abbreviations) and a carriage return, which may end a sentence ("Tour and Travel Agency. You") or a line
 * ("Organization\r Reporting").
 */
function sentencesOf(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [[]];
  for (const [index, token] of tokens.entries()) {
    (sentences.at(-1) as Token[]).push(token);
    const next = tokens[index + 1];
    if (next === undefined) break;
    const between = text.slice(token.end, next.start);
    if (between.includes('\r') || (FULL_STOP_THEN_SPACE.test(between) && SENTENCE_END_WORD.test(token.text)))
      sentences.push([]);
  }
  return sentences;
}
