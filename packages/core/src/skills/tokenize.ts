/** Text after NFKC normalization, with a map back to offsets in the original text. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** For each normalized code unit, the original offset where its source character starts; absent when offsets are unchanged. */
  readonly originalStarts: readonly number[] | undefined;
  /** For each normalized code unit, the original offset just past its source character; absent when offsets are unchanged. */
  readonly originalEnds: readonly number[] | undefined;
}

/** A word (letters, digits, underscore) or a single punctuation character; hyphens are not tokens. */
export interface Token {
  /** The token as written, after normalization. */
  readonly raw: string;
  /** The token lower-cased, for case-insensitive comparison. */
  readonly folded: string;
  /** Whether the token is a word rather than punctuation. */
  readonly word: boolean;
  /** Whether no whitespace comes right before the token. */
  readonly attached: boolean;
  /** Offset of the token in the normalized text. */
  readonly start: number;
  /** Offset just past the token in the normalized text. */
  readonly end: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
// A base character with its combining marks, so NFKC can compose them (e + ◌́ → é).
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gu;
// NFKC keeps these; folding them makes "e‑mail" and "women’s" tokenize like their ASCII spellings.
const EXTRA_FOLDS = /[\u2018\u2019\u02bc\u2032\u2010\u2011\u00ad\u200b\u266f\ufe63]/g;
const EXTRA_FOLD_TARGETS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00ad': '',
  '\u200b': ' ',
  '\u266f': '#',
  '\ufe63': '-',
};

function foldExtras(text: string): string {
  return text.replace(EXTRA_FOLDS, (character) => EXTRA_FOLD_TARGETS[character] ?? character);
}

/** Normalizes text with NFKC (plus curly quotes and Unicode hyphens) and keeps a map back to the original offsets. */
export function normalizeText(text: string): NormalizedText {
  // ASCII is already NFKC and has nothing to fold; skip the per-character work.
  if (!NON_ASCII.test(text)) return { text, originalStarts: undefined, originalEnds: undefined };
  const parts: string[] = [];
  const originalStarts: number[] = [];
  const originalEnds: number[] = [];
  for (const match of text.matchAll(SEGMENT)) {
    const segment = match[0];
    const start = match.index;
    const end = start + segment.length;
    const normalized = foldExtras(segment.normalize('NFKC'));
    parts.push(normalized);
    for (let index = 0; index < normalized.length; index++) {
      originalStarts.push(start);
      originalEnds.push(end);
    }
  }
  return { text: parts.join(''), originalStarts, originalEnds };
}

/** Maps a [start, end) range of normalized text back to the original text. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { originalStarts, originalEnds } = normalized;
  if (originalStarts === undefined || originalEnds === undefined) return [start, end];
  return [originalStarts[start] ?? start, originalEnds[end - 1] ?? end];
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+|\S/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}_]/u;

/** Whether the character (or the first of a string) is a word character. */
export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** Splits normalized text into word and punctuation tokens; hyphens separate words but are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const attached = start === previousEnd;
    previousEnd = start + raw.length;
    // "e-mail" and "e mail" tokenize alike: a hyphen separates words but is not a token.
    if (raw === '-') continue;
    tokens.push({ raw, folded: raw.toLowerCase(), word: isWordCharacter(raw), attached, start, end: previousEnd });
  }
  return tokens;
}
