import { describe, expect, it } from 'vitest';
import { SENTENCE_TEXTS } from './adversarial-inputs.js';
import { sentenceSpans } from './sentences.js';

const pieces = (text: string) => sentenceSpans(text).map(([start, end]) => text.slice(start, end));
const sentences = (text: string) => pieces(text).map((piece) => piece.trim());

describe('sentenceSpans', () => {
  it('ends sentences at stops and line breaks, the whitespace after one belonging to it, covering the text', () => {
    const text = 'We build APIs. You know Go!\n- Docker\n- Kubernetes (nice to have.) Apply now?  Thanks';
    expect(pieces(text)).toEqual([
      'We build APIs. ',
      'You know Go!\n',
      '- Docker\n',
      '- Kubernetes (nice to have.) ',
      'Apply now?  ',
      'Thanks',
    ]);
    expect(pieces(text).join('')).toBe(text);
    expect(sentenceSpans('')).toEqual([]);
  });

  it('does not end a sentence at decimals, versions, "e.g." or a stop before a lower-case word', () => {
    expect(pieces('Node.js 20.1 and Python 3.12 for 2.5 years, e.g. in Acme Inc. in 2020.')).toHaveLength(1);
  });

  it('does not end a sentence at a title, a common abbreviation or an initial before a capitalised word', () => {
    expect(sentences('Reported to Dr. Jones and Mr. J. Smith at the U.S. Army. Then left. Java vs. Python.')).toEqual([
      'Reported to Dr. Jones and Mr. J. Smith at the U.S. Army.',
      'Then left.',
      'Java vs. Python.',
    ]);
    // An abbreviation at a line's end still ends there: the line break does.
    expect(sentences('Worked at Acme Inc.\nLed a team.')).toEqual(['Worked at Acme Inc.', 'Led a team.']);
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(SENTENCE_TEXTS)('cuts 40,000 characters of it into sentences that cover it, in order: %s', (_name, make) => {
    const text = make(40_000);
    let previous = 0;
    for (const [start, end] of sentenceSpans(text)) {
      expect(start).toBe(previous);
      expect(end).toBeGreaterThan(start);
      previous = end;
    }
    expect(previous).toBe(text.length);
  });

  it('cuts a megabyte without punctuation at spaces into runs of at most 2,000 characters that cover it', () => {
    const text = 'word '.repeat(200_000);
    const spans = sentenceSpans(text);
    expect(spans.every(([start, end]) => end - start <= 2_000 && text[end - 1] === ' ')).toBe(true);
    expect(pieces(text).join('')).toBe(text);
  });

  it('finds the same boundaries across its internal windows as in one piece', () => {
    const sentence = 'Reported to Dr. Jones on the U.S. project, e.g. a 2.5 year plan. ';
    const text = sentence.repeat(200);
    const spans = sentenceSpans(text);
    expect(spans).toHaveLength(200);
    expect(spans.every(([start, end]) => text.slice(start, end) === sentence)).toBe(true);
  });
});
