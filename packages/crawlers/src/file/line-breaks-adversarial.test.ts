import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../core/src/testing/scaling.js';
import { textFrom } from '../../../core/src/testing/text-arbitrary.js';
import { LINE_CHUNKS } from './adversarial-inputs.js';
import { lineBreaks } from './line-breaks.js';

const countBreaks = (chunk: string) => {
  let count = 0;
  for (const _ of lineBreaks(chunk, 0)) count++;
  return count;
};

describe('the file crawler’s line breaks', () => {
  // A chunk of the read stream is at most 64 KiB; the time at 32,768 → 65,536 characters is measured by `pnpm bench
  // --only adversarial` (no timings in tests).
  it.each(LINE_CHUNKS)('are each found in a 65,536-character chunk of %s', (_name, make) => {
    const chunk = make(65_536);
    const breaks = [...lineBreaks(chunk, 0)];
    expect(breaks).toHaveLength(chunk.startsWith('x') ? 32_768 : 65_536);
    for (const [start, end] of breaks)
      expect(end - start === 1 && (chunk[start] === '\n' || chunk[start] === '\r')).toBe(true);
  });

  it('are where /\\r\\n|\\r|\\n/ finds them, from any start', () => {
    fc.assert(
      fc.property(textFrom(['a', 'bc', '\n', '\r', '\r\n', '\n\r', ' ']), fc.nat(), (text, offset) => {
        const start = text.length === 0 ? 0 : offset % (text.length + 1);
        const expected = [...text.slice(start).matchAll(/\r\n|\r|\n/g)].map(
          (match) => [start + match.index, start + match.index + match[0].length] as const,
        );
        expect([...lineBreaks(text, start)]).toEqual(expected);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
