import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinearTime, propertyRuns } from '../../../core/src/testing/scaling.js';
import { textFrom } from '../../../core/src/testing/text-arbitrary.js';
import { lineBreaks } from './line-breaks.js';

const countBreaks = (chunk: string) => {
  let count = 0;
  for (const _ of lineBreaks(chunk, 0)) count++;
  return count;
};

describe('the file crawler’s line breaks', () => {
  // A chunk of the read stream is at most 64 KiB: measured at 32,768 → 65,536 characters of one-character lines. Each
  // line searched the rest of the chunk for a CR (there is none): 0.5 ms for 16 KB, 31 ms for 64 KB.
  it.each([
    ['LF lines', 'x\n'],
    ['CR lines', 'x\r'],
    ['empty LF lines', '\n'],
  ])('are found in linear time in a chunk of %s', (_name, unit) => {
    expectLinearTime(countBreaks, (size) => unit.repeat(Math.floor(size / unit.length)), {
      size: 32_768,
      maxSize: 32_768,
      // A chunk is small: the old search took 2 ms at 32,768, under the default floor of 5 ms for a ratio to count.
      minMilliseconds: 1,
    });
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
