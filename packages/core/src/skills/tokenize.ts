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
const NEXT_NON_ASCII = /[^\x00-\x7f]/g;
// A base character with its combining marks, so NFKC can compose them (e + ◌́ → é); every code point starts one.
const SEGMENT_HERE = /\P{M}\p{M}*|\p{M}+/uy;
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
/** Folded NFKC forms of segments seen before (texts repeat the same few: ’ • – é); cleared when it grows large. */
const foldedSegments = new Map<string, string>();
const FOLDED_SEGMENTS_KEPT = 4096;

const FOLDED_SEGMENT_LENGTH = 4;

function foldSegment(segment: string): string {
  let folded = foldedSegments.get(segment);
  if (folded === undefined) {
    folded = segment.normalize('NFKC').replace(EXTRA_FOLDS, (character) => EXTRA_FOLD_TARGETS[character] ?? character);
    // Only short segments are kept: one character can carry any number of marks.
    if (segment.length <= FOLDED_SEGMENT_LENGTH) {
      if (foldedSegments.size >= FOLDED_SEGMENTS_KEPT) foldedSegments.clear();
      foldedSegments.set(segment, folded);
    }
  }
  return folded;
}

/** Normalizes text with NFKC (plus curly quotes and Unicode hyphens) and keeps a map back to the original offsets. */
export function normalizeText(text: string): NormalizedText {
  // ASCII is already NFKC and has nothing to fold; skip the per-character work.
  if (!NON_ASCII.test(text)) return { text, originalStarts: undefined, originalEnds: undefined };
  const parts: string[] = [];
  const originalStarts: number[] = [];
  const originalEnds: number[] = [];
  const length = text.length;
  // Segment by segment (a character with its combining marks); `position` always starts one.
  for (let position = 0; position < length; ) {
    NEXT_NON_ASCII.lastIndex = position;
    const next = NEXT_NON_ASCII.exec(text)?.index ?? length;
    // ASCII characters are segments of their own that NFKC keeps, except one that combining marks follow.
    const plainEnd = next === length ? length : Math.max(position, next - 1);
    if (plainEnd > position) {
      parts.push(text.slice(position, plainEnd));
      for (let offset = position; offset < plainEnd; offset++) {
        originalStarts.push(offset);
        originalEnds.push(offset + 1);
      }
      position = plainEnd;
    }
    // Then segments up to the next ASCII character that starts one.
    while (position < length) {
      let end = position + 1;
      const code = text.charCodeAt(position);
      // A character of the BMP before an ASCII character (or the end) is a segment by itself, mark or not.
      if ((code & 0xf800) === 0xd800 || (end < length && text.charCodeAt(end) >= 0x80)) {
        SEGMENT_HERE.lastIndex = position;
        end = SEGMENT_HERE.exec(text) === null ? end : SEGMENT_HERE.lastIndex;
      }
      const folded = foldSegment(text.slice(position, end));
      parts.push(folded);
      for (let index = 0; index < folded.length; index++) {
        originalStarts.push(position);
        originalEnds.push(end);
      }
      position = end;
      if (position < length && text.charCodeAt(position) < 0x80) break;
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

const SPACE = 1;
const WORD = 2;
/** Per ASCII code: SPACE for whitespace (\s), WORD for letters, digits and "_", 0 for punctuation. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  const character = String.fromCharCode(code);
  if (/\s/u.test(character)) return SPACE;
  return /[\p{L}\p{N}\p{M}_]/u.test(character) ? WORD : 0;
});

// isWordCharacter for the first character of a token, without a regular expression for ASCII.
function isWordStart(token: string): boolean {
  const code = token.charCodeAt(0);
  return code < 0x80 ? ASCII_KIND[code] === WORD : WORD_CHARACTER.test(token);
}

/** Splits normalized text into word and punctuation tokens; hyphens separate words but are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  const length = text.length;
  // ASCII is read character by character; from a non-ASCII character on, TOKEN finds the token (the same one, since
  // a scan only ever restarts where a token may start).
  for (let position = 0; position < length; ) {
    const code = text.charCodeAt(position);
    let start = position;
    let end = position + 1;
    if (code < 0x80) {
      if (ASCII_KIND[code] === SPACE) {
        position++;
        continue;
      }
      if (ASCII_KIND[code] === WORD) {
        while (end < length && ASCII_KIND[text.charCodeAt(end)] === WORD) end++;
        if (end < length && text.charCodeAt(end) >= 0x80) end = -1;
      }
    } else end = -1;
    if (end === -1) {
      TOKEN.lastIndex = position;
      const match = TOKEN.exec(text);
      if (match === null) break;
      start = match.index;
      end = TOKEN.lastIndex;
    }
    position = end;
    const attached = start === previousEnd;
    previousEnd = end;
    // "e-mail" and "e mail" tokenize alike: a hyphen separates words but is not a token.
    if (end - start === 1 && text.charCodeAt(start) === 45) continue;
    const raw = text.slice(start, end);
    tokens.push({ raw, folded: raw.toLowerCase(), word: isWordStart(raw), attached, start, end });
  }
  return tokens;
}
