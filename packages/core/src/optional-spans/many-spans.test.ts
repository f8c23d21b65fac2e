import { describe, expect, it } from 'vitest';
import { findOptionalSpans } from './optional-spans.js';

// More spans than a function call takes arguments (~120,000 on Node's default stack): a `push(...spans)` of one
// sentence's spans threw "RangeError: Maximum call stack size exceeded". Hand-written input.
describe('findOptionalSpans on one sentence of 130,000 cued parentheses', () => {
  it('returns a span for each of them', () => {
    const text = `Python ${'(a plus) '.repeat(130_000)}and SQL`;
    const spans = findOptionalSpans(text);
    expect(spans).toHaveLength(130_000);
    expect(text.slice(spans[0]![0], spans[0]![1])).toBe('(a plus)');
  });
});
