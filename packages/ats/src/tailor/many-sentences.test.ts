import { describe, expect, it } from 'vitest';
import { job, resume } from '../testing/tailor-fixtures.js';
import { tailorResume } from './tailor.js';

// More sentences than a function call takes arguments (~120,000 on Node's default stack): the reader of a generator's
// answer spread a wrapped summary line's sentences into push() and threw "RangeError: Maximum call stack size
// exceeded". The answer is hand-written; the generator is a plain object (no model is needed to return a fixed text).
describe('tailorResume when the summary wraps onto a line of 130,000 sentences', () => {
  it('keeps every sentence in the summary', async () => {
    const generator = {
      name: 'fixed-answer',
      // Short sentences, so that the summary (650,000 characters) stays within core's MAX_LONG_TEXT_LENGTH.
      generate: async () => `SUMMARY: Data analyst.\n${'Led. '.repeat(130_000)}\n`,
    };
    const result = await tailorResume({ resume, job, generator });
    expect(result.resume.summary?.startsWith('Data analyst. Led. Led.')).toBe(true);
    expect(result.resume.summary?.match(/Led\./g)).toHaveLength(130_000);
  });
});
