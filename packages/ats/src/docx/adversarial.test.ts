// What the hostile document parts of adversarial-inputs.ts read as; their time at n and 2n boxes is measured by
// `pnpm bench --only adversarial` (bench/adversarial-cases.ts; no timings in tests).
import { describe, expect, it } from 'vitest';
import { FLOATING_BOXES, HOSTILE_NOTES } from './adversarial-inputs.js';
import { isResumeParseError } from '../parse/errors.js';
import { wordXmlToLines } from './word-xml.js';

describe('wordXmlToLines on hostile floating boxes and group shapes', () => {
  it.each(FLOATING_BOXES)('reads each box of 4,000 of them once, in at most a line each: %s', (_name, make) => {
    const lines = wordXmlToLines(make(4_000)).lines;
    const words = lines.flatMap((line) => line.split(/\s+/)).filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(4_000);
    expect(lines.length).toBeGreaterThan(0);
    // Every box's text is read, and no box's text twice (a nested group's or box's lines are not copied again).
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeGreaterThanOrEqual(4_000 - 60);
  });

  it('reads the boxes of a paragraph nested 60 deep in boxes in file order around the laid-out innermost paragraph', () => {
    const [, make] = FLOATING_BOXES.find(([name]) => name.startsWith('n lines in boxes nested')) ?? [];
    const lines = wordXmlToLines((make as (size: number) => string)(2_000)).lines;
    // The innermost paragraph's 1,940 boxes in two columns, left then right, then each level's box beside it.
    expect(lines.slice(0, 2)).toEqual(['w0', 'w2']);
    expect(lines.slice(-2)).toEqual(['level58', 'level59']);
    expect(lines).toHaveLength(2_000);
  });
});

describe('wordXmlToLines on hostile footnotes and endnotes', () => {
  it.each(HOSTILE_NOTES)(
    'reads 40,000 characters of them, at most a note a paragraph, or refuses them as too-large: %s',
    (_name, make) => {
      try {
        const readout = wordXmlToLines(make(40_000));
        expect(readout.notes.length).toBeLessThanOrEqual(readout.lines.length + 1);
        // A note's lines are its own: all the notes together hold no more lines than the part.
        expect(readout.notes.reduce((sum, note) => sum + note.lines.length, 0)).toBeLessThanOrEqual(
          readout.lines.length,
        );
      } catch (error) {
        expect(isResumeParseError(error, 'too-large')).toBe(true);
      }
    },
  );
});
