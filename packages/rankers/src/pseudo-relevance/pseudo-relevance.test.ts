import { describe, expect, it } from 'vitest';
import {
  applyPseudoRelevance,
  DEFAULT_PSEUDO_RELEVANCE,
  InvalidPseudoRelevanceSettingsError,
  resolvePseudoRelevanceSettings,
  similarityToTop,
  topPositions,
} from './pseudo-relevance.js';
import type { TermVector } from './job-vectors.js';

// Hand-made unit vectors: x and y are orthogonal, d is halfway between.
const x: TermVector = new Map([['x', 1]]);
const y: TermVector = new Map([['y', 1]]);
const d: TermVector = new Map([
  ['x', Math.SQRT1_2],
  ['y', Math.SQRT1_2],
]);

describe('similarityToTop', () => {
  it('averages the cosine to the best `depth` jobs, leaving each job itself out', () => {
    // Scores put a (x) and b (x) on top; c is d, e is y.
    const scores = [0.9, 0.8, 0.5, 0.1];
    const vectors = [x, x, d, y];
    const ids = ['a', 'b', 'c', 'e'];
    // depth 2 → top = a, b. a sees only b (1); b sees only a (1); c sees both (√½); e sees both (0).
    expect(similarityToTop(scores, vectors, ids, 2)).toEqual([1, 1, expect.closeTo(Math.SQRT1_2, 12), 0]);
    // depth 3 → top = a, b, c. a: (1 + √½) / 2; c: (1 + 1) / 2 of the two x jobs; e: (0 + 0 + √½) / 3.
    const deeper = similarityToTop(scores, vectors, ids, 3);
    expect(deeper[0]).toBeCloseTo((1 + Math.SQRT1_2) / 2, 12);
    expect(deeper[2]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(deeper[3]).toBeCloseTo(Math.SQRT1_2 / 3, 12);
  });

  it('breaks equal scores by id, not by input order', () => {
    // a and b tie; depth 1 takes "a" whichever comes first.
    expect(similarityToTop([0.5, 0.5, 0.1], [y, x, x], ['b', 'a', 'c'], 1)).toEqual([0, 0, 1]);
    expect(similarityToTop([0.5, 0.5, 0.1], [x, y, x], ['a', 'b', 'c'], 1)).toEqual([0, 0, 1]);
  });

  it('rejects inputs of different lengths', () => {
    expect(() => similarityToTop([1, 0], [x], ['a', 'b'], 1)).toThrow(RangeError);
  });
});

describe('applyPseudoRelevance', () => {
  it('computes (minmax(score) + w · minmax(similarity)) / (1 + w), worked by hand', () => {
    // b and c tie on score; c resembles the top job a, b does not, so c moves ahead.
    const result = applyPseudoRelevance([0.9, 0.5, 0.5, 0.1], [x, y, d, y], ['a', 'b', 'c', 'e'], {
      depth: 1,
      weight: 0.5,
    });
    expect(result).toBeDefined();
    // Similarity to a: a itself 0 (left out), b 0, c √½, e 0 → normalised 0, 0, 1, 0.
    expect(result!.similarity).toEqual([0, 0, 1, 0]);
    expect(result!.scores[0]).toBeCloseTo(1 / 1.5, 12);
    expect(result!.scores[1]).toBeCloseTo(0.5 / 1.5, 12);
    expect(result!.scores[2]).toBeCloseTo((0.5 + 0.5) / 1.5, 12);
    expect(result!.scores[3]).toBeCloseTo(0, 12);
  });

  it('says nothing when it cannot: weight 0, one job, equal scores or equal similarities', () => {
    const settings = { depth: 2, weight: 0.5, minimumJobs: 2, maximumShare: 1 };
    expect(applyPseudoRelevance([0.9, 0.1], [x, y], ['a', 'b'], { ...settings, weight: 0 })).toBeUndefined();
    expect(applyPseudoRelevance([0.9], [x], ['a'], settings)).toBeUndefined();
    expect(applyPseudoRelevance([0.4, 0.4, 0.4], [x, y, d], ['a', 'b', 'c'], settings)).toBeUndefined();
    expect(applyPseudoRelevance([0.9, 0.5, 0.1], [x, x, x], ['a', 'b', 'c'], settings)).toBeUndefined();
  });
});

describe('applyPseudoRelevance without batch scaling', () => {
  it('computes (score + w · similarityToTop) / (1 + w) on the scores and cosines as they are, worked by hand', () => {
    const result = applyPseudoRelevance([0.9, 0.5, 0.5, 0.1], [x, y, d, y], ['a', 'b', 'c', 'e'], {
      depth: 1,
      weight: 0.5,
      normalization: 'none',
    })!;
    // Similarity to a: a itself 0 (left out), b 0, c √½, e 0, not rescaled.
    expect(result.similarity).toEqual([0, 0, expect.closeTo(Math.SQRT1_2, 12), 0]);
    expect(result.scores[0]).toBeCloseTo(0.9 / 1.5, 12);
    expect(result.scores[1]).toBeCloseTo(0.5 / 1.5, 12);
    expect(result.scores[2]).toBeCloseTo((0.5 + 0.5 * Math.SQRT1_2) / 1.5, 12);
    expect(result.scores[3]).toBeCloseTo(0.1 / 1.5, 12);
  });

  it('gives a job the same score in any batch that holds the same best jobs, from 2 to 10,000 jobs', () => {
    // The two best jobs (x and d) and then n − 2 others, alternately like x and like y, all scored below them.
    const settings = { depth: 2, weight: 1, maximumShare: 1, normalization: 'none' as const };
    const batch = (size: number) => {
      const scores = [0.9, 0.8, ...Array.from({ length: size - 2 }, (_, index) => 0.5 - index / (4 * size))];
      const vectors = [x, d, ...Array.from({ length: size - 2 }, (_, index) => (index % 2 === 0 ? x : y))];
      const ids = scores.map((_, index) => `job-${String(index).padStart(5, '0')}`);
      return { scores, vectors, ids };
    };
    const largest = batch(10_000);
    const whole = applyPseudoRelevance(largest.scores, largest.vectors, largest.ids, settings)!;
    for (const size of [2, 3, 10, 100, 1000]) {
      // The same jobs at the head of each batch; a job's score differs only when it is not the same job.
      const subset = {
        scores: largest.scores.slice(0, size),
        vectors: largest.vectors.slice(0, size),
        ids: largest.ids.slice(0, size),
      };
      const result = applyPseudoRelevance(subset.scores, subset.vectors, subset.ids, settings)!;
      for (let position = 0; position < size; position += 1)
        expect(result.scores[position]).toBeCloseTo(whole.scores[position]!, 12);
      for (const score of result.scores) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
    // Min-max scaling, by contrast, gives the same job another score once the batch's lowest score changes.
    const scaled = (size: number) =>
      applyPseudoRelevance(largest.scores.slice(0, size), largest.vectors.slice(0, size), largest.ids.slice(0, size), {
        ...settings,
        normalization: 'min-max',
      })!.scores[1]!;
    expect(scaled(10)).not.toBeCloseTo(scaled(10_000), 6);
  });
});

describe('applyPseudoRelevance on small and large batches', () => {
  it('leaves a batch smaller than minimumJobs alone', () => {
    const scores = [0.9, 0.5, 0.1];
    const settings = { depth: 1, weight: 0.5, minimumJobs: 4, maximumShare: 1 };
    expect(applyPseudoRelevance(scores, [x, y, x], ['a', 'b', 'c'], settings)).toBeUndefined();
    expect(applyPseudoRelevance([...scores, 0.3], [x, y, x, y], ['a', 'b', 'c', 'd'], settings)).toBeDefined();
  });

  it('takes at most maximumShare of the batch as the best jobs', () => {
    // Eight jobs, depth 3 but share 0.25: only the top two (a: x, b: y) stand for what the person wants; the
    // third-best (c) is compared with them rather than counted among them.
    const scores = [0.9, 0.8, 0.7, 0.3, 0.2, 0.1, 0.05, 0.01];
    const vectors = [x, y, d, x, d, d, y, d];
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const capped = applyPseudoRelevance(scores, vectors, ids, {
      depth: 3,
      weight: 1,
      minimumJobs: 2,
      maximumShare: 0.25,
      normalization: 'none',
    })!;
    // c is not among the best two: its similarity is to a and b, (√½ + √½) / 2.
    expect(capped.similarity[2]).toBeCloseTo(Math.SQRT1_2, 12);
    const uncapped = applyPseudoRelevance(scores, vectors, ids, {
      depth: 3,
      weight: 1,
      minimumJobs: 2,
      maximumShare: 1,
      normalization: 'none',
    })!;
    // With c among the best three, d (x) sees a (1), b (0) and c (√½).
    expect(uncapped.similarity[3]).toBeCloseTo((1 + Math.SQRT1_2) / 3, 12);
    expect(capped.similarity[3]).toBeCloseTo(1 / 2, 12);
  });

  it('does not run when the share leaves one best job where depth asks for more', () => {
    // Three jobs at share 0.5 leave one best job (a). Left out of its own comparison a would get similarity 0 while c,
    // a lower-scored copy of it, gets 1: unscaled, c would end at (0.8 + 0.5) / 1.5 above a at 0.9 / 1.5, on
    // resemblance alone. The step keeps the scores instead.
    const scores = [0.9, 0.85, 0.8];
    const vectors = [x, y, x];
    const ids = ['a', 'b', 'c'];
    for (const normalization of ['min-max', 'none'] as const) {
      for (const jobs of [2, 3]) {
        const settings = { depth: 5, weight: 0.5, minimumJobs: 2, maximumShare: 0.5, normalization };
        expect(
          applyPseudoRelevance(scores.slice(0, jobs), vectors.slice(0, jobs), ids.slice(0, jobs), settings),
        ).toBeUndefined();
      }
      // Four jobs give two best jobs, and the step runs; depth 1 asked for runs on any batch.
      expect(
        applyPseudoRelevance([...scores, 0.1], [...vectors, d], [...ids, 'd'], {
          depth: 5,
          weight: 0.5,
          maximumShare: 0.5,
          normalization,
        }),
      ).toBeDefined();
      expect(applyPseudoRelevance(scores, vectors, ids, { depth: 1, weight: 0.5, normalization })).toBeDefined();
    }
  });
});

describe('resolvePseudoRelevanceSettings', () => {
  it('fills in the defaults and names a bad setting', () => {
    expect(resolvePseudoRelevanceSettings()).toEqual(DEFAULT_PSEUDO_RELEVANCE);
    expect(resolvePseudoRelevanceSettings({ depth: 3 })).toEqual({
      depth: 3,
      weight: 0.5,
      minimumJobs: 2,
      maximumShare: 1,
      normalization: 'min-max',
    });
    const cases: Array<[unknown, string]> = [
      [{ depth: 0 }, 'pseudoRelevance.depth'],
      [{ depth: 2.5 }, 'pseudoRelevance.depth'],
      [{ weight: -1 }, 'pseudoRelevance.weight'],
      [{ weight: Number.NaN }, 'pseudoRelevance.weight'],
      [null, 'pseudoRelevance'],
      [{ minimumJobs: 1 }, 'pseudoRelevance.minimumJobs'],
      [{ minimumJobs: 3.5 }, 'pseudoRelevance.minimumJobs'],
      [{ maximumShare: 0 }, 'pseudoRelevance.maximumShare'],
      [{ maximumShare: 1.5 }, 'pseudoRelevance.maximumShare'],
      [{ normalization: 'z-score' }, 'pseudoRelevance.normalization'],
    ];
    for (const [settings, setting] of cases) {
      let caught: unknown;
      try {
        resolvePseudoRelevanceSettings(settings as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, setting).toBeInstanceOf(InvalidPseudoRelevanceSettingsError);
      expect((caught as InvalidPseudoRelevanceSettingsError).setting).toBe(setting);
    }
  });
});

describe('topPositions', () => {
  /** What it gave before it kept only the best while reading: every position sorted. */
  const sortedTop = (scores: readonly number[], tieKeys: readonly string[], depth: number) =>
    scores
      .map((_, position) => position)
      .sort(
        (left, right) =>
          scores[right]! - scores[left]! ||
          (tieKeys[left]! < tieKeys[right]! ? -1 : tieKeys[left]! > tieKeys[right]! ? 1 : left - right),
      )
      .slice(0, depth);

  it('gives the first positions of the whole sort, ties by key then position, for any depth', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    for (let round = 0; round < 200; round += 1) {
      const size = 1 + Math.floor(random() * 60);
      // Few distinct scores and keys, so ties are common; -0 and 0 both appear.
      const scores = Array.from({ length: size }, () => [0, -0, 0.25, 0.5, 0.5, 1][Math.floor(random() * 6)]!);
      const keys = Array.from({ length: size }, () => `job-${Math.floor(random() * 8)}`);
      for (const depth of [1, 2, 3, 5, 10, size, size + 3])
        expect(topPositions(scores, keys, depth), `round ${round} depth ${depth}`).toEqual(
          sortedTop(scores, keys, depth),
        );
    }
  });

  it('sorts the whole batch when a score is NaN, as before', () => {
    const scores = Array.from({ length: 40 }, (_, index) => (index === 17 ? Number.NaN : (index * 37) % 11));
    const keys = scores.map((_, index) => `job-${index % 5}`);
    expect(topPositions(scores, keys, 5)).toEqual(sortedTop(scores, keys, 5));
  });
});
