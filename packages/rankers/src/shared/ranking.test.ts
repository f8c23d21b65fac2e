import { describe, expect, it } from 'vitest';
import { firstOfEachId } from './ranking.js';

describe('firstOfEachId', () => {
  it('keeps the first item of each id, in the order given', () => {
    const items = [
      { id: 'b', n: 1 },
      { id: 'a', n: 2 },
      { id: 'b', n: 3 },
      { id: 'c', n: 4 },
      { id: 'a', n: 5 },
    ];
    expect(firstOfEachId(items, (item) => item.id).map((item) => item.n)).toEqual([1, 2, 4]);
    expect(firstOfEachId([], (item: { id: string }) => item.id)).toEqual([]);
  });
});
