// Span-level scoring of a skill extractor against token-labelled sentences (SkillSpan, Green et al.), for
// scripts/eval-skills.mjs and its test. Not public API: nothing in src/index.ts exports it, so no build ships it.

/** A span of tokens, `first` included and `last` excluded. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

/** A sentence as the labelled sets give it: its tokens and, per label type, the labelled spans. */
export interface LabelledSentence {
  /** Where the sentence comes from: the set's line or sentence number. */
  readonly id: string;
  readonly tokens: readonly string[];
  /** Spans by label type (SkillSpan: `skill`, `knowledge`; Green: `Skill`, `Domain`, …). */
  readonly spans: Readonly<Record<string, readonly TokenSpan[]>>;
}

/** The sentence written out with one space between tokens, and where each token lies in it. */
export interface SentenceText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** What the extractor found in a sentence, as token spans. */
export interface PredictedSpans {
  /** Token spans of the mentions, each once (two mentions inside one token are one span), in text order. */
  readonly spans: readonly TokenSpan[];
  /** Mentions that start or end inside a token ("CI" of "CI/CD"): they are given the whole token. */
  readonly cutTokens: number;
}

/** Counts for precision and recall on one sentence (or summed over many). */
export interface SpanCounts {
  predicted: number;
  gold: number;
  /** Predicted spans that match a gold span. */
  predictedMatched: number;
  /** Gold spans that a predicted span matches. */
  goldMatched: number;
}

/** Exact: the same tokens; partial: at least one token in common. */
export type SpanMatch = 'exact' | 'partial';

/**
 * The spans of one label type in BIO tags (`B`/`I`/`O`, or `B-Type`/`I-Type` with `type` given): a `B` opens a span, an
 * `I` continues it, and an `I` with no span of its type open opens one (as conlleval reads it).
 */
export function spansFromBio(tags: readonly string[], type?: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const begin = type === undefined ? 'B' : `B-${type}`;
  const inside = type === undefined ? 'I' : `I-${type}`;
  let open = -1;
  tags.forEach((tag, index) => {
    if (tag === begin || (tag === inside && open < 0)) {
      if (open >= 0) spans.push({ first: open, last: index });
      open = index;
    } else if (tag !== inside && open >= 0) {
      spans.push({ first: open, last: index });
      open = -1;
    }
  });
  if (open >= 0) spans.push({ first: open, last: tags.length });
  return spans;
}

/** SkillSpan's JSON lines (`tokens`, `tags_skill`, `tags_knowledge`) as sentences with `skill` and `knowledge` spans. */
export function readSkillSpan(text: string, split: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `SkillSpan ${split} line ${index + 1}`;
    let record: { tokens: string[]; tags_skill: string[]; tags_knowledge: string[] };
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message.slice(0, 200)})`);
    }
    // A record of another shape was a TypeError ('Cannot read properties of null (reading 'tags_skill')').
    for (const field of ['tokens', 'tags_skill', 'tags_knowledge'] as const) {
      const list: unknown = (record as Record<string, unknown> | null)?.[field];
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
        throw new Error(`${where}: ${field} must be a list of strings`);
    }
    if (record.tags_skill.length !== record.tokens.length || record.tags_knowledge.length !== record.tokens.length)
      throw new Error(`SkillSpan ${split} line ${index + 1}: ${record.tokens.length} tokens but other tag counts`);
    sentences.push({
      id: `${split}:${index + 1}`,
      tokens: record.tokens,
      spans: { skill: spansFromBio(record.tags_skill), knowledge: spansFromBio(record.tags_knowledge) },
    });
  });
  return sentences;
}

/**
 * CoNLL-style text (a token and its BIO tag per line, blank lines between sentences), as Green et al.'s
 * `testset.txt`, as sentences with spans per tag type (`B-Skill` → `Skill`).
 */
export function readConll(text: string, name: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const finish = () => {
    if (tokens.length === 0) return;
    const types = new Set(tags.filter((tag) => tag !== 'O').map((tag) => tag.slice(2)));
    const spans = Object.fromEntries([...types].sort().map((type) => [type, spansFromBio(tags, type)]));
    sentences.push({ id: `${name}:${sentences.length + 1}`, tokens, spans });
    tokens = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      finish();
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    const tag = trimmed.slice(space + 1);
    if (space <= 0 || !(tag === 'O' || /^[BI]-./.test(tag)))
      throw new Error(`${name}: line ${JSON.stringify(line.slice(0, 200))} is no token and BIO tag`);
    tokens.push(trimmed.slice(0, space));
    tags.push(tag);
  }
  finish();
  return sentences;
}

/** The spans of several label types together, each distinct span once, in order. */
export function unionOfSpans(sentence: LabelledSentence, types: readonly string[]): TokenSpan[] {
  const seen = new Map<string, TokenSpan>();
  for (const type of types) for (const span of sentence.spans[type] ?? []) seen.set(`${span.first}:${span.last}`, span);
  return [...seen.values()].sort((left, right) => left.first - right.first || left.last - right.last);
}

/** The tokens joined by single spaces, as the extractor reads the sentence, with each token's offsets. */
export function sentenceText(tokens: readonly string[]): SentenceText {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    ends.push(offset + token.length);
    offset += token.length + 1;
  }
  return { text: tokens.join(' '), starts, ends };
}

/**
 * Maps mentions (character ranges of `sentence.text`, in text order) to the tokens they cover: from the token holding
 * the first character to the token holding the last one.
 */
export function mentionsToSpans(
  sentence: SentenceText,
  mentions: readonly { readonly start: number; readonly end: number }[],
): PredictedSpans {
  const { starts, ends } = sentence;
  const spans: TokenSpan[] = [];
  let cutTokens = 0;
  let token = 0;
  for (const mention of mentions) {
    if (!(mention.start >= 0 && mention.end > mention.start && mention.end <= sentence.text.length))
      throw new Error(`mention [${mention.start}, ${mention.end}) lies outside the sentence`);
    // Mentions come in text order, so the token search only moves forward.
    while (token > 0 && (starts[token] ?? 0) > mention.start) token--;
    while (token < ends.length - 1 && (ends[token] ?? 0) <= mention.start) token++;
    let last = token;
    while (last < starts.length - 1 && (starts[last + 1] ?? Infinity) < mention.end) last++;
    if (starts[token] !== mention.start || ends[last] !== mention.end) cutTokens++;
    const previous = spans[spans.length - 1];
    if (previous?.first === token && previous.last === last + 1) continue;
    spans.push({ first: token, last: last + 1 });
  }
  return { spans, cutTokens };
}

/** How many predicted spans match a gold span and how many gold spans a predicted one matches. */
export function countMatches(
  predicted: readonly TokenSpan[],
  gold: readonly TokenSpan[],
  match: SpanMatch,
  tokenCount: number,
): SpanCounts {
  if (match === 'exact') {
    const keys = new Set(gold.map((span) => `${span.first}:${span.last}`));
    const hits = new Set(predicted.map((span) => `${span.first}:${span.last}`).filter((key) => keys.has(key))).size;
    return { predicted: predicted.length, gold: gold.length, predictedMatched: hits, goldMatched: hits };
  }
  const covered = (spans: readonly TokenSpan[]) => {
    const flags = new Uint8Array(tokenCount);
    for (const span of spans) flags.fill(1, span.first, span.last);
    return flags;
  };
  const overlaps = (span: TokenSpan, flags: Uint8Array) => flags.subarray(span.first, span.last).includes(1);
  const goldTokens = covered(gold);
  const predictedTokens = covered(predicted);
  return {
    predicted: predicted.length,
    gold: gold.length,
    predictedMatched: predicted.filter((span) => overlaps(span, goldTokens)).length,
    goldMatched: gold.filter((span) => overlaps(span, predictedTokens)).length,
  };
}

/** Precision, recall and F1 of summed counts (0 where nothing was predicted or nothing is labelled). */
export function spanScores(counts: SpanCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.predictedMatched / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.goldMatched / counts.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
