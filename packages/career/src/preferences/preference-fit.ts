import { type Job, type Workplace, type WorkStyle } from '@rolefit/core';
import { checkListArgument, checkRecordArgument, checkTextArgument, invalidArgument } from '@rolefit/core/internal';
import { tokenize } from '@rolefit/core/text';

// The checks of the data these helpers take: a wrong kind is core's ValidationError naming the argument
// (`Invalid termStatistics: texts.0: must be a Set of terms (from termSet)`), not a TypeError from a read below.
function checkTermSets(fn: string, argument: string, value: unknown): void {
  checkListArgument(fn, argument, value, 'a list of term sets (from termSet)').forEach((terms, index) => {
    if (!(terms instanceof Set))
      throw invalidArgument(fn, `${argument}.${index}`, 'must be a Set of terms (from termSet)');
  });
}

function checkCorpus(fn: string, corpus: unknown): void {
  const { documents, frequency } = checkRecordArgument(fn, 'corpus', corpus, 'TermStatistics (from termStatistics)');
  if (typeof documents !== 'number' || !(frequency instanceof Map))
    throw invalidArgument(
      fn,
      'corpus',
      'must be TermStatistics (from termStatistics): a number of documents and a Map',
    );
}

/**
 * How well work of a given physical share (0 desk … 1 hands-on) suits a work style: `physical` → the share,
 * `mental` → 1 − the share, `mixed` → 1 at one half, falling to 0 at either end.
 */
export function workStyleFit(style: WorkStyle, physical: number): number {
  const share = Math.min(1, Math.max(0, physical));
  if (style === 'physical') return share;
  if (style === 'mental') return 1 - share;
  return 1 - 2 * Math.abs(share - 0.5);
}

/** How a set of postings' workplaces meet the places a person will work. */
export interface WorkplaceFit {
  /** Mean over the postings: 1 a wanted workplace, 0.5 hybrid when remote or on-site is wanted (part of each) or unknown, 0 otherwise. */
  value: number;
  /** Postings whose workplace is one the person wants. */
  matched: number;
  /** Postings that state a workplace. */
  stated: number;
}

/** Scores postings' workplaces against the wanted ones (see {@link WorkplaceFit}). */
export function workplaceFit(wanted: readonly Workplace[], jobs: ReadonlyArray<Pick<Job, 'location'>>): WorkplaceFit {
  checkListArgument('workplaceFit', 'wanted', wanted, 'a list of workplaces');
  checkListArgument('workplaceFit', 'jobs', jobs, 'a list of jobs').forEach((job, index) =>
    checkRecordArgument('workplaceFit', `jobs.${index}`, job, 'a Job'),
  );
  let total = 0;
  let matched = 0;
  let stated = 0;
  for (const job of jobs) {
    const workplace = job.location?.workplace;
    if (workplace === undefined) {
      total += 0.5;
      continue;
    }
    stated += 1;
    if (wanted.includes(workplace)) {
      total += 1;
      matched += 1;
    } else if (workplace === 'hybrid') total += 0.5;
  }
  return { value: jobs.length === 0 ? 0.5 : total / jobs.length, matched, stated };
}

/** The terms of a free-text preference: what the person wants and what they avoid, stemmed, with a word as written for each. */
export interface PreferenceTerms {
  wanted: Map<string, string>;
  avoided: Map<string, string>;
}

// A clause ends at a full stop, semicolon, question or exclamation mark or a line break; within it, every word after
// one of these cues is something the person avoids ("Avoids Java shops, relocation and on-site roles").
const CLAUSE = /[.;!?\n]+/u;
const NEGATION_CUES = new Set([
  'no',
  'not',
  'avoid',
  'avoids',
  'avoiding',
  'without',
  'never',
  'dislike',
  'dislikes',
  'hate',
  'hates',
  'nor',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "won't",
  'except',
  'nothing',
]);

// Words that say how the person feels, or name any work at all ("roles", "jobs"): never terms themselves.
const WISH_WORDS = new Set([
  'job',
  'jobs',
  'role',
  'roles',
  'position',
  'positions',
  'post',
  'posts',
  'want',
  'wants',
  'wanted',
  'interested',
  'interest',
  'like',
  'likes',
  'love',
  'loves',
  'looking',
  'prefer',
  'prefers',
  'preferably',
  'happy',
  'open',
  'ideally',
  'would',
  'consider',
  'keen',
  'fine',
  'enjoy',
  'enjoys',
  'pick',
]);

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}+#]/u;

/**
 * `word` without what is neither letter nor digit at its start, nor that or `+`/`#` at its end, walked from each end:
 * the regex `[^\p{L}\p{N}+#]+$` retried its run from every place in a long run that a letter ends (a word of
 * 860,000 NULs and a letter: over a minute), quadratic in the run.
 */
function trimWord(word: string): string {
  const characters = Array.from(word);
  let start = 0;
  while (start < characters.length && !WORD_START.test(characters[start]!)) start += 1;
  let end = characters.length;
  while (end > start && !WORD_END.test(characters[end - 1]!)) end -= 1;
  return characters.slice(start, end).join('');
}

/** Splits a free-text preference into wanted and avoided terms (stemmed, no stop words) by clause and negation cue. */
export function preferenceTerms(text: string): PreferenceTerms {
  checkTextArgument('preferenceTerms', 'text', text);
  const terms: PreferenceTerms = { wanted: new Map(), avoided: new Map() };
  for (const clause of text.split(CLAUSE)) {
    let negated = false;
    for (const word of clause.split(/[\s,/()]+/u)) {
      const lower = word.toLowerCase().replace(/[^\p{L}\p{N}'+#.-]/gu, '');
      if (NEGATION_CUES.has(lower)) {
        negated = true;
        continue;
      }
      if (WISH_WORDS.has(lower)) continue;
      const stems = tokenize(word, { removeStopwords: true, stem: true, minLength: 2 }).filter((stem) =>
        /\p{L}/u.test(stem),
      );
      // A two-part compound ("data-entry", "on-site") is one term: its parts alone mean something else.
      const keys = stems.length === 2 && /\p{L}-\p{L}/u.test(word) ? [stems.join(' ')] : stems;
      const target = negated ? terms.avoided : terms.wanted;
      if (keys.length === 0) continue;
      const written = trimWord(word);
      for (const key of keys) if (!target.has(key)) target.set(key, written);
    }
  }
  for (const stem of terms.avoided.keys()) terms.wanted.delete(stem);
  return terms;
}

/** How much a group of postings speaks to a person's free-text preference. */
export interface InterestFit {
  /** In [0, 1]: IDF-weighted share of wanted terms in the postings, times 1 − the same for avoided terms. */
  value: number;
  /** Wanted words found, most postings first, as the person wrote them. */
  matched: string[];
  /** Avoided words found in the postings. */
  avoided: string[];
}

/** Document frequencies of stemmed terms over a corpus of posting texts, to weight preference terms by rarity. */
export interface TermStatistics {
  documents: number;
  frequency: ReadonlyMap<string, number>;
}

/** The stemmed terms of a text and its adjacent pairs ("data entri"), each once. */
export function termSet(text: string): Set<string> {
  checkTextArgument('termSet', 'text', text);
  const stems = tokenize(text, { removeStopwords: true, stem: true, minLength: 2 });
  const terms = new Set(stems);
  for (let index = 1; index < stems.length; index += 1) terms.add(`${stems[index - 1]} ${stems[index]}`);
  return terms;
}

/** Whether a term in `documents` of the corpus's postings tells groups apart: in some, and in at most half (or two). */
export function telling(documents: number, corpus: TermStatistics): boolean {
  checkCorpus('telling', corpus);
  return documents > 0 && documents <= Math.max(2, corpus.documents / 2);
}

/** Counts in how many of the texts (term sets) each term occurs. */
export function termStatistics(texts: ReadonlyArray<ReadonlySet<string>>): TermStatistics {
  checkTermSets('termStatistics', 'texts', texts);
  const frequency = new Map<string, number>();
  for (const terms of texts) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return { documents: texts.length, frequency };
}

/**
 * Scores a group of postings (their term sets) against preference terms. Terms no posting in the corpus uses, and
 * terms in more than half of its postings ("role", "team"), say little about any group and are left out; each other
 * term weighs its IDF over the corpus.
 */
export function interestFit(
  terms: PreferenceTerms,
  group: ReadonlyArray<ReadonlySet<string>>,
  corpus: TermStatistics,
): InterestFit {
  const { wanted: given, avoided: refused } = checkRecordArgument('interestFit', 'terms', terms, 'PreferenceTerms');
  if (!(given instanceof Map) || !(refused instanceof Map))
    throw invalidArgument(
      'interestFit',
      'terms',
      'must be PreferenceTerms (from preferenceTerms): wanted and avoided Maps',
    );
  checkTermSets('interestFit', 'group', group);
  checkCorpus('interestFit', corpus);
  const side = (wanted: ReadonlyMap<string, string>) => {
    let weight = 0;
    let found = 0;
    const hits: Array<{ word: string; share: number }> = [];
    for (const [stem, word] of wanted) {
      const documents = corpus.frequency.get(stem) ?? 0;
      if (!telling(documents, corpus)) continue;
      const idf = Math.log((corpus.documents + 1) / (documents + 1)) + 1;
      const share = group.length === 0 ? 0 : group.filter((terms) => terms.has(stem)).length / group.length;
      weight += idf;
      found += idf * share;
      if (share > 0) hits.push({ word, share });
    }
    hits.sort((left, right) => right.share - left.share || left.word.localeCompare(right.word));
    return { value: weight > 0 ? found / weight : 0, words: hits.map((hit) => hit.word) };
  };
  const wanted = side(terms.wanted);
  const avoided = side(terms.avoided);
  const hasWanted = [...terms.wanted.keys()].some((stem) => telling(corpus.frequency.get(stem) ?? 0, corpus));
  // With only avoided terms, a group none of them touch is a full match.
  const base = hasWanted ? wanted.value : 1;
  return { value: base * (1 - avoided.value), matched: wanted.words, avoided: avoided.words };
}
