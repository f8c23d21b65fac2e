import { parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createFusionRanker } from './fusion-ranker.js';
import { InvalidFusionSettingsError } from './settings.js';
import { fixedScoreMember } from './test-helpers.js';

const member = fixedScoreMember;
const jobs = ['shared-words', 'some-words', 'no-words'].map((id) => parseJob({ id, source: 'test', title: id }));
const lexical = member('lexical', { 'shared-words': 0.4, 'some-words': 0.1, 'no-words': 0 });
const coarse = member('coarse', { 'shared-words': 0.9, 'some-words': 0.9, 'no-words': 0.9 });

describe('fusion with an agreement boost', () => {
  it("grows the boosted member's weight per job by the other member's score over `at`, a weighted mean per job", async () => {
    const fusion = createFusionRanker({
      rankers: [lexical, coarse],
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
      agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 2, at: 0.2 },
    });
    const scores = new Map((await fusion.rank({ text: 'x' }, jobs)).map((match) => [match.jobId, match.score]));
    // shared-words: lexical 0.4 ≥ at, coarse weighs 1 + 2 = 3: (0.4 + 3 · 0.9) / 4.
    expect(scores.get('shared-words')).toBeCloseTo((0.4 + 3 * 0.9) / 4, 12);
    // some-words: agreement 0.1 / 0.2 = ½, coarse weighs 2: (0.1 + 2 · 0.9) / 3.
    expect(scores.get('some-words')).toBeCloseTo((0.1 + 2 * 0.9) / 3, 12);
    // no-words: no agreement, the plain mean.
    expect(scores.get('no-words')).toBeCloseTo(0.45, 12);
    // The same settings without the boost: the plain mean everywhere.
    const plain = createFusionRanker({
      rankers: [lexical, coarse],
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
    });
    const plainScores = new Map((await plain.rank({ text: 'x' }, jobs)).map((match) => [match.jobId, match.score]));
    expect(plainScores.get('some-words')).toBeCloseTo(0.5, 12);
  });

  it('scores a job the same in any batch (the boost reads only that job’s own member scores)', async () => {
    const fusion = createFusionRanker({
      rankers: [lexical, coarse],
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
      agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 2, at: 0.2 },
    });
    const all = await fusion.rank({ text: 'x' }, jobs);
    const alone = await fusion.rank({ text: 'x' }, [jobs[1]!]);
    expect(alone[0]!.score).toBe(all.find((match) => match.jobId === 'some-words')!.score);
  });

  it('refuses an unusable boost, naming the setting', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ agreementBoost: { ranker: 'missing', agreesWith: 'lexical', weight: 2, at: 0.2 } }, 'agreementBoost.ranker'],
      [{ agreementBoost: { ranker: 'coarse', agreesWith: 'coarse', weight: 2, at: 0.2 } }, 'agreementBoost.agreesWith'],
      [{ agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 0, at: 0.2 } }, 'agreementBoost.weight'],
      [{ agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 2, at: 0 } }, 'agreementBoost.at'],
      [{ agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 2, at: 1.5 } }, 'agreementBoost.at'],
      [
        { method: 'rrf', agreementBoost: { ranker: 'coarse', agreesWith: 'lexical', weight: 2, at: 0.2 } },
        'agreementBoost',
      ],
    ];
    for (const [settings, setting] of cases) {
      const create = () =>
        createFusionRanker({
          rankers: [lexical, coarse],
          method: 'weighted-sum',
          pseudoRelevance: false,
          ...settings,
        } as never);
      expect(create).toThrow(InvalidFusionSettingsError);
      try {
        create();
      } catch (error) {
        expect((error as InvalidFusionSettingsError).setting).toBe(setting);
      }
    }
  });

  it('asks the members that run for their retrievalTexts (not a member weighted 0)', async () => {
    const withTexts = (name: string, text: string) => ({
      ...member(name, {}),
      retrievalTexts: async () => [text],
    });
    const fusion = createFusionRanker({
      rankers: [withTexts('a', 'text of a'), withTexts('b', 'text of b'), withTexts('c', 'text of c')],
      method: 'weighted-sum',
      weights: [1, 0, 2],
      pseudoRelevance: false,
    });
    expect(await fusion.retrievalTexts!({ text: 'x' })).toEqual(['text of c', 'text of a']);
  });
});
