// Numeric settings refuse NaN, ±Infinity, numbers out of range and fractions where the setting is a count, with a
// ValidationError that names the setting and the range (`must be a whole number ≥ 1, got NaN`), when the factory is
// called rather than on first use. One row per setting whose factory did not check it before (see
// checkNumberSetting in @rolefit/core/internal); each is called with the required settings plus the bad value.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ats from '@rolefit/ats';
import * as career from '@rolefit/career';
import * as core from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import * as crawlers from '@rolefit/crawlers';
import * as notify from '@rolefit/notify';
import * as rankers from '@rolefit/rankers';
import * as elastic from '@rolefit/store-elastic';
import { describe, expect, it } from 'vitest';
import { errorOf } from './error-of.js';

/** Kinds of numeric setting, each with values it must refuse. */
const BAD = {
  /** A whole number ≥ 0 (a count that may be zero). */
  count: [Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5],
  /** A whole number ≥ 1. */
  positiveCount: [Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5],
  /** A duration or size in a unit that may be fractional, ≥ 0. */
  nonNegative: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1],
  /** A timeout: ≥ 1 ms. */
  timeout: [Number.NaN, Number.POSITIVE_INFINITY, 0, -1],
  /** A share or a score in [0, 1]. */
  unit: [Number.NaN, Number.POSITIVE_INFINITY, -0.1, 1.5],
  /** A difference of two scores in [0, 1]: from -1 to 1. */
  signedUnit: [Number.NaN, Number.POSITIVE_INFINITY, -1.5, 1.5],
  /** Any whole number (a seed). */
  integer: [Number.NaN, Number.POSITIVE_INFINITY, 1.5],
  /** Divided by: > 0. */
  positive: [Number.NaN, Number.POSITIVE_INFINITY, 0, -1],
  /** A cap where Infinity means none: a whole number ≥ 1. */
  cap: [Number.NaN, Number.NEGATIVE_INFINITY, 0, -1, 1.5],
  /** A size cap in a unit that may be fractional, where Infinity means none: > 0. */
  positiveCap: [Number.NaN, Number.NEGATIVE_INFINITY, 0, -1],
  /** How many to return, where Infinity means all: ≥ 0. */
  limit: [Number.NaN, Number.NEGATIVE_INFINITY, -1],
  /** Requests in flight at once, 1 or 2 (ElasticStoreSettings.bulkConcurrency). */
  oneOrTwo: [Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5, 3],
} as const;
type Kind = keyof typeof BAD;

const job = core.parseJob(sampleJobs[0]!);
const store = () => core.createMemoryStore();
const ranker = () => rankers.createBm25Ranker();
const cacheDirectory = () => mkdtempSync(join(tmpdir(), 'rolefit-http-cache-'));

/** A factory, the settings it needs, and its numeric settings by kind (a dotted name is a nested setting). */
interface Row {
  name: string;
  entity: string;
  build: (settings: Record<string, unknown>) => unknown;
  required: () => Record<string, unknown>;
  settings: Record<string, Kind>;
}

const rows: Row[] = [
  {
    name: 'createHttpClient',
    entity: 'HttpClientSettings',
    build: crawlers.createHttpClient,
    required: () => ({ cacheDirectory: cacheDirectory() }),
    settings: {
      minIntervalMs: 'nonNegative',
      perHostConcurrency: 'positiveCount',
      globalConcurrency: 'positiveCount',
      maxRetries: 'count',
      retryBaseDelayMs: 'nonNegative',
      maxRetryDelayMs: 'nonNegative',
      timeoutMs: 'timeout',
      maxResponseBytes: 'positiveCount',
      maxRedirects: 'count',
      cacheTtlMs: 'nonNegative',
      robotsErrorTtlMs: 'nonNegative',
    },
  },
  {
    name: 'createCourseraCrawler',
    entity: 'CourseraCrawlerSettings',
    build: crawlers.createCourseraCrawler as Row['build'],
    required: () => ({ query: 'sql' }),
    settings: { limit: 'positiveCount' },
  },
  {
    name: 'createDiceCrawler',
    entity: 'DiceCrawlerSettings',
    build: crawlers.createDiceCrawler as Row['build'],
    required: () => ({ apiKey: 'key' }),
    settings: { radius: 'nonNegative', pageSize: 'positiveCount', maxPages: 'positiveCount' },
  },
  {
    name: 'createHhCrawler',
    entity: 'HhCrawlerSettings',
    build: crawlers.createHhCrawler as Row['build'],
    required: () => ({ text: 'developer' }),
    settings: { perPage: 'positiveCount', maxPages: 'positiveCount' },
  },
  {
    name: 'createLeverCrawler',
    entity: 'LeverCrawlerSettings',
    build: crawlers.createLeverCrawler as Row['build'],
    required: () => ({ company: 'acme' }),
    settings: { pageSize: 'positiveCount' },
  },
  {
    name: 'createLinkedInCrawler',
    entity: 'LinkedInCrawlerSettings',
    build: crawlers.createLinkedInCrawler as Row['build'],
    required: () => ({ keywords: 'developer' }),
    settings: { postedWithinSeconds: 'positiveCount', maxPages: 'positiveCount' },
  },
  {
    name: 'createMuseCrawler',
    entity: 'MuseCrawlerSettings',
    build: crawlers.createMuseCrawler as Row['build'],
    required: () => ({}),
    settings: { maxPages: 'positiveCount' },
  },
  {
    name: 'createFileCrawler',
    entity: 'FileCrawlerSettings',
    build: crawlers.createFileCrawler as Row['build'],
    required: () => ({ path: 'jobs.jsonl' }),
    settings: { idleTimeoutMs: 'timeout' },
  },
  // Round 14: NaN switched these caps off (every comparison with it is false), and a timeoutMs of NaN or -5 ended the
  // read at once as 'timeout'. A text résumé's bytes: the limits are checked before any worker starts.
  ...(
    [
      ['parseResumeFile', 'ParseResumeFileOptions', ats.parseResumeFile],
      ['resumeFileToText', 'ResumeFileToTextOptions', ats.resumeFileToText],
      ['extractDocumentLayout', 'ExtractDocumentLayoutOptions', ats.extractDocumentLayout],
      ['pdfToText', 'ExtractionLimits', ats.pdfToText],
      ['docxToText', 'ExtractionLimits', ats.docxToText],
    ] as const
  ).map(
    ([name, entity, read]): Row => ({
      name,
      entity,
      build: (settings) =>
        read(new TextEncoder().encode('Ada Lovelace\nEngineer\n'), settings).catch((error: unknown) => {
          // The valid settings reach the reader, which refuses a text as a PDF or DOCX: not what is checked here.
          if (error instanceof ats.ResumeParseError) return undefined;
          throw error;
        }),
      required: () => ({}),
      settings: {
        // 0 times out at once, as pdf-to-text.test.ts asks.
        timeoutMs: 'nonNegative',
        maxPages: 'cap',
        maxDecodedBytes: 'cap',
        maxInflatedBytes: 'cap',
        maxTextChars: 'cap',
        maxMemoryMb: 'positiveCap',
      },
    }),
  ),
  {
    name: 'createRefreshScheduler',
    entity: 'RefreshSchedulerSettings',
    build: crawlers.createRefreshScheduler,
    required: () => ({ store: store(), crawlers: [] }),
    settings: { ttlMs: 'nonNegative' },
  },
  {
    name: 'createMemoryStore',
    entity: 'MemoryStoreSettings',
    build: core.createMemoryStore as Row['build'],
    required: () => ({}),
    settings: { compactAfterBytes: 'count', maxJobBytes: 'positiveCount', rescoreCandidates: 'positiveCount' },
  },
  {
    name: 'jobToText',
    entity: 'JobTextSettings',
    build: (settings) => core.jobToText(job, settings),
    required: () => ({}),
    settings: { maxDescriptionCharacters: 'count' },
  },
  {
    name: 'createBm25Index',
    entity: 'Bm25IndexSettings',
    build: core.createBm25Index as Row['build'],
    required: () => ({}),
    settings: { k1: 'nonNegative', b: 'unit' },
  },
  {
    name: 'createIngestion',
    entity: 'IngestionSettings',
    build: core.createIngestion as Row['build'],
    required: () => ({ store: store() }),
    settings: { batchSize: 'positiveCount' },
  },
  {
    name: 'createPipeline',
    entity: 'PipelineSettings',
    build: core.createPipeline as Row['build'],
    required: () => ({ store: store(), ranker: ranker() }),
    settings: { batchSize: 'positiveCount', notifyThreshold: 'unit' },
  },
  {
    name: 'pipeline.prepare',
    entity: 'PipelinePrepareOptions',
    build: (settings) => core.createPipeline({ store: store(), ranker: ranker() }).prepare(settings),
    required: () => ({}),
    settings: { batchSize: 'positiveCount' },
  },
  {
    name: 'pipeline.watch',
    entity: 'WatchOptions',
    build: (settings) => core.createPipeline({ store: store(), ranker: ranker() }).watch(settings),
    required: () => ({ rounds: 0 }),
    settings: { intervalMs: 'nonNegative', rounds: 'count' },
  },
  {
    // NaN started no crawler: the crawl never ended (round 13).
    name: 'crawlAll',
    entity: 'CrawlAllOptions',
    build: (settings) => core.crawlAll(settings as unknown as core.CrawlAllOptions),
    required: () => ({ crawlers: [] }),
    settings: { concurrency: 'positiveCount', limitPerSource: 'limit' },
  },
  {
    name: 'pipeline.crawl',
    entity: 'PipelineCrawlOptions',
    build: (settings) => core.createPipeline({ store: store(), ranker: ranker() }).crawl(settings),
    required: () => ({}),
    settings: { concurrency: 'positiveCount', limitPerSource: 'limit' },
  },
  {
    name: 'retry',
    entity: 'RetrySettings',
    build: (settings) => core.retry(async () => 1, settings),
    required: () => ({}),
    settings: { maxRetries: 'count', baseDelayMs: 'nonNegative', maxDelayMs: 'nonNegative' },
  },
  {
    name: 'readJobRequirements',
    entity: 'JobRequirementSettings',
    build: (settings) => core.readJobRequirements(job, settings),
    required: () => ({}),
    settings: { minimumListedSkills: 'count' },
  },
  {
    name: 'clusterJobs',
    entity: 'ClusterSettings',
    build: (settings) => career.clusterJobs([job], settings),
    required: () => ({}),
    settings: { minimumListedSkills: 'count', titleWeight: 'unit', threshold: 'unit' },
  },
  {
    name: 'rankCoursesForSkills',
    entity: 'CourseRankingOptions',
    build: (settings) => career.rankCoursesForSkills(['SQL'], career.sampleCourses, settings),
    required: () => ({}),
    settings: { limit: 'limit' },
  },
  {
    name: 'recommendSpecialisations',
    entity: 'SpecialisationOptions',
    build: (settings) => career.recommendSpecialisations(settings as never),
    required: () => ({ jobs: [] }),
    settings: { limit: 'limit' },
  },
  {
    name: 'fetchCourseSearches',
    entity: 'FetchCourseSearchesSettings',
    build: (settings) => career.fetchCourseSearches([], settings as never),
    required: () => ({ crawlerFor: () => undefined }),
    settings: { limit: 'positiveCount' },
  },
  {
    name: 'reciprocalRankFusion',
    entity: 'ReciprocalRankFusionOptions',
    build: (settings) => core.reciprocalRankFusion([['a'], ['b']], settings),
    required: () => ({}),
    settings: { k: 'nonNegative', limit: 'count' },
  },
  {
    name: 'createMultiFactorRanker',
    entity: 'MultiFactorSettings',
    build: rankers.createMultiFactorRanker,
    required: () => ({}),
    settings: {
      minimumListedSkills: 'count',
      'experience.underQualifiedHalfYears': 'positive',
      'experience.overQualifiedHalfYears': 'positive',
      'experience.overQualifiedFloor': 'unit',
      niceToHaveWeight: 'unit',
      pastTitleWeight: 'unit',
      relatedSkillCredit: 'unit',
      recencyHalfLifeDays: 'positive',
      pastTitleCount: 'count',
      skillEvidencePrior: 'nonNegative',
    },
  },
  {
    name: 'createColdStartRanker',
    entity: 'ColdStartSettings',
    build: rankers.createColdStartRanker as Row['build'],
    required: () => ({ learned: rankers.createTrainableDesirabilityModel() }),
    settings: { minLabels: 'count', minGain: 'signedUnit', seed: 'integer', folds: 'positiveCount' },
  },
  {
    name: 'fitFusionWeights',
    entity: 'FitFusionWeightsOptions',
    build: rankers.fitFusionWeights as Row['build'],
    required: () => ({ rankers: [ranker(), rankers.createMultiFactorRanker()], method: 'weighted-sum', queries: [] }),
    settings: { grid: 'positiveCount', weightTotal: 'positive' },
  },
  {
    name: 'createTrainableFusionRanker',
    entity: 'TrainableFusionSettings',
    build: rankers.createTrainableFusionRanker as Row['build'],
    required: () => ({ rankers: [ranker(), rankers.createMultiFactorRanker()], trained: { method: 'weighted-sum' } }),
    settings: { 'trained.grid': 'positiveCount', 'trained.weightTotal': 'positive' },
  },
  {
    name: 'createTransformersEmbedder',
    entity: 'TransformersEmbedderSettings',
    build: rankers.createTransformersEmbedder as Row['build'],
    required: () => ({ model: 'embedder' }),
    settings: {
      workers: 'count',
      threads: 'positiveCount',
      batchSize: 'positiveCount',
      maxBatchTokens: 'positiveCount',
      chunkOverlap: 'count',
    },
  },
  {
    name: 'createTrainableDesirabilityModel',
    entity: 'DesirabilitySettings',
    build: rankers.createTrainableDesirabilityModel as Row['build'],
    required: () => ({}),
    settings: {
      minimumCount: 'positiveCount',
      maximumTitleTokens: 'count',
      maximumSkills: 'count',
      'text.folds': 'positiveCount',
      'text.minimumDocuments': 'positiveCount',
      'text.bagging': 'count',
      'text.ensemble': 'positiveCount',
      'text.seed': 'integer',
    },
  },
  {
    name: 'createLlmRanker',
    entity: 'LlmRankerSettings',
    build: rankers.createLlmRanker as Row['build'],
    required: () => ({ model: 'model.gguf' }),
    settings: {
      contextSize: 'positiveCount',
      batchSize: 'positiveCount',
      threads: 'positiveCount',
      sequences: 'positiveCount',
      maxJobTokens: 'positiveCount',
    },
  },
  {
    name: 'createOnnxClassifierRanker',
    entity: 'OnnxClassifierSettings',
    build: rankers.createOnnxClassifierRanker as Row['build'],
    required: () => ({ model: 'classifier' }),
    settings: { batchSize: 'positiveCount', maxTokens: 'positiveCount', positiveLabel: 'count' },
  },
  {
    name: 'createOpenAiCompatibleGenerator',
    entity: 'OpenAiCompatibleGeneratorSettings',
    build: ats.createOpenAiCompatibleGenerator as Row['build'],
    required: () => ({ baseUrl: 'http://127.0.0.1:9/v1', model: 'model' }),
    settings: { timeoutMs: 'timeout', maxRetries: 'count', retryDelayMs: 'nonNegative' },
  },
  {
    name: 'createLlamaCppGenerator',
    entity: 'LlamaCppGeneratorSettings',
    build: ats.createLlamaCppGenerator as Row['build'],
    required: () => ({ model: 'model.gguf' }),
    settings: { contextSize: 'positiveCount', threads: 'positiveCount' },
  },
  {
    name: 'scoreResumeAgainstJob',
    entity: 'AtsScoreOptions',
    build: (settings) => ats.scoreResumeAgainstJob('Jane Doe\nSkills: SQL', 'Analyst. Requirements: SQL.', settings),
    required: () => ({}),
    settings: { minimumConfidence: 'unit' },
  },
  {
    name: 'createJobIndexMappings',
    entity: 'JobMappingSettings',
    build: elastic.createJobIndexMappings as Row['build'],
    // The HNSW options are read (and checked) for a vector field only.
    required: () => ({ dimensions: 3 }),
    settings: { dimensions: 'positiveCount', 'hnsw.efConstruction': 'positiveCount' },
  },
  {
    name: 'createJobIndexSettings',
    entity: 'JobIndexShardSettings',
    build: elastic.createJobIndexSettings as Row['build'],
    required: () => ({}),
    settings: { shards: 'positiveCount', replicas: 'count' },
  },
  {
    name: 'createElasticStore',
    entity: 'ElasticStoreSettings',
    // A client object the store only keeps until it is used: the settings are checked when the store is created.
    build: elastic.createElasticStore as Row['build'],
    required: () => ({ client: {} }),
    settings: {
      dimensions: 'positiveCount',
      shards: 'positiveCount',
      replicas: 'count',
      bulkChunkSize: 'positiveCount',
      // 0, -1 or NaN sent no bulk request and reported no job as failed (NOTE-166); 3 and more were taken.
      bulkConcurrency: 'oneOrTwo',
      maxRetries: 'count',
      retryBaseDelayMs: 'nonNegative',
      maxResponseBytes: 'positiveCount',
      requestTimeoutMs: 'timeout',
    },
  },
  {
    name: 'createEmailDigestNotifier',
    entity: 'EmailDigestNotifierSettings',
    build: notify.createEmailDigestNotifier as Row['build'],
    required: () => ({ smtp: { host: '127.0.0.1' }, from: 'a@example.com', to: 'b@example.com' }),
    settings: { 'smtp.timeoutMs': 'timeout' },
  },
];

/** The required settings with `value` at `path` (`experience.overQualifiedFloor` goes inside `experience`). */
function withSetting(required: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, rest] = path.split('.') as [string, string | undefined];
  if (rest === undefined) return { ...required, [head]: value };
  return { ...required, [head]: { ...(required[head] as object | undefined), [rest]: value } };
}

describe('numeric settings are checked when the factory is called', () => {
  for (const row of rows) {
    it(`${row.name}: ${Object.keys(row.settings).join(', ')}`, async () => {
      // The required settings alone are accepted, so each refusal below is the bad value's.
      expect(await errorOf(() => row.build(row.required()))).toBeUndefined();
      for (const [setting, kind] of Object.entries(row.settings)) {
        for (const value of BAD[kind]) {
          const error = await errorOf(() => row.build(withSetting(row.required(), setting, value)));
          const label = `${row.name} ${setting}: ${value}`;
          expect(error, label).toBeInstanceOf(core.ValidationError);
          expect((error as core.ValidationError).setting, label).toBe(setting);
          expect((error as Error).message, label).toMatch(
            new RegExp(`^Invalid ${row.entity}: ${setting}: must be a (whole |finite )?number.* got ${value}$`),
          );
        }
      }
    });
  }
});

// A limit where Infinity means all (and a fraction its whole part) is worded once, as core's checkPageNumber words a
// page's: the crawl's limit said 'must be a finite number ≥ 0' though it takes Infinity, a ranker's 'must be a number
// >= 0, got a number (NaN)', and the Store's 'must be a number ≥ 0, got NaN' for the same mistake.
describe('a limit that is no number ≥ 0 is refused in the words of a page limit', () => {
  const pipeline = () => core.createPipeline({ store: store(), ranker: ranker() });
  const calls: Record<string, [string, string, () => unknown]> = {
    'MemoryStore.listJobs': ['PageOptions', 'limit', () => store().listJobs({}, { limit: Number.NaN })],
    'Crawler.crawl': [
      'CrawlOptions',
      'limit',
      () => crawlers.createFileCrawler({ path: 'jobs.jsonl' }).crawl({ limit: Number.NaN }).next(),
    ],
    crawlAll: ['CrawlAllOptions', 'limitPerSource', () => core.crawlAll({ crawlers: [], limitPerSource: Number.NaN })],
    'pipeline.crawl': [
      'PipelineCrawlOptions',
      'limitPerSource',
      () => pipeline().crawl({ limitPerSource: Number.NaN }),
    ],
    'pipeline.recommend': ['RecommendRequest', 'limit', () => pipeline().recommend({ text: 'SQL', limit: Number.NaN })],
    'Ranker.rank': ['RankOptions', 'limit', () => ranker().rank({ text: 'SQL' }, [job], { limit: Number.NaN })],
    // career's three said 'must be a finite number ≥ 0' while taking Infinity.
    rankCoursesForSkills: [
      'CourseRankingOptions',
      'limit',
      () => career.rankCoursesForSkills(['SQL'], career.sampleCourses, { limit: Number.NaN }),
    ],
    skillGapPath: [
      'SkillGapOptions',
      'limit',
      () => career.skillGapPath({ resume: { id: 'r', name: 'Jane' }, targetJobs: [job], limit: Number.NaN } as never),
    ],
    recommendSpecialisations: [
      'SpecialisationOptions',
      'limit',
      () => career.recommendSpecialisations({ jobs: [], limit: Number.NaN }),
    ],
  };
  for (const [name, [entity, option, call]] of Object.entries(calls))
    it(name, async () => {
      const error = await errorOf(call);
      expect(error).toBeInstanceOf(core.ValidationError);
      expect((error as Error).message).toBe(`Invalid ${entity}: ${option}: must be a number ≥ 0, got NaN`);
    });
});

// A number below its floor is worded as checkNumberSetting words it ('must be a finite number ≥ 0'): the occupation
// ranker's and the multi-factor ranker's weights, career's specialisation weights and maxJobs, and BM25's corpus
// statistics said '>= 0' ('must be >= 1' for maxJobs).
describe('a number below its floor is refused with ≥, as checkNumberSetting words it', () => {
  const corpus = { documentCount: 1, averageLength: 1, documentFrequency: () => 0 };
  const calls: Record<string, [string, () => unknown]> = {
    'createOccupationRanker weights': [
      'Invalid OccupationRankerSettings: weights.skills: weight of "skills" must be a finite number ≥ 0, got -1',
      () => rankers.createOccupationRanker({ weights: { skills: -1 } }),
    ],
    'createOccupationRanker skillPrior': [
      'Invalid OccupationRankerSettings: skillPrior: skillPrior must be a finite number ≥ 0, got -1',
      () => rankers.createOccupationRanker({ skillPrior: -1 }),
    ],
    'createMultiFactorRanker weights': [
      'Invalid MultiFactorWeights: skills: weight of "skills" must be a finite number ≥ 0, got -1',
      () => rankers.createMultiFactorRanker({ weights: { skills: -1 } }),
    ],
    'recommendSpecialisations weights': [
      'Invalid SpecialisationOptions: weights.fit: must be a finite number ≥ 0, got -1',
      () => career.recommendSpecialisations({ jobs: [], weights: { fit: -1 } }),
    ],
    'recommendSpecialisations maxJobs': [
      'Invalid SpecialisationOptions: maxJobs: must be a number ≥ 1, got 0',
      () => career.recommendSpecialisations({ jobs: [], maxJobs: 0 }),
    ],
    'createBm25Index corpus.documentCount': [
      'Invalid Bm25IndexSettings: corpus.documentCount: must be a whole number ≥ 0, got -1',
      () => core.createBm25Index({ corpus: { ...corpus, documentCount: -1 } }),
    ],
    'createBm25Index corpus.averageLength': [
      'Invalid Bm25IndexSettings: corpus.averageLength: must be a finite number ≥ 0, got -1',
      () => core.createBm25Index({ corpus: { ...corpus, averageLength: -1 } }),
    ],
  };
  for (const [name, [message, call]] of Object.entries(calls))
    it(name, async () => {
      const error = await errorOf(call);
      expect(error).toBeInstanceOf(core.ValidationError);
      expect((error as Error).message).toBe(message);
    });
});
