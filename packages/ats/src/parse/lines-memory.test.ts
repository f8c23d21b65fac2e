import { describe, expect, it } from 'vitest';
import { heapKeptAfter, lineOfLongText } from '../../../core/src/testing/retained-heap.js';
import { rememberLines } from './lines.js';
import { parseResumeText } from './parse-resume-text.js';

describe('rememberLines', () => {
  it('keeps no more than the lines it remembers and what it read of them, not the long texts they were cut from', () => {
    // A reader remembering 64 lines cut from distinct texts of 1,000,000 characters, and a part of each: remembered as
    // cut, each line (and the part cut from it) held its whole text, about 64 MB.
    const firstWords = rememberLines((text: string) => text.slice(0, 20));
    const kept = heapKeptAfter(64, (index) =>
      expect(firstWords(lineOfLongText(`Bachelor of Science in Biology ${index}`, 1_000_000))).toBe(
        'Bachelor of Science ',
      ),
    );
    expect(kept).toBeLessThan(8_000_000);
  });
});

describe('parseResumeText', () => {
  it('keeps none of the résumés it has read', () => {
    // The readers' module-level caches remember short lines; each a part of its résumé, each held its whole résumé
    // (32 résumés of 200,000 characters read one after another: about 6.4 MB). One first: what the readers build once
    // (patterns, tables) is not counted. The least of three rounds of new résumés: a cache that keeps résumés keeps each
    // round's (6.4 MB every time), while code the engine compiles or installs late during one round (a busy machine,
    // another test file in the next process: 17.5 MB in one CI run) shows in that round only.
    const resume = (index: number) =>
      `Jane Doe\nEducation\nBachelor of Science in Biology ${index}\nHill College ${index}, 2010\nExperience\nProgram Manager ${index}\nAcme Corp ${index}\n2015 - 2019\n${'.'.repeat(200_000)}\n`;
    parseResumeText(resume(-1));
    const rounds = [0, 1, 2].map((round) =>
      heapKeptAfter(32, (index) => parseResumeText(resume(round * 1_000 + index))),
    );
    expect(Math.min(...rounds)).toBeLessThan(3_000_000);
  });
});
