import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createTrainableFusionRanker } from '../fusion/index.js';
import { isTrainableRanker } from './trainable.js';

describe('isTrainableRanker', () => {
  it('tells a ranker that must be fitted first from a ready one', () => {
    const bm25 = createBm25Ranker();
    expect(isTrainableRanker(createTrainableFusionRanker({ rankers: [bm25] }))).toBe(true);
    expect(isTrainableRanker(bm25)).toBe(false);
    expect(isTrainableRanker(null as never)).toBe(false);
  });
});
