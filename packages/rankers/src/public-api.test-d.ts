// Type-level checks of what an integrator of @rolefit/rankers relies on, imported by package name as an app would:
// which settings are required, that a misspelt or mistyped setting does not compile, and that results are precise.
import type { Embedder, Job, Match, Ranker, RankOptions, RankQuery, ValidationError } from '@rolefit/core';
import {
  createBm25Ranker,
  createDefaultRanker,
  createEmbeddingRanker,
  createFusionRanker,
  createLlmRanker,
  createMultiFactorRanker,
  createOccupationRanker,
  EmbeddingModelError,
  DEFAULT_MULTI_FACTOR_WEIGHTS,
  DEFAULT_RANKER_CANDIDATES,
  type DefaultRankerRecipe,
  type DefaultRankerSettings,
  type FusionMethod,
  type FusionSettings,
  InvalidFusionSettingsError,
  InvalidWeightsError,
  LearnedModelFormatError,
  type LlmRanker,
  MULTI_FACTOR_NAMES,
  type MultiFactorName,
  type MultiFactorSettings,
  type MultiFactorWeights,
  SentenceTransformersConfigError,
} from '@rolefit/rankers';
import { assertType, describe, expectTypeOf, it } from 'vitest';

declare const jobs: readonly Job[];
declare const query: RankQuery;

describe('createBm25Ranker', () => {
  it('takes no settings or optional ones, and returns a Ranker', () => {
    expectTypeOf(createBm25Ranker).returns.toEqualTypeOf<Ranker>();
    assertType<Ranker>(createBm25Ranker());
    assertType<Ranker>(createBm25Ranker({ k1: 1.2, b: 0.75, name: 'mine', fieldWeights: { title: 2 } }));
  });

  it('refuses misspelt settings, wrong types and unknown fields', () => {
    // @ts-expect-error k is not a setting (k1 is)
    createBm25Ranker({ k: 1.2 });
    // @ts-expect-error k1 is a number
    createBm25Ranker({ k1: '1.2' });
    // @ts-expect-error salary is no BM25 field
    createBm25Ranker({ fieldWeights: { salary: 1 } });
  });
});

describe('Ranker results', () => {
  it('resolve to matches with a numeric breakdown and skill lists', async () => {
    const matches = await createBm25Ranker().rank(query, jobs, { limit: 10 });
    expectTypeOf(matches).toEqualTypeOf<Match[]>();
    const match = matches[0];
    // noUncheckedIndexedAccess: a ranking may be empty.
    expectTypeOf(match).toEqualTypeOf<Match | undefined>();
    if (match === undefined) return;
    expectTypeOf(match.score).toEqualTypeOf<number>();
    expectTypeOf(match.jobId).toEqualTypeOf<string>();
    expectTypeOf(match.ranker).toEqualTypeOf<string>();
    expectTypeOf(match.matchedSkills).toEqualTypeOf<string[]>();
    expectTypeOf(match.missingSkills).toEqualTypeOf<string[]>();
    expectTypeOf(match.explanation).toEqualTypeOf<string | undefined>();
    // A factor may be missing from a breakdown: reading one is number | undefined, never any.
    expectTypeOf(match.breakdown.skills).toEqualTypeOf<number | undefined>();
    expectTypeOf(match.retrieval).toExtend<object | undefined>();
    if (match.retrieval !== undefined) expectTypeOf(match.retrieval.method).toEqualTypeOf<'all' | 'retrieved'>();
  });

  it('accept only known rank options', () => {
    expectTypeOf<RankOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
    const ranker = createBm25Ranker();
    // @ts-expect-error top is not a rank option (limit is)
    ranker.rank(query, jobs, { top: 10 });
    // @ts-expect-error the query is a RankQuery, not a string
    ranker.rank('nurse', jobs);
  });
});

describe('createMultiFactorRanker', () => {
  it('takes partial weights keyed by factor name', () => {
    expectTypeOf(createMultiFactorRanker).returns.toEqualTypeOf<Ranker>();
    assertType<Ranker>(createMultiFactorRanker({ weights: { skills: 1, title: 0.5 } }));
    expectTypeOf<MultiFactorSettings['weights']>().toEqualTypeOf<Partial<MultiFactorWeights> | undefined>();
    expectTypeOf<MultiFactorWeights>().toEqualTypeOf<Record<MultiFactorName, number>>();
    expectTypeOf<MultiFactorName>().toEqualTypeOf<(typeof MULTI_FACTOR_NAMES)[number]>();
    expectTypeOf<MultiFactorName>().toEqualTypeOf<
      'skills' | 'experience' | 'keywords' | 'title' | 'location' | 'salary' | 'recency'
    >();
    expectTypeOf(DEFAULT_MULTI_FACTOR_WEIGHTS.skills).toEqualTypeOf<number>();
  });

  it('refuses unknown factors and settings, and wrong option values', () => {
    // @ts-expect-error seniority is no factor
    createMultiFactorRanker({ weights: { seniority: 1 } });
    // @ts-expect-error a weight is a number
    createMultiFactorRanker({ weights: { skills: 'high' } });
    // @ts-expect-error weight is not a setting (weights is)
    createMultiFactorRanker({ weight: { skills: 1 } });
    // @ts-expect-error skillOverlap is coverage or cosine
    createMultiFactorRanker({ skillOverlap: 'jaccard' });
    // @ts-expect-error missingEvidence is reweigh or neutral
    createMultiFactorRanker({ missingEvidence: 'ignore' });
    // @ts-expect-error experience settings are checked too
    createMultiFactorRanker({ experience: { halfYears: 2 } });
    // @ts-expect-error now is a clock, not a Date
    createMultiFactorRanker({ now: new Date() });
  });

  it('names the bad factor in InvalidWeightsError', () => {
    expectTypeOf<InvalidWeightsError>().toExtend<ValidationError>();
    expectTypeOf<InvalidWeightsError['factor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InvalidWeightsError['code']>().toEqualTypeOf<'ROLEFIT_VALIDATION'>();
  });
});

describe('createFusionRanker', () => {
  it('requires its member rankers', () => {
    expectTypeOf<FusionSettings['rankers']>().toEqualTypeOf<readonly Ranker[]>();
    expectTypeOf(createFusionRanker).returns.toEqualTypeOf<Ranker>();
    assertType<Ranker>(createFusionRanker({ rankers: [createBm25Ranker(), createMultiFactorRanker()] }));
    assertType<Ranker>(
      createFusionRanker({
        rankers: [createBm25Ranker()],
        method: 'weighted-sum',
        weights: [1],
        normalization: 'z-score',
        pseudoRelevance: false,
        decisiveMember: { ranker: 'bm25', from: 0.7, to: 0.9 },
      }),
    );
    // @ts-expect-error rankers is required
    createFusionRanker({});
    // @ts-expect-error there are no default settings
    createFusionRanker();
  });

  it('refuses unknown methods, normalisations and settings', () => {
    expectTypeOf<FusionMethod>().toEqualTypeOf<'rrf' | 'weighted-sum'>();
    // @ts-expect-error borda is no fusion method
    createFusionRanker({ rankers: [], method: 'borda' });
    // @ts-expect-error normalisation is spelt normalization
    createFusionRanker({ rankers: [], normalisation: 'none' });
    // @ts-expect-error pseudoRelevance is settings or false, not true
    createFusionRanker({ rankers: [], pseudoRelevance: true });
    // @ts-expect-error a decisive member needs from and to
    createFusionRanker({ rankers: [], decisiveMember: { ranker: 'bm25' } });
    // @ts-expect-error members are Rankers, not names
    createFusionRanker({ rankers: ['bm25'] });
  });

  it('names the bad setting in InvalidFusionSettingsError', () => {
    expectTypeOf<InvalidFusionSettingsError>().toExtend<ValidationError>();
    expectTypeOf<InvalidFusionSettingsError['setting']>().toEqualTypeOf<string>();
  });
});

describe('createDefaultRanker', () => {
  it('takes optional settings and returns a Ranker', () => {
    expectTypeOf(createDefaultRanker).parameters.toEqualTypeOf<[settings?: DefaultRankerSettings]>();
    expectTypeOf(createDefaultRanker).returns.toEqualTypeOf<Ranker>();
    assertType<Ranker>(createDefaultRanker({ multiFactor: { weights: { title: 0.2 } } }));
    // @ts-expect-error multiFactor settings are checked too
    createDefaultRanker({ multiFactor: { weights: { seniority: 1 } } });
    // @ts-expect-error bm25 is no default-ranker setting (its weight is in the recipe)
    createDefaultRanker({ bm25: 1 });
  });

  it('takes a recipe whose required parts are required', () => {
    const recipe = DEFAULT_RANKER_CANDIDATES['sum 1:.5:1 +prf .5'];
    // A candidate looked up by name may be absent.
    expectTypeOf(recipe).toEqualTypeOf<Readonly<DefaultRankerRecipe> | undefined>();
    assertType<Ranker>(
      createDefaultRanker({ recipe: { bm25: 1, multiFactor: 0.5, method: 'weighted-sum', pseudoRelevance: false } }),
    );
    // @ts-expect-error pseudoRelevance is required in a recipe
    createDefaultRanker({ recipe: { bm25: 1, multiFactor: 0.5, method: 'rrf' } });
  });
});

describe('a custom Ranker', () => {
  it('fits the Ranker interface and mixes with the shipped ones', () => {
    const mine = {
      name: 'constant',
      async rank(_query: RankQuery, candidates: readonly Job[]): Promise<Match[]> {
        return candidates.map((job) => ({
          jobId: job.id,
          score: 0.5,
          breakdown: {},
          matchedSkills: [],
          missingSkills: [],
          ranker: 'constant',
        }));
      },
    } satisfies Ranker;
    assertType<Ranker>(createFusionRanker({ rankers: [mine, createBm25Ranker()] }));
  });

  it('does not compile when a match lacks a field or rank returns no promise', () => {
    const noScore = {
      name: 'broken',
      async rank(_query: RankQuery, candidates: readonly Job[]) {
        return candidates.map((job) => ({
          jobId: job.id,
          breakdown: {},
          matchedSkills: [],
          missingSkills: [],
          ranker: 'x',
        }));
      },
    };
    // @ts-expect-error a Match needs a score
    assertType<Ranker>(noScore);
    const synchronous = { name: 'sync', rank: (): Match[] => [] };
    // @ts-expect-error rank returns a promise
    assertType<Ranker>(synchronous);
  });
});

describe('the other factories', () => {
  it('require what they cannot default', () => {
    const embedder: Embedder = {
      name: 'e',
      dimensions: 3,
      embed: async (texts) => texts.map(() => new Float32Array(3)),
    };
    assertType<Ranker>(createEmbeddingRanker({ embedder }));
    // @ts-expect-error the embedder is required
    createEmbeddingRanker({});
    expectTypeOf(createLlmRanker({ model: 'model.gguf' })).toEqualTypeOf<LlmRanker>();
    // @ts-expect-error the model is required
    createLlmRanker({ contextSize: 2048 });
    assertType<Ranker>(createOccupationRanker({ weights: { occupation: 1 } }));
    // @ts-expect-error salary is no part of the occupation ranker
    createOccupationRanker({ weights: { salary: 1 } });
  });
});

describe('model errors', () => {
  it('carry the code of their class', () => {
    expectTypeOf(new EmbeddingModelError('no model').code).toEqualTypeOf<'ROLEFIT_EMBEDDING_MODEL'>();
    expectTypeOf<LearnedModelFormatError['code']>().toEqualTypeOf<'ROLEFIT_LEARNED_MODEL_FORMAT'>();
    expectTypeOf<SentenceTransformersConfigError['code']>().toEqualTypeOf<'ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG'>();
    const error = new EmbeddingModelError('no model') as EmbeddingModelError | InvalidFusionSettingsError;
    if (error.code === 'ROLEFIT_VALIDATION') expectTypeOf(error).toEqualTypeOf<InvalidFusionSettingsError>();
    // @ts-expect-error no ranker error has this code
    if (error.code === 'ROLEFIT_EMBEDING_MODEL') void error;
  });
});
