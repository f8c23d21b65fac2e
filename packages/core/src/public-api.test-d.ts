// Type-level checks of core's contracts as an integrator meets them, imported by package name as an app would: a custom
// Store, Ranker, Crawler or Notifier that implements the interface compiles and a wrong one does not; the pipeline's
// settings and results are precise.
import {
  type CorpusStatistics,
  type Crawler,
  type CrawlSummary,
  createMemoryStore,
  createPipeline,
  type Feedback,
  type FeedbackInput,
  type IngestProgressEvent,
  isRolefitError,
  isValidationError,
  type FetchFunction,
  type FieldIssue,
  type Job,
  jobSchema,
  type JobFilter,
  type JobInput,
  ModelFilesError,
  type Match,
  type MatchInput,
  MemoryStore,
  OccupationKnowledgeError,
  OptionalDependencyError,
  type Notification,
  type Notifier,
  type PageOptions,
  parseProfile,
  parseWith,
  type Pipeline,
  reciprocalRankFusion,
  type Ranker,
  type Recommendation,
  type Resume,
  type ResumeInput,
  retry,
  type RolefitError,
  type RunResult,
  safeParseWith,
  type ScoredJob,
  type Store,
  StoreFileError,
  type StoredMatch,
  StoreLockedError,
  StoreWriteError,
  type UpsertResult,
  ValidationError,
  VectorDimensionError,
  type WatchRound,
} from '@rolefit/core';
import { assertType, describe, expectTypeOf, it } from 'vitest';

/** A Store an integrator might write over their own database: every method of the interface, no more. */
class CustomStore implements Store {
  readonly name = 'custom';
  async upsertJobs(jobs: readonly JobInput[]): Promise<UpsertResult> {
    return { inserted: jobs.length, updated: 0 };
  }
  async getJob(_id: string): Promise<Job | undefined> {
    return undefined;
  }
  async deleteJob(_id: string): Promise<boolean> {
    return false;
  }
  async listJobs(_filter?: JobFilter, _page?: PageOptions): Promise<Job[]> {
    return [];
  }
  async countJobs(_filter?: JobFilter): Promise<number> {
    return 0;
  }
  async latestCrawledAt(_source: string): Promise<Date | undefined> {
    return undefined;
  }
  async searchJobs(_query: string, _options?: { filter?: JobFilter; limit?: number }): Promise<ScoredJob[]> {
    return [];
  }
  async searchJobsByVector(
    _vector: Float32Array,
    _options?: { filter?: JobFilter; limit?: number },
  ): Promise<ScoredJob[]> {
    return [];
  }
  async upsertJobVectors(_entries: ReadonlyArray<{ id: string; vector: Float32Array }>): Promise<void> {}
  async upsertResume(_resume: ResumeInput): Promise<Resume> {
    throw new Error('not stored');
  }
  async getResume(_id: string): Promise<Resume | undefined> {
    return undefined;
  }
  async listResumes(_page?: PageOptions): Promise<Resume[]> {
    return [];
  }
  async deleteResume(_id: string): Promise<boolean> {
    return false;
  }
  async addFeedback(_feedback: FeedbackInput): Promise<Feedback> {
    throw new Error('not stored');
  }
  async listFeedback(_query?: { subjectId?: string; jobId?: string }): Promise<Feedback[]> {
    return [];
  }
  async addMatches(_subjectId: string, _matches: readonly MatchInput[]): Promise<void> {}
  async listMatches(_subjectId: string, _page?: PageOptions): Promise<StoredMatch[]> {
    return [];
  }
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}

const customRanker: Ranker = {
  name: 'constant',
  async rank(_query, jobs) {
    return jobs.map((job) => ({
      jobId: job.id,
      score: 0.5,
      breakdown: { constant: 0.5 },
      matchedSkills: [],
      missingSkills: [],
      ranker: 'constant',
    }));
  },
};

describe('Store', () => {
  it('is implemented by a custom store and by MemoryStore', () => {
    expectTypeOf<CustomStore>().toExtend<Store>();
    expectTypeOf<MemoryStore>().toExtend<Store>();
    expectTypeOf(createMemoryStore()).toEqualTypeOf<MemoryStore>();
    // The embedding cache and corpus statistics are optional parts.
    expectTypeOf<Store['corpusStatistics']>().toEqualTypeOf<(() => Promise<CorpusStatistics>) | undefined>();
  });

  it('is not implemented by a store that misses a method or returns the wrong thing', () => {
    const { close: _close, ...withoutClose } = new CustomStore();
    // @ts-expect-error close is missing
    assertType<Store>(withoutClose);
    class SyncCount extends CustomStore {
      // @ts-expect-error countJobs answers a promise
      override countJobs(): number {
        return 0;
      }
    }
    void SyncCount;
    class LoseUndefined extends CustomStore {
      // @ts-expect-error an upsert result counts what was inserted and updated
      override async upsertJobs(): Promise<{ inserted: number }> {
        return { inserted: 0 };
      }
    }
    void LoseUndefined;
  });

  it('answers precise types', async () => {
    const store: Store = createMemoryStore();
    expectTypeOf(await store.getJob('x')).toEqualTypeOf<Job | undefined>();
    expectTypeOf(await store.searchJobs('nurse')).toEqualTypeOf<ScoredJob[]>();
    expectTypeOf((await store.upsertJobs([])).failed).toEqualTypeOf<UpsertResult['failed']>();
    expectTypeOf(await store.listMatches('subject')).toEqualTypeOf<StoredMatch[]>();
    expectTypeOf<StoredMatch>().toExtend<Match>();
    // @ts-expect-error a page's limit is a number
    store.listJobs(undefined, { limit: '10' });
    // @ts-expect-error jobs go in as JobInputs: a title is required
    store.upsertJobs([{ id: 'a', source: 's' }]);
    // @ts-expect-error rescoreCandidates is a number
    createMemoryStore({ rescoreCandidates: 'all' });
    // @ts-expect-error file is spelt path
    createMemoryStore({ file: 'jobs.json' });
    // One field's weight alone: the others keep their defaults.
    assertType<MemoryStore>(createMemoryStore({ fieldWeights: { title: 5 } }));
    // @ts-expect-error salary is no weighted field
    createMemoryStore({ fieldWeights: { salary: 1 } });
  });
});

describe('Ranker, Crawler and Notifier', () => {
  it('are implemented by plain objects', () => {
    assertType<Ranker>(customRanker);
    const crawler: Crawler<Job> = {
      name: 'mine',
      async *crawl() {
        yield {} as Job;
      },
    };
    assertType<Crawler>(crawler);
    const notifier: Notifier = {
      name: 'log',
      async notify(notification, options) {
        expectTypeOf(notification).toEqualTypeOf<Notification>();
        expectTypeOf(options).toEqualTypeOf<{ signal?: AbortSignal | undefined } | undefined>();
        expectTypeOf(notification.matches[0]?.match).toEqualTypeOf<Match | undefined>();
      },
    };
    assertType<Notifier>(notifier);
  });

  it('are not implemented by objects of the wrong shape', () => {
    // @ts-expect-error a Ranker's rank answers Matches, not scores
    assertType<Ranker>({ name: 'scores', rank: async (): Promise<number[]> => [] });
    assertType<Crawler<Job>>({
      name: 'strings',
      // @ts-expect-error a Crawler's items are Jobs
      async *crawl() {
        yield 'job';
      },
    });
    // @ts-expect-error a Notifier has a name
    assertType<Notifier>({ notify: async () => {} });
  });
});

describe('createPipeline', () => {
  it('requires a store and a ranker, the rest optional', () => {
    const store = createMemoryStore();
    expectTypeOf(createPipeline({ store, ranker: customRanker })).toEqualTypeOf<Pipeline>();
    assertType<Pipeline>(createPipeline({ store: new CustomStore(), ranker: customRanker, notifyThreshold: 0.8 }));
    // @ts-expect-error the ranker is required
    createPipeline({ store });
    // @ts-expect-error the store is required
    createPipeline({ ranker: customRanker });
    // @ts-expect-error rankers is spelt ranker
    createPipeline({ store, ranker: customRanker, rankers: [customRanker] });
    // @ts-expect-error notifyThreshold is a number
    createPipeline({ store, ranker: customRanker, notifyThreshold: 'high' });
  });

  it('answers precise results', async () => {
    const pipeline = createPipeline({ store: createMemoryStore(), ranker: customRanker });
    const recommendations = await pipeline.recommend({ text: 'nurse', limit: 5 });
    expectTypeOf(recommendations).toEqualTypeOf<Recommendation[]>();
    expectTypeOf(recommendations[0]?.job).toEqualTypeOf<Job | undefined>();
    expectTypeOf(recommendations[0]?.match.score).toEqualTypeOf<number | undefined>();
    const run = await pipeline.run({ text: 'nurse', crawl: true });
    expectTypeOf(run).toEqualTypeOf<RunResult>();
    // No crawl when it was not asked for: the summary may be absent.
    expectTypeOf(run.crawl).toEqualTypeOf<CrawlSummary | undefined>();
    expectTypeOf(await pipeline.ingest([]))
      .toHaveProperty('inserted')
      .toEqualTypeOf<number>();
    // @ts-expect-error top is spelt limit
    pipeline.recommend({ text: 'nurse', top: 5 });
  });

  it('asks whom to recommend for: a resume, a profile or a text', () => {
    const pipeline = createPipeline({ store: createMemoryStore(), ranker: customRanker });
    assertType<Promise<Recommendation[]>>(pipeline.recommend({ resume: {} as Resume, limit: 3 }));
    assertType<Promise<Recommendation[]>>(pipeline.recommend({ profile: parseProfile({ desiredTitles: ['Nurse'] }) }));
    assertType<Promise<Recommendation[]>>(pipeline.recommend({ text: 'nurse', subjectId: 'kim' }));
    // @ts-expect-error no one to rank for: a limit alone
    pipeline.recommend({ limit: 5 });
    // @ts-expect-error no one to rank for: a subject id names whose history, not whom to rank for
    pipeline.run({ subjectId: 'kim', crawl: false });
    // @ts-expect-error the text is a string
    pipeline.recommend({ text: 42 });
  });

  it('watches people who have a resume, or a profile with an id', () => {
    const pipeline = createPipeline({ store: createMemoryStore(), ranker: customRanker });
    const resume = {} as Resume;
    const profile = parseProfile({ desiredTitles: ['Nurse'] });
    assertType<Promise<WatchRound[]>>(
      pipeline.watch({ rounds: 1, people: [{ resume }, { profile, subjectId: 'kim' }] }),
    );
    assertType<Promise<WatchRound[]>>(pipeline.watch({ people: async () => [{ profile: { ...profile, id: 'kim' } }] }));
    // @ts-expect-error a subject id alone names no one to rank for
    pipeline.watch({ people: [{ subjectId: 'kim' }] });
    // @ts-expect-error a profile without an id has nothing to keep the notifications under
    pipeline.watch({ people: [{ profile }] });
  });

  it('reports crawl progress as a union that narrows on type', () => {
    const pipeline = createPipeline({ store: createMemoryStore(), ranker: customRanker });
    void pipeline.crawl({
      onProgress(event) {
        expectTypeOf(event).toEqualTypeOf<IngestProgressEvent>();
        if (event.type === 'duplicate') expectTypeOf(event.keptId).toEqualTypeOf<string>();
        if (event.type === 'blacklisted') expectTypeOf(event.reason).toEqualTypeOf<'company' | 'keyword'>();
        if (event.type === 'source-done') expectTypeOf(event.stats.failure).toEqualTypeOf<Error | undefined>();
      },
    });
  });
});

describe('errors', () => {
  it('narrow with the guards', () => {
    const error: unknown = undefined;
    if (isRolefitError(error)) expectTypeOf(error).toEqualTypeOf<RolefitError>();
    if (isValidationError(error)) {
      expectTypeOf(error).toEqualTypeOf<ValidationError>();
      expectTypeOf(error.entity).toEqualTypeOf<string>();
      expectTypeOf(error.setting).toEqualTypeOf<string | undefined>();
    }
    if (error instanceof ValidationError) expectTypeOf(error.fields).toEqualTypeOf<string[]>();
  });

  it('carry the code of their class, which narrows a union of them', () => {
    expectTypeOf<RolefitError['code']>().toEqualTypeOf<string>();
    expectTypeOf<ValidationError['code']>().toEqualTypeOf<'ROLEFIT_VALIDATION'>();
    expectTypeOf<OptionalDependencyError['code']>().toEqualTypeOf<'ROLEFIT_OPTIONAL_DEPENDENCY'>();
    expectTypeOf<ModelFilesError['code']>().toEqualTypeOf<'ROLEFIT_MODEL_FILES'>();
    expectTypeOf(new StoreFileError('jobs.json', 'not JSON').code).toEqualTypeOf<'ROLEFIT_STORE_FILE'>();
    expectTypeOf<StoreLockedError['code']>().toEqualTypeOf<'ROLEFIT_STORE_FILE'>();
    expectTypeOf<StoreWriteError['code']>().toEqualTypeOf<'ROLEFIT_STORE_WRITE'>();
    expectTypeOf(new VectorDimensionError(3, 4).code).toEqualTypeOf<'ROLEFIT_VECTOR_DIMENSION'>();
    expectTypeOf<OccupationKnowledgeError['code']>().toEqualTypeOf<'ROLEFIT_OCCUPATION_KNOWLEDGE'>();
    const stored = new StoreFileError('jobs.json', 'not JSON');
    // @ts-expect-error a misspelt code never matches
    if (stored.code === 'ROLEFIT_STORE_FIEL') void stored;
    const failure = stored as StoreFileError | StoreWriteError | ValidationError;
    switch (failure.code) {
      case 'ROLEFIT_STORE_FILE':
        expectTypeOf(failure).toEqualTypeOf<StoreFileError>();
        break;
      case 'ROLEFIT_VALIDATION':
        expectTypeOf(failure.issues).toEqualTypeOf<readonly FieldIssue[]>();
        break;
      default:
        expectTypeOf(failure).toEqualTypeOf<StoreWriteError>();
    }
  });

  it('narrow the code with isRolefitError given a literal code', () => {
    const error: unknown = undefined;
    if (isRolefitError(error, 'ROLEFIT_VALIDATION')) {
      expectTypeOf(error).toExtend<RolefitError>();
      expectTypeOf(error.code).toEqualTypeOf<'ROLEFIT_VALIDATION'>();
    }
    if (isRolefitError(error, 'ROLEFIT_STORE_FILE' as 'ROLEFIT_STORE_FILE' | 'ROLEFIT_STORE_WRITE'))
      expectTypeOf(error.code).toEqualTypeOf<'ROLEFIT_STORE_FILE' | 'ROLEFIT_STORE_WRITE'>();
    const code = 'ROLEFIT_VALIDATION' as string;
    if (isRolefitError(error, code)) expectTypeOf(error).toEqualTypeOf<RolefitError>();
    const failure = new StoreFileError('jobs.json', 'not JSON') as StoreFileError | VectorDimensionError;
    if (isRolefitError(failure, 'ROLEFIT_VECTOR_DIMENSION'))
      expectTypeOf(failure).toEqualTypeOf<VectorDimensionError>();
  });
});

describe('generic helpers', () => {
  it('infer their type parameters', async () => {
    expectTypeOf(await retry(async () => 42)).toEqualTypeOf<number>();
    await retry(async () => 'text', {
      shouldRetry(outcome) {
        if (outcome.ok) expectTypeOf(outcome.value).toEqualTypeOf<string>();
        else expectTypeOf(outcome.error).toEqualTypeOf<unknown>();
        return false;
      },
    });
    expectTypeOf(parseWith(jobSchema, 'Job', {})).toEqualTypeOf<Job>();
    const parsed = safeParseWith(jobSchema, 'Job', {});
    if (parsed.success) expectTypeOf(parsed.data).toEqualTypeOf<Job>();
    else expectTypeOf(parsed.error).toEqualTypeOf<ValidationError>();
    expectTypeOf(
      reciprocalRankFusion([
        [1, 2],
        [2, 3],
      ])[0]?.id,
    ).toEqualTypeOf<number | undefined>();
    expectTypeOf(reciprocalRankFusion([['a'], ['b']])[0]?.id).toEqualTypeOf<string | undefined>();
  });
});

describe('FetchFunction', () => {
  it('takes the global fetch and a stub that reads only the URL string', () => {
    assertType<FetchFunction>(globalThis.fetch);
    assertType<FetchFunction>(async (_url: string) => new Response('{}'));
    // @ts-expect-error a fetch answers a Response
    assertType<FetchFunction>(async (_url: string) => '{}');
    // @ts-expect-error the URL comes as a string, not a URL object
    assertType<FetchFunction>(async (url: URL) => new Response(url.href));
  });
});
