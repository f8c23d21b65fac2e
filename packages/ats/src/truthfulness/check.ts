import {
  canonicalSkillName,
  degreeLabels,
  extractSkills,
  findDateRanges,
  parseResume,
  type Resume,
} from '@rolefit/core';
import { acronymSource, checkRecordArgument, isAcronym, LEGAL_FORMS } from '@rolefit/core/internal';
import { STOPWORDS } from '@rolefit/core/text';
import {
  degreeLevel,
  extractClaimMentions,
  findDegreeClaims,
  findNumbers,
  type ClaimKind,
  type ClaimMention,
} from './extract-claims.js';
import type { DistinctionKind } from './distinction-words.js';
import { IRREGULAR_PAST_VERBS, NAME_CONNECTORS, ORGANISATION_WORDS, RANK_PATTERN } from './distinction-words.js';
import { distinctionKindsIn, rankKey } from './distinctions.js';
import { renderResumeText } from './resume-text.js';

/** A checked claim: where it is in the generated text and whether the source resume supports it. */
export interface Claim {
  /** What the claim is about. */
  readonly kind: ClaimKind;
  /** The claim as written. */
  readonly text: string;
  /** Offset of the first character in the checked text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** True when the source resume supports it. */
  readonly supported: boolean;
  /** Why it is, or is not, supported. */
  readonly reason: string;
}

/** The outcome of {@link checkTruthfulness}. */
export interface TruthfulnessReport {
  /**
   * Every claim found, in text order, each unsupported span once: an unsupported claim within another unsupported
   * claim's span, or on the same span with a less specific kind, is left out (see {@link checkTruthfulness}).
   */
  readonly claims: Claim[];
  /** The claims the source does not support: no two on one span, none within another's span. */
  readonly unsupported: Claim[];
  /** Share of `claims` supported, 1 when there are none. */
  readonly supportedRatio: number;
}

interface SourceFacts {
  readonly text: string;
  /** Whether the normalised source text holds a string (remembered: a generated text repeats its claims). */
  readonly mentions: (normalised: string) => boolean;
  /** Each year of the source with the word written just before it, normalised: "server 2003", "9001 2008". */
  readonly namedYears: ReadonlySet<string>;
  /** Each year of the source with the two words written just before it, normalised: "igtsc in 2014", "per is 2026". */
  readonly phraseYears: ReadonlySet<string>;
  /** The years of namedYears and of phraseYears: a year in neither is looked up without reading the words before it. */
  readonly yearsNamed: ReadonlySet<string>;
  readonly yearsInPhrases: ReadonlySet<string>;
  readonly skills: ReadonlySet<string>;
  /** Every acronym-shaped word of the source as written ("ATS", "SQL"): 2 to 6 capitals and digits, first a letter. */
  readonly acronyms: ReadonlySet<string>;
  readonly employers: readonly string[];
  /** "first:last" of every range. */
  readonly ranges: ReadonlySet<string>;
  /** Whether a range holds the year. */
  readonly covers: (year: number) => boolean;
  readonly degreeLevels: ReadonlySet<string>;
  /** Whether the source states the value (with sameValue), as a percentage or not. */
  readonly states: (value: number, percent: boolean) => boolean;
  /** Every word of the source, normalised. */
  readonly vocabulary: ReadonlySet<string>;
  /** The kinds of distinction the source mentions by any of their words ("awards", "certified"). */
  readonly distinctionKinds: ReadonlySet<DistinctionKind>;
  /** The ranks the source claims, by what they claim (rankKey: "position 1"). */
  readonly ranks: ReadonlyMap<string, readonly SourceRank[]>;
}

/** Normalises text for containment checks: lower case, punctuation to spaces, company suffixes kept. */
export function normaliseForComparison(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    // A '#' after a word of two letters or more is a number sign ("Certification# X0209353"), not part of a name as in
    // "C#" or "F#".
    .replace(/(?<=\p{L}\p{L})#/gu, ' ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()} `;
}

// A claimed employer's legal form ("Acme GmbH", "Telefónica S.A."), as normaliseForComparison writes it ("s a"), at the
// end: the source may name the employer without it.
const COMPANY_SUFFIX = new RegExp(
  ` (?:${[
    ...new Set(
      LEGAL_FORMS.filter((form) => !form.beforeName).map((form) => normaliseForComparison(form.written).trim()),
    ),
  ]
    .sort((left, right) => right.length - left.length)
    .join('|')})(?= $)`,
  'u',
);

// Longest run of words indexed by its hash; a longer claim is looked up in a suffix automaton (wordAutomaton).
const MAX_INDEXED_WORDS = 16;
const HASH_BASE_1 = 1_000_003;
const HASH_BASE_2 = 1_000_033;
const HASH_MODULUS_1 = 67_108_859; // primes under 2^26: each product stays under 2^53
const HASH_MODULUS_2 = 67_108_837;

/**
 * Which runs of a sequence of word numbers a text has, for phrases of any length: a suffix automaton of the sequence,
 * built in time linear in its length, in which a phrase is looked up word by word, exactly. It answers for phrases longer
 * than MAX_INDEXED_WORDS: a search of the whole text for each of them made many distinct long names against a long
 * source quadratic (ADVERSARIAL.md, round 22).
 */
function wordAutomaton(
  wordIds: readonly number[],
  vocabulary: number,
): { has: (phraseIds: readonly number[]) => boolean } {
  // A state's move on a word is moves.get(state * stride + word); each state's moves are also listed (a chain through
  // firstMove, nextMove and moveWord) for a clone to copy them. At most 2 × words states and 3 × words moves.
  const stride = vocabulary + 1;
  const moves = new Map<number, number>();
  const maxStates = 2 * wordIds.length + 2;
  const suffixLink = new Int32Array(maxStates);
  const longest = new Int32Array(maxStates);
  const firstMove = new Int32Array(maxStates).fill(-1);
  const moveWord: number[] = [];
  const nextMove: number[] = [];
  const at = (array: Int32Array, index: number) => array[index] ?? -1;
  const addMove = (state: number, word: number, target: number) => {
    moves.set(state * stride + word, target);
    moveWord.push(word);
    nextMove.push(at(firstMove, state));
    firstMove[state] = moveWord.length - 1;
  };
  suffixLink[0] = -1;
  let states = 1;
  let last = 0;
  for (const word of wordIds) {
    const current = states++;
    longest[current] = at(longest, last) + 1;
    let state = last;
    while (state !== -1 && !moves.has(state * stride + word)) {
      addMove(state, word, current);
      state = at(suffixLink, state);
    }
    if (state === -1) suffixLink[current] = 0;
    else {
      const next = moves.get(state * stride + word) ?? 0;
      if (at(longest, state) + 1 === at(longest, next)) suffixLink[current] = next;
      else {
        // `next` also ends longer runs: a copy of it takes the shorter ones.
        const clone = states++;
        longest[clone] = at(longest, state) + 1;
        for (let move = at(firstMove, next); move !== -1; move = nextMove[move] ?? -1) {
          const moved = moveWord[move] ?? 0;
          addMove(clone, moved, moves.get(next * stride + moved) ?? 0);
        }
        suffixLink[clone] = at(suffixLink, next);
        while (state !== -1 && moves.get(state * stride + word) === next) {
          moves.set(state * stride + word, clone);
          state = at(suffixLink, state);
        }
        suffixLink[next] = clone;
        suffixLink[current] = clone;
      }
    }
    last = current;
  }
  return {
    has(phraseIds) {
      let state: number | undefined = 0;
      for (const word of phraseIds) {
        state = moves.get(state * stride + word);
        if (state === undefined) return false;
      }
      return true;
    },
  };
}

/**
 * Which runs of words a text has, by length, built for a length when first asked: each word gets a number, each run of
 * n words two polynomial hashes, kept with the run's first place so a hit is confirmed word by word (a collision falls
 * back to a search). Building one length costs n × that length; lengths are capped at MAX_INDEXED_WORDS, and a longer
 * phrase is looked up in a wordAutomaton of the text, built when first asked.
 */
function indexWordSequences(words: readonly string[], text: string): { has: (phrase: readonly string[]) => boolean } {
  const ids = new Map<string, number>();
  const wordIds = words.map((word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size + 1));
    return id;
  });
  const byLength = new Map<number, Map<number, number>>();
  let automaton: ReturnType<typeof wordAutomaton> | undefined;
  const hashOf = (from: number, length: number, idOf: (index: number) => number): number => {
    let first = 0;
    let second = 0;
    for (let index = from; index < from + length; index++) {
      const id = idOf(index);
      first = (first * HASH_BASE_1 + id) % HASH_MODULUS_1;
      second = (second * HASH_BASE_2 + id) % HASH_MODULUS_2;
    }
    return first * HASH_MODULUS_2 + second;
  };
  const runsOf = (length: number): Map<number, number> => {
    let runs = byLength.get(length);
    if (runs === undefined) {
      runs = new Map();
      for (let start = 0; start + length <= wordIds.length; start++) {
        const hash = hashOf(start, length, (index) => wordIds[index] ?? 0);
        if (!runs.has(hash)) runs.set(hash, start);
      }
      byLength.set(length, runs);
    }
    return runs;
  };
  const sameWords = (phrase: readonly string[], start: number, length: number) => {
    for (let offset = 0; offset < length; offset++) if (words[start + offset] !== phrase[offset]) return false;
    return true;
  };
  return {
    has(phrase) {
      if (phrase.length > MAX_INDEXED_WORDS) {
        const phraseIds: number[] = [];
        for (const word of phrase) {
          const id = ids.get(word);
          if (id === undefined) return false;
          phraseIds.push(id);
        }
        return (automaton ??= wordAutomaton(wordIds, ids.size)).has(phraseIds);
      }
      const length = phrase.length;
      // A word the text never has: no run has it.
      const phraseIds: number[] = [];
      for (let index = 0; index < length; index++) {
        const id = ids.get(phrase[index] ?? '');
        if (id === undefined) return false;
        phraseIds.push(id);
      }
      const start = runsOf(length).get(hashOf(0, length, (index) => phraseIds[index] ?? 0));
      if (start === undefined) return false;
      const joined = ` ${phrase.join(' ')} `;
      if (!sameWords(phrase, start, length)) return text.includes(joined);
      return true;
    },
  };
}

// A word that is an acronym as written (core's acronymSource: "ATS", "AWS", "S3"), whole.
const ACRONYM_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${acronymSource()}(?![\p{L}\p{N}])`, 'gu');

function sourceFacts(source: Resume): SourceFacts {
  const rendered = renderResumeText(source);
  const text = source.text ? `${rendered}\n${source.text}` : rendered;
  const skills = new Set<string>();
  for (const skill of source.skills) skills.add((canonicalSkillName(skill) ?? skill).toLowerCase());
  for (const mention of extractSkills(text)) skills.add(mention.skill.toLowerCase());
  const acronyms = new Set<string>();
  for (const [word] of text.matchAll(ACRONYM_WORD)) acronyms.add(word);
  const employers = [
    ...source.experience.flatMap((entry) => (entry.company ? [entry.company] : [])),
    ...source.education.flatMap((entry) => (entry.institution ? [entry.institution] : [])),
  ];
  const currentYear = new Date().getUTCFullYear();
  const ranges: { first: number; last: number }[] = [];
  for (const entry of [...source.experience, ...source.education]) {
    const first = entry.start?.getUTCFullYear();
    const last = entry.end === null ? currentYear : entry.end?.getUTCFullYear();
    if (first !== undefined || last !== undefined)
      ranges.push({ first: first ?? last ?? currentYear, last: last ?? first ?? currentYear });
  }
  for (const range of findDateRanges(text)) {
    ranges.push({
      first: range.start.getUTCFullYear(),
      last: range.end === null ? currentYear : range.end.getUTCFullYear(),
    });
  }
  const degreeLevels = new Set<string>();
  for (const entry of source.education) {
    const level = entry.degree ? (degreeLevel(entry.degree) ?? degreeLevelIn(entry.degree)) : undefined;
    if (level) degreeLevels.add(level);
  }
  // Only the degree claims: the other kinds were read and dropped (half the time of a long source).
  for (const claim of findDegreeClaims(text)) if (claim.level) degreeLevels.add(claim.level);
  const numbers = findNumbers(text).map(({ value, percent }) => ({ value, percent }));
  if (source.totalYears !== undefined) numbers.push({ value: source.totalYears, percent: false });
  // Looked up by key, by binary search and from a cache rather than by a pass over the source's ranges, numbers and text
  // per claim: a long generated text of dates or numbers against a long source was quadratic.
  const normalisedText = normaliseForComparison(text);
  const words = normalisedText.trim().split(' ');
  const wordSequences = indexWordSequences(words, normalisedText);
  const mentioned = new Map<string, boolean>();
  // A claim's words in a row in the source. Every phrase looked up is a run of whole words between spaces (both texts
  // are normalised alike), so it is looked up in the index of the source's word sequences instead of searched for: a
  // search of the whole source per distinct claim made a long source and many distinct claims quadratic.
  const mentions = (normalised: string) => {
    let found = mentioned.get(normalised);
    if (found === undefined) {
      const phrase = normalised.trim().split(' ');
      const indexed = /^ \S/.test(normalised) && normalised.endsWith(' ') && phrase[0] !== '';
      found = indexed ? wordSequences.has(phrase) : normalisedText.includes(normalised);
      mentioned.set(normalised, found);
    }
    return found;
  };
  const namedYears = new Set<string>();
  const yearsNamed = new Set<string>();
  for (const pair of normalisedText.matchAll(NAMED_YEAR)) {
    namedYears.add(`${pair[1]} ${pair[2]}`);
    yearsNamed.add(pair[2] ?? '');
  }
  const phraseYears = new Set<string>();
  const yearsInPhrases = new Set<string>();
  for (let index = 2; index < words.length; index++)
    if (YEAR_WORD.test(words[index] ?? '')) {
      phraseYears.add(`${words[index - 2]} ${words[index - 1]} ${words[index]}`);
      yearsInPhrases.add(words[index] ?? '');
    }
  return {
    text,
    mentions,
    namedYears,
    phraseYears,
    yearsNamed,
    yearsInPhrases,
    skills,
    acronyms,
    employers,
    ranges: new Set(ranges.filter(finiteRange).map((range) => `${range.first}:${range.last}`)),
    covers: yearCover(ranges.filter(finiteRange)),
    degreeLevels,
    states: valueLookup(numbers),
    vocabulary: new Set(words),
    distinctionKinds: distinctionKindsIn(text),
    ranks: ranksOf(text),
  };
}

/** A rank the source claims: as written, and the words beside it that say of what (wordsAroundRank). */
interface SourceRank {
  readonly written: string;
  readonly words: readonly string[];
}

/** The ranks `text` claims, by what they claim (rankKey: "position 1"). */
function ranksOf(text: string): Map<string, SourceRank[]> {
  const ranks = new Map<string, SourceRank[]>();
  for (const match of text.matchAll(RANK_PATTERN)) {
    const key = rankKey(match[0]);
    let same = ranks.get(key);
    if (same === undefined) ranks.set(key, (same = []));
    if (same.length < MAX_RANKS_OF_A_KIND)
      same.push({ written: match[0], words: wordsAroundRank(text, match.index, match.index + match[0].length) });
  }
  return ranks;
}

// The source's ranks of one kind kept, at most (a long text of "#1 … #1 …" is not compared rank by rank).
const MAX_RANKS_OF_A_KIND = 50;
// The words on each side of a rank on its line that may say what it is a rank of, at most, and how far they are read.
const RANK_WORDS = 3;
const RANK_LINE_CHARACTERS = 80;
// Words of ranking itself, which say nothing of what is ranked ("ranked", "top").
const RANKING_WORDS: ReadonlySet<string> = new Set([
  'ranked',
  'rated',
  'rank',
  'ranking',
  'top',
  'place',
  'number',
  'no',
]);

/**
 * The words beside a rank at text[start, end) on its line, up to three each side, stopwords and ranking words left
 * out: "Ranked #1 in the region" → region; "Smart India Hackathon: top 5" → smart, india, hackathon.
 */
function wordsAroundRank(text: string, start: number, end: number): string[] {
  const from = Math.max(0, start - RANK_LINE_CHARACTERS);
  const before = text.slice(from, start);
  const after = text.slice(end, end + RANK_LINE_CHARACTERS);
  const content = (part: string) =>
    normaliseForComparison(part)
      .trim()
      .split(' ')
      .filter((word) => word !== '' && !STOPWORDS.has(word) && !RANKING_WORDS.has(word));
  const beforeWords = content(before.slice(before.lastIndexOf('\n') + 1));
  const afterLineEnd = after.indexOf('\n');
  const afterWords = content(afterLineEnd === -1 ? after : after.slice(0, afterLineEnd));
  return [...beforeWords.slice(-RANK_WORDS), ...afterWords.slice(0, RANK_WORDS)];
}

/**
 * The source's rank that supports a claimed one: the same rank however written ("#1", "No. 1", "number one", "ranked
 * first"), of the same thing (a word beside the two is shared: "#1 sales performer", "No. 1 in sales"). A number that
 * only looks like a rank ("Project #1: Billing", "Team Size # 5") supports none; a rank with no words beside it, either
 * side, claims no more than its position.
 */
function sameRank(facts: SourceFacts, claim: ClaimMention, text: string): SourceRank | undefined {
  const words = wordsAroundRank(text, claim.start, claim.end);
  return facts.ranks
    .get(rankKey(claim.text))
    ?.find((rank) => rank.words.length === 0 || words.length === 0 || rank.words.some((word) => words.includes(word)));
}

/**
 * The source's words for a claimed "rank" that numbers a thing, written after the word before it: the claim "Managed
 * Store No. 245" is "Store 245" (or "Store #245", "Store No. 245") in the source, an identifier reworded, not a rank.
 */
function numberedItem(facts: SourceFacts, claim: ClaimMention, text: string): string | undefined {
  const number = /\d+/u.exec(claim.text)?.[0];
  if (number === undefined) return undefined;
  // The line's start looked for only within the reach read: a search back to it from each claim was quadratic in the
  // ranks written on one long line ('Managed Store No. 245 ' again and again: 160,000 characters 3.2 s; round 23).
  const reach = text.slice(Math.max(0, claim.start - RANK_LINE_CHARACTERS), claim.start);
  const before = reach.slice(reach.lastIndexOf('\n') + 1);
  const word = /([\p{L}]{2,})[^\p{L}\p{N}\n]*$/u.exec(before)?.[1]?.toLowerCase();
  if (word === undefined || RANKING_WORDS.has(word) || STOPWORDS.has(word)) return undefined;
  const value = String(Number(number));
  for (const sign of ['', 'no ', 'number ', '#'])
    if (facts.mentions(` ${word} ${sign}${value} `)) return `${word} ${sign}${value}`;
  return undefined;
}

// A range with a year that is not a number holds no year and equals no range (as comparisons with NaN are false).
const finiteRange = (range: { first: number; last: number }) =>
  Number.isFinite(range.first) && Number.isFinite(range.last);

/** Whether one of the ranges holds a year: the largest last year among the ranges starting by then reaches it. */
function yearCover(ranges: readonly { first: number; last: number }[]): (year: number) => boolean {
  const sorted = [...ranges].sort((left, right) => left.first - right.first);
  const firsts = sorted.map((range) => range.first);
  const furthest: number[] = [];
  for (const range of sorted) furthest.push(Math.max(range.last, furthest.at(-1) ?? Number.NEGATIVE_INFINITY));
  return (year) => {
    if (!Number.isFinite(year)) return false;
    const count = countAtMost(firsts, year);
    return count > 0 && (furthest[count - 1] ?? Number.NEGATIVE_INFINITY) >= year;
  };
}

/**
 * Whether a value is among the numbers (with sameValue). The numbers are never negative (digits, or total years), so
 * a value close enough to one of them is close enough to its nearest neighbour on one side in sorted order.
 */
function valueLookup(
  numbers: readonly { value: number; percent: boolean }[],
): (value: number, percent: boolean) => boolean {
  const sorted = (percent: boolean) =>
    numbers
      .filter((number) => number.percent === percent)
      .map((number) => number.value)
      .sort((left, right) => left - right);
  const byKind = { percent: sorted(true), plain: sorted(false) };
  return (value, percent) => {
    const values = percent ? byKind.percent : byKind.plain;
    const count = countAtMost(values, value);
    const below = values[count - 1];
    const above = values[count];
    return (below !== undefined && sameValue(below, value)) || (above !== undefined && sameValue(above, value));
  };
}

// How many of the ascending values are at most `limit`.
function countAtMost(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Number.POSITIVE_INFINITY) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function degreeLevelIn(text: string): string | undefined {
  // The first in text order, as extractClaimMentions sorts its claims.
  return findDegreeClaims(text).sort((left, right) => left.start - right.start || left.end - right.end)[0]?.level;
}

const sameValue = (left: number, right: number) =>
  Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));

// A word and the year after it in normalised text (single spaces, no punctuation); the lookahead lets "server 2008 2005"
// give both "server 2008" and "2008 2005".
const NAMED_YEAR = /(?<= )([^ ]+) (?=((?:19[5-9]|20[0-4])\d) )/gu;
const YEAR_WORD = /^(?:19[5-9]|20[0-4])\d$/u;
// Words that put a year in time ("in 2014", "since 2016"): a year after one of them is a claim about when.
const TIME_WORDS: ReadonlySet<string> = new Set(['since', 'till', 'upto', 'year', 'years', 'dated', 'circa']);
// The token just before a claim, across at most a few marks ("Server 2003", "2008/2005", "9001:2008").
const TOKEN_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}+#.-]*)[^\p{L}\p{N}\n]{0,3}$/u;

/**
 * The token before a lone year in `text` when it names something rather than a time ("Windows Server 2003", "Visual
 * Studio 2008/2010", "ISO 9001:2008"), or undefined.
 */
function nameBeforeYear(text: string, start: number): string | undefined {
  const token = TOKEN_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (token === undefined) return undefined;
  const lower = token.toLowerCase();
  return STOPWORDS.has(lower) || TIME_WORDS.has(lower) ? undefined : token;
}

/**
 * The two words before a lone year in `text`, normalised and across line breaks and punctuation ("IGTSC in", "NESSA
 * Trust till", "per IS"), or undefined. The look-back window is bounded (the check stays linear); a word it cuts is
 * not taken.
 */
function phraseBeforeYear(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 120);
  const words = normaliseForComparison(text.slice(from, start)).trim().split(' ');
  if (from > 0) words.shift();
  return words.length >= 2 && words.at(-1) !== '' ? words.slice(-2).join(' ') : undefined;
}

function judge(claim: ClaimMention, facts: SourceFacts, text = ''): { supported: boolean; reason: string } {
  switch (claim.kind) {
    case 'skill': {
      const skill = claim.skill ?? claim.text;
      if (facts.skills.has(skill.toLowerCase()))
        return { supported: true, reason: `the source lists the skill ${skill}` };
      // "ATS" repeated from a source that spells it out as something else ("ATS (Automated Test System)"): the
      // extractor reads the source's acronym as that, not the skill, yet the claim only writes what the source writes.
      if (isAcronym(claim.text) && facts.acronyms.has(claim.text))
        return { supported: true, reason: `the source writes ${claim.text}` };
      return { supported: false, reason: `the source does not mention the skill ${skill}` };
    }
    case 'employer':
    case 'title': {
      const normalised = normaliseForComparison(claim.text);
      const withoutSuffix = normalised.replace(COMPANY_SUFFIX, '');
      const found =
        facts.mentions(normalised) || (withoutSuffix.trim() !== '' && facts.mentions(`${withoutSuffix.trimEnd()} `));
      return found
        ? { supported: true, reason: `"${claim.text}" appears in the source` }
        : {
            supported: false,
            reason: `the source never names ${claim.kind === 'employer' ? 'the organisation' : 'the role'} "${claim.text}"`,
          };
    }
    case 'degree': {
      const level = claim.level;
      if (level === undefined || !facts.degreeLevels.has(level))
        return {
          supported: false,
          reason: `the source shows no ${level === undefined ? 'such degree' : degreeLabels[level]}`,
        };
      if (claim.field && !facts.mentions(normaliseForComparison(claim.field))) {
        return { supported: false, reason: `the source shows no degree in ${claim.field}` };
      }
      return {
        supported: true,
        reason: `the source shows a ${degreeLabels[level]}${claim.field ? ` in ${claim.field}` : ''}`,
      };
    }
    case 'date': {
      const years = claim.years;
      if (years === undefined) return { supported: false, reason: 'unreadable date' };
      const currentYear = new Date().getUTCFullYear();
      const last = years.last ?? currentYear;
      if (years.range) {
        // A range must match a source range at both ends ("2019 – Present" for a role still held).
        const match = facts.ranges.has(`${years.first}:${last}`);
        return match
          ? { supported: true, reason: `the source has the range ${years.first}–${years.last ?? 'present'}` }
          : { supported: false, reason: `no range ${years.first}–${years.last ?? 'present'} in the source` };
      }
      if (facts.covers(years.first))
        return { supported: true, reason: `${years.first} falls within a date range of the source` };
      // A year that is part of a name the source writes with it: a product's version, a standard.
      // (The words before the year are read only when the source writes that year after some word.)
      const name = facts.yearsNamed.has(claim.text) ? nameBeforeYear(text, claim.start) : undefined;
      const word = name === undefined ? undefined : normaliseForComparison(name).trim().split(' ').at(-1);
      if (name !== undefined && word && facts.namedYears.has(`${word} ${claim.text}`))
        return { supported: true, reason: `the source writes "${name} ${claim.text}"` };
      // A year in a phrase the source writes with the same two words before it: when something happened as the source
      // says it ("established in 1996", "till 2025"), or a name after a word read as a stopword ("as per IS 2026").
      const phrase = facts.yearsInPhrases.has(claim.text) ? phraseBeforeYear(text, claim.start) : undefined;
      if (phrase !== undefined && facts.phraseYears.has(`${phrase} ${claim.text}`))
        return { supported: true, reason: `the source writes "… ${phrase} ${claim.text}"` };
      return { supported: false, reason: `${years.first} is outside every date range of the source` };
    }
    case 'award':
    case 'credential':
    case 'patent':
    case 'publication':
      return judgeDistinction(claim, claim.kind, facts);
    case 'rank': {
      // The source writing the rank's words is not enough: "#1" is also a project's number ("Project #1").
      const rank = sameRank(facts, claim, text);
      if (rank !== undefined) return { supported: true, reason: `the source claims the same rank ("${rank.written}")` };
      const numbered = numberedItem(facts, claim, text);
      return numbered !== undefined
        ? { supported: true, reason: `the source writes "${numbered}": a number of a thing, not a rank` }
        : { supported: false, reason: `the source never claims the rank "${claim.text}"` };
    }
    case 'name': {
      if (facts.mentions(normaliseForComparison(claim.text)))
        return { supported: true, reason: `the source writes "${claim.text}"` };
      // An organisation's name is the source's only as written, or as its first or last words (organisationNamed); its
      // other words may be everyday ones the source writes apart.
      if (namesAnOrganisation(claim.text)) {
        const named = organisationNamed(claim.text, facts);
        return named !== undefined
          ? { supported: true, reason: `the source writes "${named}"` }
          : { supported: false, reason: `the source never names the organisation "${claim.text}"` };
      }
      // Words the source writes, in another order or case, are a rewording, and so is a name with one word of several
      // swapped for a synonym ("Product Understanding Ariba B2B Cloud Platform"); a name mostly of words the source never
      // writes is new ("World Economic Forum").
      const words = normaliseForComparison(claim.text)
        .trim()
        .split(' ')
        .filter((word) => !STOPWORDS.has(word));
      const unseen = words.filter((word) => !facts.vocabulary.has(word));
      return unseen.length * 2 <= words.length
        ? { supported: true, reason: `the source writes each word of "${claim.text}"` }
        : { supported: false, reason: `the source never names "${claim.text}" (it never writes ${unseen.join(', ')})` };
    }
    case 'number': {
      const value = claim.value ?? Number.NaN;
      const percent = claim.percent ?? false;
      const match = facts.states(value, percent);
      return match
        ? { supported: true, reason: `the source has the value ${value}${percent ? '%' : ''}` }
        : { supported: false, reason: `the source never states ${value}${percent ? '%' : ''}` };
    }
  }
}

/**
 * Whether a name is an organisation's: an organisation's word ends it or comes before a connector ("Python Software
 * Foundation", "Bank of America"). One before other capitalised words ("Society Elementary Education Major") is a run
 * of capitals that took in the next words, not the organisation's name.
 */
function namesAnOrganisation(name: string): boolean {
  const words = normaliseForComparison(name).trim().split(' ');
  return words.some(
    (word, index) =>
      ORGANISATION_WORDS.has(word) && (index === words.length - 1 || NAME_CONNECTORS.has(words[index + 1] ?? '')),
  );
}

// The words of a name whose parts are tried as an organisation's name, at most.
const MAX_ORGANISATION_NAME_WORDS = 16;

/**
 * The part of a name that the source writes as an organisation's name: its first or its last words, two or more that
 * hold an organisation's word ("Member of the IEEE Computer Society" → "IEEE Computer Society"; "Golden Key National
 * Honor Society May" → "Golden Key National Honor Society"), or undefined. A run of capitals may take in a word of the
 * next sentence or a date's month; a name whose other words the source writes only apart ("Python Software
 * Foundation") is no part the source writes.
 */
function organisationNamed(name: string, facts: SourceFacts): string | undefined {
  const words = name.split(/\s+/u);
  // The parts of a longer run are not tried: each is normalised and looked up (quadratic in a long run).
  if (words.length > MAX_ORGANISATION_NAME_WORDS) return undefined;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    for (const part of [words.slice(0, cut), words.slice(words.length - cut)]) {
      const named = nameWordsOf(part.join(' '));
      const written = part.join(' ');
      if (named.length < 2 || !namesAnOrganisation(written)) continue;
      if (facts.mentions(normaliseForComparison(written))) return written;
    }
  }
  return undefined;
}

const DISTINCTION_LABELS: Record<DistinctionKind, string> = {
  award: 'award or honour',
  credential: 'certification or licence',
  patent: 'patent',
  publication: 'publication',
};
const withArticle = (label: string) => `${/^[aeiou]/u.test(label) ? 'an' : 'a'} ${label}`;
// A sentence's first word a rewording may put before a name the source writes: a verb in the past ("Received"), or a
// word of the source's own.
const PAST_TENSE = /\p{L}ed$/iu;

// Connecting words at the start of a phrase ("of the Royal Society" → "Royal Society").
const CONNECTORS_AT_START = new RegExp(`^(?:(?:${[...NAME_CONNECTORS].join('|')})\\s+)+`, 'iu');
const nameWordsOf = (text: string) =>
  normaliseForComparison(text)
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !NAME_CONNECTORS.has(word));

/**
 * A distinction is supported when the source writes it (or, when a sentence's first word leads it, what follows that
 * word). One named by its word alone ("awards", "patents") is supported when the source mentions a distinction of that
 * kind, and one named only after its word ("awards at Globex", "published in IEEE Access") when the source also writes
 * that name; a name before the word ("Turing Award") must be the source's.
 */
function judgeDistinction(
  claim: ClaimMention,
  kind: DistinctionKind,
  facts: SourceFacts,
): { supported: boolean; reason: string } {
  const label = DISTINCTION_LABELS[kind];
  if (facts.mentions(normaliseForComparison(claim.text)))
    return { supported: true, reason: `the source writes "${claim.text}"` };
  const cue = claim.cue ?? '';
  const cueAt = (claim.cueStart ?? claim.start) - claim.start;
  const leading = claim.leading;
  // A sentence's first word before the distinction word: a verb ("Won awards", "Received the ... Award") rather than
  // a name when it is in the past tense or is one of the source's own words.
  const leadingWord = leading === undefined ? '' : normaliseForComparison(leading).trim();
  const dropLeading =
    leading !== undefined &&
    (PAST_TENSE.test(leading) || IRREGULAR_PAST_VERBS.has(leadingWord) || facts.vocabulary.has(leadingWord));
  if (dropLeading) {
    const named = claim.text.slice(leading.length).trim();
    const withoutConnectors = named.replace(CONNECTORS_AT_START, '');
    if (withoutConnectors !== '' && facts.mentions(normaliseForComparison(withoutConnectors)))
      return { supported: true, reason: `the source writes "${withoutConnectors}"` };
  }
  const before = nameWordsOf(claim.text.slice(dropLeading ? (leading?.length ?? 0) : 0, cueAt));
  const after = claim.text.slice(cueAt + cue.length).trim();
  const afterName = after.replace(CONNECTORS_AT_START, '');
  if (before.length === 0) {
    if (!facts.distinctionKinds.has(kind)) return { supported: false, reason: `the source mentions no ${label}` };
    if (nameWordsOf(afterName).length === 0)
      return { supported: true, reason: `the source mentions ${withArticle(label)}` };
    if (facts.mentions(normaliseForComparison(afterName)))
      return { supported: true, reason: `the source mentions ${withArticle(label)} and writes "${afterName}"` };
  }
  return { supported: false, reason: `the source never names the ${label} "${claim.text}"` };
}

// How specific each kind of claim is, most specific first. Of unsupported claims on one span, the most specific kind is
// the one reported: a distinction names what is claimed ("PMP certified" is a credential, not also a skill), a degree,
// title or employer is a fact of the history written with skill words ("AWS Certified Solutions Architect" is a
// credential, not also a title and a skill), a skill is a known thing where a name is any capitalised words ("Google
// Cloud Platform" is a skill, not also a name). A Record, so that a new kind must be placed.
const SPECIFICITY: Record<ClaimKind, number> = {
  credential: 0,
  award: 1,
  patent: 2,
  publication: 3,
  rank: 4,
  degree: 5,
  title: 6,
  employer: 7,
  skill: 8,
  date: 9,
  number: 10,
  name: 11,
};

/**
 * The claims with each unsupported span reported once: an unsupported claim is left out when another unsupported claim's
 * span holds it (the wider one is the claim: "AWS" in "AWS Certified Solutions Architect", "1%" in "top 1%",
 * "Kubernetes" in "Senior Kubernetes Engineer"), or has the same span and a more specific kind (SPECIFICITY). Supported
 * claims, and unsupported ones that only partly overlap another, are all kept. One sort and one sweep (n log n): sorted
 * by start, the wider and then the more specific first, a claim is held by an earlier one when it ends no later than
 * the furthest end so far.
 */
function reportEachSpanOnce(claims: Claim[]): Claim[] {
  const unsupported = claims
    .filter((claim) => !claim.supported)
    .sort(
      (left, right) =>
        left.start - right.start || right.end - left.end || SPECIFICITY[left.kind] - SPECIFICITY[right.kind],
    );
  const held = new Set<Claim>();
  let furthestEnd = Number.NEGATIVE_INFINITY;
  for (const claim of unsupported) {
    if (claim.end <= furthestEnd) held.add(claim);
    else furthestEnd = claim.end;
  }
  return held.size === 0 ? claims : claims.filter((claim) => !held.has(claim));
}

/**
 * Finds the claims in a generated text or resume (skills, employers, titles, degrees, dates, numbers; awards,
 * certifications and licences, patents, publications, ranks and proper-noun names) and marks
 * each one the source resume does not support. Each unsupported span is reported once: of unsupported claims on one
 * span the most specific kind is kept (credential > award > patent > publication > rank > degree > title > employer >
 * skill > date > number > name), and one within another's span is left out; unsupported claims that only partly
 * overlap are each kept. Deterministic; offsets refer to the text, or for a resume to `renderResumeText` of it.
 */
export function checkTruthfulness(generated: string | Resume, source: Resume): TruthfulnessReport {
  // From JavaScript a resume may come unparsed: anything but a text or a valid Resume is a ValidationError, never a
  // TypeError from a field read below.
  const given =
    typeof generated === 'string'
      ? generated
      : parseResume(checkRecordArgument('checkTruthfulness', 'generated', generated, 'a text or a Resume'));
  const text = typeof given === 'string' ? given : renderResumeText(given);
  const facts = sourceFacts(parseResume(checkRecordArgument('checkTruthfulness', 'source', source, 'a Resume')));
  const claims = reportEachSpanOnce(
    extractClaimMentions(text, facts.employers).map((mention) => ({
      kind: mention.kind,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      ...judge(mention, facts, text),
    })),
  );
  const unsupported = claims.filter((claim) => !claim.supported);
  return {
    claims,
    unsupported,
    supportedRatio: claims.length === 0 ? 1 : (claims.length - unsupported.length) / claims.length,
  };
}
