import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../testing/scaling.js';
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

  it('stays linear on hostile input: no punctuation, only stops, abbreviations, spaces', () => {
    expectLinearTime(
      (text: string) => sentenceSpans(text),
      (size) => 'a'.repeat(size),
    );
    expectLinearTime(
      (text: string) => sentenceSpans(text),
      (size) => '.'.repeat(size),
    );
    expectLinearTime(
      (text: string) => sentenceSpans(text),
      (size) => 'Dr. '.repeat(size / 4),
    );
    expectLinearTime(
      (text: string) => sentenceSpans(text),
      (size) => `A.${' '.repeat(size)}B`,
    );
    expectLinearTime(
      (text: string) => sentenceSpans(text),
      (size) => 'Go. '.repeat(size / 4),
    );
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
