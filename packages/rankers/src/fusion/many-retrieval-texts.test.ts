import { describe, expect, it } from 'vitest';
import { createFusionRanker } from './fusion-ranker.js';
import { fixedScoreMember } from './test-helpers.js';

// More texts than a function call takes arguments (~120,000 on Node's default stack): the fusion ranker spread each
// member's retrieval texts into push() and threw "RangeError: Maximum call stack size exceeded". A member of one's
// own (hand-written here) may return any number of them.
describe('createFusionRanker retrievalTexts with a member that returns 130,000 texts', () => {
  it('returns all of them', async () => {
    const texts = Array.from({ length: 130_000 }, (_, index) => `skill ${index}`);
    const member = { ...fixedScoreMember('many', {}), retrievalTexts: async () => texts };
    const fusion = createFusionRanker({ rankers: [member, fixedScoreMember('other', {})], pseudoRelevance: false });
    expect(await fusion.retrievalTexts?.({ text: 'x' })).toEqual(texts);
  });
});
