// Fusion and pseudo-relevance say why a member is no Ranker with core's rankerProblem, as the pipeline does: what
// they got (null, an object without a name) and, for an uncalled factory, to call it. Before, each had its own test
// and message ("must be a Ranker with a non-empty name", whatever the member was).
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createPseudoRelevanceRanker } from '../pseudo-relevance/index.js';
import { InvalidFusionSettingsError, resolveFusionSettings } from './settings.js';

describe('a member that is no Ranker', () => {
  it('fusion names the member and what it got, keeping its typed error', () => {
    const bm25 = createBm25Ranker();
    expect(() => resolveFusionSettings({ rankers: [bm25, null as never] })).toThrow(
      'Invalid FusionSettings: rankers.1: must be a Ranker (an object with a name and rank()), got null',
    );
    expect(() => resolveFusionSettings({ rankers: [createBm25Ranker as never] })).toThrow(
      'rankers.0: must be a Ranker, got a function (call the factory: createBm25Ranker())',
    );
    expect(() => resolveFusionSettings({ rankers: [{ ...bm25, name: ' ' }] })).toThrow(InvalidFusionSettingsError);
    expect(() => resolveFusionSettings({ rankers: [{ ...bm25, name: ' ' }] })).toThrow('a non-empty name');
  });

  it('pseudo-relevance names the ranker setting and what it got', () => {
    expect(() => createPseudoRelevanceRanker({ ranker: createBm25Ranker as never })).toThrow(
      'Invalid PseudoRelevanceRankerSettings: ranker: must be a Ranker, got a function (call the factory',
    );
    expect(() => createPseudoRelevanceRanker({ ranker: 42 as never })).toThrow(
      expect.objectContaining({ setting: 'ranker', message: expect.stringContaining('got a number (42)') }),
    );
  });
});
