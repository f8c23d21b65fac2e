import { describe, expect, it } from 'vitest';
import { SENTENCE_RUNS } from './adversarial-inputs.js';
import { packSentences, slidingWindows, splitSentences } from './chunking.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('splitSentences', () => {
  it('splits after sentence stops and at line breaks, keeping the whitespace with the next piece', () => {
    const text = 'We build APIs. You know Go!\n- Docker\n- Kubernetes (nice to have.) Apply now?  Thanks';
    const pieces = splitSentences(text);
    expect(pieces).toEqual([
      'We build APIs.',
      ' You know Go!',
      '\n- Docker',
      '\n- Kubernetes (nice to have.)',
      ' Apply now?',
      '  Thanks',
    ]);
    expect(pieces.join('')).toBe(text);
  });

  it('does not split inside a sentence, at decimals or at versions', () => {
    expect(splitSentences('Node.js 20.1 and Python 3.12 for 2.5 years')).toEqual([
      'Node.js 20.1 and Python 3.12 for 2.5 years',
    ]);
  });

  it('keeps leading and trailing whitespace and handles empty text', () => {
    expect(splitSentences('  Hello. World.  ')).toEqual(['  Hello.', ' World.', '  ']);
    expect(splitSentences('')).toEqual([]);
  });

  it('keeps abbreviations and initials inside their sentence, and runs of blank lines with the next piece', () => {
    expect(splitSentences('Led by Dr. Jones, e.g. for U.S. clients. Done.\n\n\nNext')).toEqual([
      'Led by Dr. Jones, e.g. for U.S. clients.',
      ' Done.',
      '\n\n\nNext',
    ]);
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(SENTENCE_RUNS)('cuts 40,000 characters of it into pieces that add up to it: %s', (_name, make) => {
    const text = make(40_000);
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(0);
  });
});

describe('slidingWindows', () => {
  it('returns short ids whole and cuts long ones into overlapping windows that cover every token', () => {
    expect(slidingWindows([1, 2, 3], 4, 1)).toEqual([[1, 2, 3]]);
    expect(slidingWindows(range(0, 10), 4, 1)).toEqual([
      [0, 1, 2, 3],
      [3, 4, 5, 6],
      [6, 7, 8, 9],
    ]);
    expect(slidingWindows(range(0, 10), 4, 0)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it('rejects a window with no room', () => {
    expect(() => slidingWindows([1], 0, 0)).toThrow(/room/);
  });
});

describe('packSentences', () => {
  it('fills each chunk with whole sentences and never splits one that fits', () => {
    const sentences = [range(0, 3), range(10, 2), range(20, 4), [], range(30, 1)];
    expect(packSentences(sentences, 5, 2)).toEqual([
      [0, 1, 2, 10, 11],
      [20, 21, 22, 23, 30],
    ]);
  });

  it('cuts a sentence longer than the window into overlapping windows and lets its tail take the next sentence', () => {
    const sentences = [range(0, 2), range(10, 7), range(20, 1)];
    expect(packSentences(sentences, 4, 1)).toEqual([[0, 1], [10, 11, 12, 13], [13, 14, 15, 16], [20]]);
    expect(packSentences([range(10, 6), range(20, 1)], 4, 1)).toEqual([
      [10, 11, 12, 13],
      [13, 14, 15, 20],
    ]);
  });

  it('keeps every token of the text exactly once when no sentence is longer than the window', () => {
    const sentences = [range(0, 3), range(3, 4), range(7, 2), range(9, 5), range(14, 1)];
    const chunks = packSentences(sentences, 6, 2);
    expect(chunks.flat()).toEqual(range(0, 15));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(6);
  });
});
