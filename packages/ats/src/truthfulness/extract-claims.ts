import {
  extractSkills,
  findDateRanges,
  findDegreeMentions,
  canonicalSkillName,
  ROLE_NOUNS,
  seniorityOfWord,
  type DegreeLevel,
} from '@rolefit/core';
import { isEnglishMonthName } from '@rolefit/core/internal';
import { findDistinctionClaims, findNameClaims } from './distinctions.js';

/** What a claim is about. */
export type ClaimKind =
  | 'skill'
  | 'employer'
  | 'title'
  | 'degree'
  | 'date'
  | 'number'
  /** An award, prize, medal, fellowship, scholarship or honour ("Turing Award", "winner of ..."). */
  | 'award'
  /** A certification or licence ("AWS Certified Solutions Architect", "PMP certified", "Licensed ..."). */
  | 'credential'
  | 'patent'
  | 'publication'
  /** A claim of rank ("top 1%", "#1", "ranked first"). */
  | 'rank'
  /** A proper-noun phrase: capitalised words in a row ("World Economic Forum"). */
  | 'name';

/** A factual statement found in a text, before it is checked. */
export interface ClaimMention {
  /** What the claim is about. */
  readonly kind: ClaimKind;
  /** The claim as written, equal to `text.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first character (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Canonical skill name, for skill claims. */
  readonly skill?: string;
  /** First and last year, for date claims; `last` is null for an ongoing range. */
  readonly years?: { readonly first: number; readonly last: number | null; readonly range: boolean };
  /** The value, for number claims ("$2M" is 2,000,000; "30%" is 30 with `percent`). */
  readonly value?: number;
  /** True for percentages. */
  readonly percent?: boolean;
  /** Degree level, for degree claims, as core's degree detector reads it (bachelor, master, phd...). */
  readonly level?: DegreeLevel;
  /** Field of study, for degree claims that name one. */
  readonly field?: string;
  /** The distinction word as written ("Award", "certified"), for award, credential, patent and publication claims. */
  readonly cue?: string;
  /** Offset of the distinction word in the text, for award, credential, patent and publication claims. */
  readonly cueStart?: number;
  /** The claim's first word when it starts a sentence and is not the distinction word (its capital says nothing). */
  readonly leading?: string;
}

/** One number found in a text. */
export interface NumberMention {
  /** The number as written, with its unit word when one follows. */
  readonly text: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The value with multipliers applied. */
  readonly value: number;
  /** True for percentages. */
  readonly percent: boolean;
}

const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'as',
  'by',
  'from',
  'while',
  'where',
  'who',
  'i',
  'we',
  'my',
  'our',
  'this',
  'that',
  'he',
  'she',
  'they',
]);

// Core's role nouns; a lone lower-case one that is often another word ("lead", "head", "driver") is dropped in titleAround.
const ROLE_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ROLE_NOUNS.join('|')})(?![\p{L}\p{N}])`, 'giu');
// Lower-case words that may lead a role name: core's seniority vocabulary ("senior", "staff", "chief"), and role
// modifiers that are not seniority ("assistant manager", "managing director").
const ROLE_MODIFIERS = new Set(['associate', 'assistant', 'deputy', 'executive', 'general', 'managing']);
const leadsRole = (word: string) => seniorityOfWord(word) !== undefined || ROLE_MODIFIERS.has(word);
// Lower-case words that still belong to a role name ("senior data engineer").
const DOMAIN_WORDS = new Set([
  'data',
  'software',
  'backend',
  'back-end',
  'frontend',
  'front-end',
  'full-stack',
  'fullstack',
  'machine',
  'learning',
  'ml',
  'ai',
  'product',
  'project',
  'program',
  'marketing',
  'sales',
  'research',
  'devops',
  'cloud',
  'security',
  'site',
  'reliability',
  'quality',
  'qa',
  'test',
  'systems',
  'system',
  'network',
  'web',
  'mobile',
  'platform',
  'infrastructure',
  'application',
  'solutions',
  'technical',
  'engineering',
  'account',
  'business',
  'financial',
  'operations',
  'registered',
  'nurse',
  'support',
  'it',
  'database',
  'ux',
  'ui',
  'graphic',
  'team',
]);

// The field of study after a degree core found: "B.S. in Computer Science", "Master of Science in Data Science". Its
// words are on one line: a field that ran on over the line break took the next line's first words ("Computer
// Science\nWon"), and the degree claim then held the next line's claims.
const DEGREE_FIELD = /^,?\s+(?:of|in)\s+((?:[A-Z][\p{L}&-]*)(?:[^\S\n]+(?:(?:of|and|in|&)[^\S\n]+)?[A-Z][\p{L}&-]*)*)/u;

/** Degree level for a degree word or abbreviation ("B.S." → bachelor, "MCA" → master), as core's degree detector reads it; undefined for other words. */
export function degreeLevel(word: string): DegreeLevel | undefined {
  return findDegreeMentions(word, { mode: 'resume' })[0]?.level;
}

const NUMBER =
  /(?<![\p{L}\p{N}.,/$€£-])(?<currency>[$€£]\s?)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<plus>\+)?(?:\s?(?<multiplier>k|K|M|MM|B|bn|thousand|million|billion)(?![\p{L}\p{N}]))?(?<plus2>\+)?(?<percent>\s?%|\s(?:percent|per cent)(?![\p{L}]))?(?![\p{L}\p{N}]|[.,]\d)/gu;
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const UNIT = /^\s+([a-z][a-z-]*)/u;
const NOT_UNITS = new Set([...STOPWORDS, 'than', 'more', 'per', 'across', 'into', 'over', 'under']);

/** Finds every number in a text with its value ("$2M" → 2,000,000, "30 percent" → 30 %), skipping the given spans (dates). */
export function findNumbers(text: string, skip: readonly { start: number; end: number }[] = []): NumberMention[] {
  const found: NumberMention[] = [];
  // The matches come in text order, so the skipped spans are swept once (by start), keeping the furthest end of those
  // starting before the match's end: testing every span per match was quadratic on a text of dates and numbers.
  const spans = [...skip].sort((left, right) => left.start - right.start);
  let next = 0;
  let furthestEnd = Number.NEGATIVE_INFINITY;
  for (const match of text.matchAll(NUMBER)) {
    const groups = match.groups ?? {};
    const start = match.index;
    let end = start + match[0].length;
    for (; next < spans.length && (spans[next]?.start ?? 0) < end; next++)
      furthestEnd = Math.max(furthestEnd, spans[next]?.end ?? furthestEnd);
    if (furthestEnd > start) continue;
    const multiplier = MULTIPLIERS[(groups.multiplier ?? '').toLowerCase()] ?? 1;
    const value = Number((groups.digits ?? '').replace(/,/g, '')) * multiplier;
    if (!Number.isFinite(value)) continue;
    const percent = groups.percent !== undefined;
    if (!percent) {
      // "15 engineers", "5 years": the unit word belongs to the claim.
      const unit = UNIT.exec(text.slice(end));
      if (unit && !NOT_UNITS.has(unit[1] ?? '')) end += unit[0].length;
    }
    found.push({ text: text.slice(start, end), start, end, value, percent });
  }
  return found;
}

const YEAR =
  /(?<![\p{L}\p{N}$€£.,])(19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}%]|[.,]\d|\s?(?:percent|k|K|M|million|billion)\b)/gu;

/** Finds every claim in a text: skills, employers, titles, degrees, dates, numbers, distinctions, ranks and names, in text order. */
export function extractClaimMentions(text: string, knownEmployers: readonly string[] = []): ClaimMention[] {
  const found: ClaimMention[] = [];
  // Where the claims of each kind are, for "does this overlap a claim of those kinds" in logarithmic time (testing
  // every claim found so far was quadratic on a text of many claims: 4,000 year ranges took 3.5 s).
  const spans = new Map<ClaimKind, SpanCounts>();
  const claims = {
    push(claim: ClaimMention) {
      found.push(claim);
      let counts = spans.get(claim.kind);
      if (counts === undefined) spans.set(claim.kind, (counts = new SpanCounts(text.length)));
      counts.add(claim.start, claim.end);
    },
  };
  const overlaps = (start: number, end: number, kinds: readonly ClaimKind[]) =>
    kinds.some((kind) => spans.get(kind)?.overlaps(start, end) === true);

  // Dates first: their years are not numbers.
  const findDate = dateFinder(text);
  for (const range of findDateRanges(text)) {
    const begin = findDate(range.text);
    if (begin === undefined) continue;
    claims.push({
      kind: 'date',
      text: range.text,
      start: begin,
      end: begin + range.text.length,
      years: {
        first: range.start.getUTCFullYear(),
        last: range.end === null ? null : range.end.getUTCFullYear(),
        range: true,
      },
    });
  }
  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(start, end, ['date'])) continue;
    const year = Number(match[0]);
    claims.push({ kind: 'date', text: match[0], start, end, years: { first: year, last: year, range: false } });
  }
  const dateSpans = found.filter((claim) => claim.kind === 'date');
  // A rank's number is the rank's ("#1 sales performer", "Ranked #3 among"): the rank claims it, not a number too.
  const distinctions = findDistinctionClaims(text);
  const rankSpans = distinctions.filter((claim) => claim.kind === 'rank');
  for (const number of findNumbers(text, [...dateSpans, ...rankSpans])) {
    claims.push({
      kind: 'number',
      text: number.text,
      start: number.start,
      end: number.end,
      value: number.value,
      percent: number.percent,
    });
  }

  for (const mention of extractSkills(text)) {
    claims.push({ kind: 'skill', text: mention.text, start: mention.start, end: mention.end, skill: mention.skill });
  }

  for (const degree of findDegreeClaims(text)) claims.push(degree);

  for (const match of text.matchAll(ROLE_NOUN)) {
    const title = titleAround(text, match.index, match.index + match[0].length);
    if (title === undefined || overlaps(title.start, title.end, ['title', 'degree'])) continue;
    claims.push({ kind: 'title', text: text.slice(title.start, title.end), start: title.start, end: title.end });
  }

  for (const employer of findEmployers(text, knownEmployers)) {
    if (overlaps(employer.start, employer.end, ['employer', 'skill', 'title', 'degree', 'date'])) continue;
    claims.push({
      kind: 'employer',
      text: text.slice(employer.start, employer.end),
      start: employer.start,
      end: employer.end,
    });
  }

  // Distinctions and ranks, then names: a name that is an employer, a title, a degree or a distinction is that claim.
  for (const claim of distinctions) {
    if (overlaps(claim.start, claim.end, ['degree'])) continue;
    claims.push({ ...claim, text: text.slice(claim.start, claim.end) });
  }
  for (const name of findNameClaims(text)) {
    const others: ClaimKind[] = ['employer', 'title', 'degree', 'award', 'credential', 'patent', 'publication'];
    if (overlaps(name.start, name.end, others)) continue;
    claims.push({ ...name, text: text.slice(name.start, name.end) });
  }

  return found.sort((left, right) => left.start - right.start || left.end - right.end);
}

/**
 * The degree claims of a text, each with the field written after it ("Bachelor of Science in Physics"); a degree inside
 * an earlier one's span is not a claim of its own. (Only degrees overlap degrees: the source's degree levels are read
 * with this alone, not with every kind of claim.)
 */
export function findDegreeClaims(text: string): ClaimMention[] {
  const found: ClaimMention[] = [];
  const spans = new SpanCounts(text.length);
  for (const mention of findDegreeMentions(text, { mode: 'resume' })) {
    const field = DEGREE_FIELD.exec(text.slice(mention.end, mention.end + 200));
    const end = mention.end + (field?.[0].length ?? 0);
    if (spans.overlaps(mention.start, end)) continue;
    const fieldName = field?.[1]?.trim();
    found.push({
      kind: 'degree',
      text: text.slice(mention.start, end),
      start: mention.start,
      end,
      level: mention.level,
      ...(fieldName ? { field: fieldName } : {}),
    });
    spans.add(mention.start, end);
  }
  return found;
}

/**
 * Counts of the spans [start, end) added, by start and by end, in Fenwick trees: a span [s, e) overlaps one of them
 * when (spans starting before e) − (spans ending at or before s) > 0, every span being non-empty (claims are).
 */
class SpanCounts {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  constructor(length: number) {
    this.starts = new Int32Array(length + 2);
    this.ends = new Int32Array(length + 2);
  }
  add(start: number, end: number): void {
    SpanCounts.increment(this.starts, start);
    SpanCounts.increment(this.ends, end);
  }
  overlaps(start: number, end: number): boolean {
    return SpanCounts.countBelow(this.starts, end) - SpanCounts.countBelow(this.ends, start + 1) > 0;
  }
  // Positions are clamped to the text (claims lie in it), shifted by one for the tree.
  private static increment(tree: Int32Array, position: number): void {
    for (let index = Math.min(Math.max(position, 0), tree.length - 2) + 1; index < tree.length; index += index & -index)
      tree[index] = (tree[index] ?? 0) + 1;
  }
  // How many positions added are below `position`.
  private static countBelow(tree: Int32Array, position: number): number {
    let count = 0;
    for (let index = Math.min(Math.max(position, 0), tree.length - 1); index > 0; index -= index & -index)
      count += tree[index] ?? 0;
    return count;
  }
}

/**
 * findDateRanges gives the text but not the offset: the returned function takes the first occurrence of a range's text
 * that no earlier range took. Each text's search goes on from its last find (the occurrences before it are taken), so
 * the same range written many times is not searched for from the start each time (cubic on 4,000 repeats).
 */
function dateFinder(text: string): (needle: string) => number | undefined {
  const taken = new Set<number>();
  const resumeAt = new Map<string, number>();
  return (needle) => {
    let from = resumeAt.get(needle) ?? 0;
    for (;;) {
      const index = from > text.length ? -1 : text.indexOf(needle, from);
      if (index === -1) {
        resumeAt.set(needle, text.length + 1);
        return undefined;
      }
      from = index + 1;
      if (!taken.has(index)) {
        taken.add(index);
        resumeAt.set(needle, from);
        return index;
      }
    }
  };
}

const WORD_BEFORE = /([\p{L}][\p{L}\p{N}+#./&-]*)\s+$/u;

// A role noun grows left over capitalised words, seniority words and domain words; "Director of X" grows right.
function titleAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const noun = text.slice(start, end);
  // "15 engineers" is excluded by the regex (no plural); a lone lower-case "lead" or "head" is usually a verb or body part.
  let first = start;
  for (let taken = 0; taken < 4; taken++) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, first - 40), first));
    if (!before) break;
    const word = before[1] ?? '';
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || isEnglishMonthName(lower)) break;
    // A title is written on one line (the line above is a heading: "Experience\nTrainer"), the look-back window can
    // cut a long word ("S" of "…SKILLS"), and a possessive's "S" is not a word ("WOMEN'S HEALTHCARE SPECIALIST").
    const wordStart = first - before[0].length;
    if (before[0].includes('\n') || /[\p{L}\p{N}'’]/u.test(text[wordStart - 1] ?? '')) break;
    const capitalised = /^\p{Lu}/u.test(word);
    if (!capitalised && !leadsRole(lower) && !DOMAIN_WORDS.has(lower)) break;
    // A capitalised word right after a sentence end starts the sentence, not the title ("Led. Senior").
    const gapStart = first - before[0].length;
    if (
      capitalised &&
      /[.!?:]\s*$/.test(text.slice(Math.max(0, gapStart - 3), gapStart)) &&
      !leadsRole(lower) &&
      !DOMAIN_WORDS.has(lower)
    ) {
      first = gapStart;
      break;
    }
    first = gapStart;
  }
  let last = end;
  if (/^(director|head|vp|president|manager)$/i.test(noun)) {
    const ofPart = /^\s+of\s+((?:\p{Lu}[\p{L}&-]*)(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}&-]*)*)/u.exec(text.slice(end));
    if (ofPart) last = end + ofPart[0].length;
  }
  const lowerNoun = noun.toLowerCase();
  if (
    first === start &&
    last === end &&
    (lowerNoun === 'lead' ||
      lowerNoun === 'head' ||
      lowerNoun === 'associate' ||
      lowerNoun === 'assistant' ||
      lowerNoun === 'partner' ||
      lowerNoun === 'owner' ||
      lowerNoun === 'executive' ||
      lowerNoun === 'driver')
  ) {
    return undefined;
  }
  return { start: first, end: last };
}

const ORG_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'.-]*`;
// Between two words of one name: spaces on one line, not after a word that ends a sentence (two lower-case letters and
// a full stop: 'Google.', where 'U.S.', 'St.' and 'Co.' go on). A name ran on over both: 'at Google. Then I led' was the
// employer 'Google. Then I', and a generated 'at Google.' over the next line's 'ROLE 1:' was 'Google.\nROLE'.
const ORG_GAP = String.raw`(?<!\p{Ll}{2}\.)[^\S\r\n]+`;
const AFTER_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:at|for|joined|from)\s+(?:the\s+)?(${ORG_WORD}(?:${ORG_GAP}(?:(?:of|and|&)${ORG_GAP})?${ORG_WORD})*)`,
  'gu',
);
// Tried at one place only (sticky): orgSuffixMatches finds where.
const ORG_SUFFIX = new RegExp(
  String.raw`(?:${ORG_WORD}${ORG_GAP})+(?:Inc\.?|LLC|Ltd\.?|Corp\.?|Corporation|GmbH|Company|Co\.|Group|Technologies|Labs|Systems|Solutions|University|College|Bank|Hospital)(?![\p{L}])`,
  'uy',
);
const ORG_CHAIN = new RegExp(String.raw`(?:${ORG_WORD}${ORG_GAP})+`, 'uy');
// The rest of a word, where a chain cannot go on from it (its gap ends a sentence or a line).
const WORD_REST = /\S*/y;
const NON_SPACE_RUN = /\S+/gu;
const ORG_CHARACTER = /^[\p{L}\p{N}&'.-]$/u;
const UPPER_CASE = /^\p{Lu}$/u;
// The lookbehinds start a match at the first character of a run, as the leftmost match always does.
const TRAILING = /(?<!\s)(?:\s+(?:of|and|&))+$|(?<![.,'-])[.,'-]+$/u;

/**
 * Where `ORG_WORD\s+` first matches at or after `from`: an upper-case letter followed by organisation-name characters up
 * to a space. Found by one pass over each run of non-space characters (the regex tried from every capital of a long
 * word scanned the rest of the word each time).
 */
function nextOrgWord(text: string, from: number): number {
  NON_SPACE_RUN.lastIndex = from;
  for (let run = NON_SPACE_RUN.exec(text); run; run = NON_SPACE_RUN.exec(text)) {
    if (run.index + run[0].length >= text.length) return -1;
    // The first capital after the run's last character that is not an organisation-name character.
    let position = run.index;
    // A name starts a word: "Talent Corporation" is not a name inside "iTalent Corporation".
    let first = -1;
    let wordStart = true;
    for (const character of run[0]) {
      if (!ORG_CHARACTER.test(character)) {
        first = -1;
        wordStart = true;
        position += character.length;
        continue;
      }
      if (first === -1 && wordStart && UPPER_CASE.test(character)) first = position;
      wordStart = false;
      position += character.length;
    }
    if (first !== -1) return first;
  }
  return -1;
}

/**
 * The matches of ORG_SUFFIX (with the global flag) in text order, found in linear time: the regex is tried at the first
 * place a chain of capitalised words starts; when it fails there it fails at every later word of the chain too (their
 * ways on are the same), so the search goes on after the chain. (The global regex retried from each word of a long
 * chain without a company suffix, quadratic on 'Acme ' repeated.)
 */
function* orgSuffixMatches(text: string): Generator<{ index: number; text: string }> {
  for (let from = 0; ; ) {
    const start = nextOrgWord(text, from);
    if (start === -1) return;
    ORG_SUFFIX.lastIndex = start;
    const match = ORG_SUFFIX.exec(text);
    if (match) {
      yield { index: start, text: match[0] };
      from = start + match[0].length;
    } else {
      ORG_CHAIN.lastIndex = start;
      if (ORG_CHAIN.exec(text)) from = ORG_CHAIN.lastIndex;
      else {
        // A sticky regex that fails starts again at 0: the search goes on after this word instead.
        WORD_REST.lastIndex = start;
        WORD_REST.exec(text);
        from = WORD_REST.lastIndex;
      }
    }
  }
}

function findEmployers(text: string, knownEmployers: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const taken = new SpanCounts(text.length);
  const add = (start: number, end: number) => {
    if (taken.overlaps(start, end)) return;
    spans.push({ start, end });
    taken.add(start, end);
  };
  const lowerText = text.toLowerCase();
  // The source's own employers, wherever they appear, come first so that a longer guess does not swallow them.
  for (const employer of [...knownEmployers].sort((left, right) => right.length - left.length)) {
    const needle = employer.trim().toLowerCase();
    if (needle.length < 2) continue;
    for (
      let index = lowerText.indexOf(needle);
      index !== -1;
      index = lowerText.indexOf(needle, index + needle.length)
    ) {
      const before = text[index - 1];
      const after = text[index + needle.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      add(index, index + needle.length);
    }
  }
  const withSuffix = [...orgSuffixMatches(text)].map(({ index, text: name }) => ({ index, whole: name, name }));
  const afterPreposition = [...text.matchAll(AFTER_PREPOSITION)].map((match) => ({
    index: match.index,
    whole: match[0],
    name: match[1] ?? match[0],
  }));
  for (const matches of [withSuffix, afterPreposition]) {
    for (const match of matches) {
      const name = match.name;
      const offset = match.index + match.whole.length - name.length;
      const trimmed = name.replace(TRAILING, '');
      if (trimmed.length < 2 || !isOrganisationName(trimmed)) continue;
      add(offset, offset + trimmed.length);
    }
  }
  return spans;
}

function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[.,]/g, '');
  if (isEnglishMonthName(first) || STOPWORDS.has(first)) return false;
  if (words.length === 1 && (canonicalSkillName(name) !== undefined || degreeLevel(name) !== undefined)) return false;
  return true;
}
