import { describe, expect, it } from 'vitest';
import * as ats from '@rolefit/ats';
import * as career from '@rolefit/career';
import * as core from '@rolefit/core';
import * as crawlers from '@rolefit/crawlers';
import * as rankers from '@rolefit/rankers';
import * as notify from '@rolefit/notify';
import * as storeElastic from '@rolefit/store-elastic';

// Every error class a package exports extends core's RolefitError, so it carries a stable `code` (and `field` /
// `setting` where it is about one).

const packages: Record<string, Record<string, unknown>> = {
  core,
  crawlers,
  rankers,
  ats,
  'store-elastic': storeElastic,
  notify,
};

function errorClasses(exports: Record<string, unknown>): Array<[string, new (...args: never[]) => Error]> {
  return Object.entries(exports).filter((entry): entry is [string, new (...args: never[]) => Error] => {
    const value = entry[1];
    return typeof value === 'function' && value.prototype instanceof Error;
  });
}

describe('every exported error class is a RolefitError with a code', () => {
  for (const [name, exports] of Object.entries(packages)) {
    it(`@rolefit/${name}`, () => {
      const classes = errorClasses(exports);
      expect(classes.length).toBeGreaterThan(0);
      const outside = classes.filter(
        ([exported, value]) => !(value.prototype instanceof core.RolefitError) && value !== core.RolefitError,
      );
      expect(outside.map(([exported]) => exported)).toEqual([]);
    });
  }

  it('gives instances their code, and settings errors their setting', () => {
    const samples: core.RolefitError[] = [
      new core.ValidationError('Job', [{ path: 'title', message: 'required', code: 'invalid_type' }]),
      core.invalidSetting('HttpClientSettings', 'maxRetries', 'must be ≥ 0'),
      new core.OptionalDependencyError('some-package', 'A feature'),
      new core.StoreWriteError('stopped', { inserted: 0, updated: 0, failed: [] }),
      new core.VectorDimensionError(3, 4),
      new crawlers.HttpStatusError(503, 'https://example.com/'),
      new crawlers.RateLimitedError('https://example.com/', 429, 60_000, 30_000),
      new ats.ResumeParseError('encrypted', 'the PDF is encrypted'),
      new ats.GeneratorDependencyError('node-llama-cpp'),
      new ats.ModelFileNotFoundError('/nowhere/model.gguf'),
      new storeElastic.ElasticClientMissingError(),
      new storeElastic.ElasticPagingError(9_995, 10, 10_000),
      new rankers.LearnedModelFormatError('not a model', undefined),
      new rankers.EmbeddingModelError('no model at /nowhere'),
      new rankers.SentenceTransformersConfigError('not JSON', '/nowhere/modules.json'),
    ];
    for (const error of samples) {
      expect(error).toBeInstanceOf(core.RolefitError);
      expect(error.code).toMatch(/^[A-Za-z][\w-]*$/);
    }
    expect(samples.map((error) => error.code)).toEqual([
      'ROLEFIT_VALIDATION',
      'ROLEFIT_VALIDATION',
      'ROLEFIT_OPTIONAL_DEPENDENCY',
      'ROLEFIT_STORE_WRITE',
      'ROLEFIT_VECTOR_DIMENSION',
      'ROLEFIT_HTTP_STATUS',
      'ROLEFIT_RATE_LIMITED',
      'encrypted',
      'ROLEFIT_OPTIONAL_DEPENDENCY',
      'ROLEFIT_MODEL_FILES',
      'ROLEFIT_OPTIONAL_DEPENDENCY',
      'ROLEFIT_VALIDATION',
      'ROLEFIT_LEARNED_MODEL_FORMAT',
      'ROLEFIT_EMBEDDING_MODEL',
      'ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG',
    ]);
    expect(samples[0]!.field).toBe('title');
    expect(samples[1]).toMatchObject({ setting: 'maxRetries', field: 'maxRetries' });
    expect(samples[11]!.field).toBe('offset');
  });

  it('keeps instanceof of the existing classes, the three missing-dependency errors included', () => {
    const generator = new ats.GeneratorDependencyError('node-llama-cpp');
    const elastic = new storeElastic.ElasticClientMissingError();
    for (const error of [generator, elastic]) expect(error).toBeInstanceOf(core.OptionalDependencyError);
    expect(generator).toBeInstanceOf(ats.GeneratorDependencyError);
    expect(elastic).toBeInstanceOf(storeElastic.ElasticClientMissingError);
    expect(new ats.ModelFileNotFoundError('/x.gguf')).toBeInstanceOf(core.ModelFilesError);
    expect(new crawlers.HttpStatusError(500, 'https://example.com/')).toBeInstanceOf(crawlers.CrawlError);
    expect(new storeElastic.ElasticPagingError(1, 2, 3)).toBeInstanceOf(core.ValidationError);
    expect(core.isValidationError(core.invalidSetting('S', 'k', 'bad'))).toBe(true);
    expect(core.isRolefitError(new core.VectorDimensionError(1, 2), 'ROLEFIT_VECTOR_DIMENSION')).toBe(true);
  });

  it('rejects an out-of-range setting of a factory with a ValidationError naming the setting, never a bare RangeError', async () => {
    // Each factory (or settings-taking function) given one bad setting: what it throws, and the setting it names.
    const cases: Array<[string, () => unknown, string]> = [
      ['createMemoryStore', () => core.createMemoryStore({ rescoreCandidates: 0 }), 'rescoreCandidates'],
      ['createLlmRanker sequences', () => rankers.createLlmRanker({ model: 'x.gguf', sequences: 0 }), 'sequences'],
      [
        'createLlmRanker maxJobTokens',
        () => rankers.createLlmRanker({ model: 'x.gguf', maxJobTokens: -1 }),
        'maxJobTokens',
      ],
      [
        'createTransformersEmbedder batchSize',
        () => rankers.createTransformersEmbedder({ model: 'x', batchSize: 0 }),
        'batchSize',
      ],
      [
        'createTransformersEmbedder chunking',
        () => rankers.createTransformersEmbedder({ model: 'x', chunking: 'pages' as never }),
        'chunking',
      ],
      [
        'createTransformersEmbedder workers',
        () => rankers.createTransformersEmbedder({ model: 'x', workers: -1 }),
        'workers',
      ],
      ['createMemoryEmbeddingCache', () => rankers.createMemoryEmbeddingCache(0), 'maxEntries'],
      ['createRankerFromRecipe', () => rankers.createRankerFromRecipe({ bm25: 0, multiFactor: 0 } as never), 'recipe'],
      [
        'recommendSpecialisations weights',
        () => career.recommendSpecialisations({ jobs: [], weights: { salary: -1 } } as never),
        'weights.salary',
      ],
    ];
    for (const [label, make, setting] of cases) {
      let thrown: unknown;
      try {
        await make();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, label).toBeInstanceOf(core.ValidationError);
      expect(thrown, label).toMatchObject({ code: 'ROLEFIT_VALIDATION', setting });
    }
    const store = core.createMemoryStore();
    await expect(rankers.feedbackToExamples(store, 'someone', { actionGrades: { apply: 5 } })).rejects.toMatchObject({
      code: 'ROLEFIT_VALIDATION',
      setting: 'actionGrades.apply',
    });
    await expect(
      career.fetchCourseSearches([], {
        crawlerFor: () => ({ name: 'none', crawl: async function* () {} }) as never,
        limit: 0,
      }),
    ).rejects.toMatchObject({ code: 'ROLEFIT_VALIDATION', setting: 'limit' });
  });

  it('matches a Rolefit error from another copy of the package by its mark', () => {
    const foreign = new Error('from another bundle');
    Object.defineProperty(foreign, Symbol.for('rolefit.error'), { value: true });
    expect(foreign).toBeInstanceOf(core.RolefitError);
    expect(new Error('plain')).not.toBeInstanceOf(core.RolefitError);
  });
});
