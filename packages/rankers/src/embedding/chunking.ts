import { sentenceSpans } from '@rolefit/core/text';
import { pushAll } from '@rolefit/core/internal';

/**
 * How a text longer than the model's window is split: `sentences` packs whole sentences into each chunk
 * (a sentence longer than the window is cut into overlapping windows); `windows` cuts fixed windows that
 * overlap by `chunkOverlap` tokens.
 */
export type Chunking = 'sentences' | 'windows';

/**
 * Splits a text into sentences and lines (core's `sentenceSpans`: Unicode's sentence rules, line breaks, common
 * abbreviations kept whole). Each piece keeps the whitespace before it, so the pieces join back into the text exactly
 * and each tokenizes as it would in place.
 */
export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const [spanStart, end] of sentenceSpans(text)) {
    // The whitespace after a sentence moves to the front of the next piece (a span of only whitespace joins it whole).
    let cut = end;
    while (cut > spanStart && /\s/.test(text[cut - 1]!)) cut -= 1;
    if (cut === spanStart) continue;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Cuts token ids into windows of at most `room` tokens, neighbours sharing `overlap` tokens. */
export function slidingWindows(ids: readonly number[], room: number, overlap: number): number[][] {
  if (!(Number.isInteger(room) && room > 0)) throw new RangeError(`room must be a positive whole number, got ${room}`);
  if (ids.length <= room) return [ids.slice()];
  const windows: number[][] = [];
  const step = Math.max(1, room - overlap);
  for (let start = 0; start < ids.length; start += step) {
    windows.push(ids.slice(start, start + room));
    if (start + room >= ids.length) break;
  }
  return windows;
}

/**
 * Packs the token ids of consecutive sentences into chunks of at most `room` tokens without splitting a
 * sentence; one longer than `room` alone is cut by {@link slidingWindows}, and its last window may take
 * the sentences after it. Empty sentences are skipped.
 */
export function packSentences(sentences: ReadonlyArray<readonly number[]>, room: number, overlap: number): number[][] {
  if (!(Number.isInteger(room) && room > 0)) throw new RangeError(`room must be a positive whole number, got ${room}`);
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const ids of sentences) {
    if (ids.length === 0) continue;
    if (current.length + ids.length <= room) {
      current.push(...ids);
      continue;
    }
    if (current.length > 0) chunks.push(current);
    const windows = slidingWindows(ids, room, overlap);
    pushAll(chunks, windows.slice(0, -1));
    current = windows[windows.length - 1]!;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
