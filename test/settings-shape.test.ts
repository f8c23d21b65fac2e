// A settings argument that is not a settings object (undefined where settings are required, null, 42, 'x', [])
// is a ValidationError naming the settings type (`Invalid GreenhouseCrawlerSettings: (root): must be a settings
// object, got null`), and an unknown key one naming the key, never a TypeError from a property read deep inside;
// optional settings accept undefined. The check is rejectUnknownKeys in @rolefit/core, called first thing.
// Every exported function whose name starts with `create` is enumerated from the packages' entry points and must
// have a row here (or say why it takes no settings object), so a new factory is checked too; the other entry points
// that take a settings object (train*, load*, parse*, score*, …) are listed by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ats from '@rolefit/ats';
import * as career from '@rolefit/career';
import * as core from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import * as crawlers from '@rolefit/crawlers';
import * as evaluation from '@rolefit/eval';
import * as notify from '@rolefit/notify';
import * as rankers from '@rolefit/rankers';
import * as elastic from '@rolefit/store-elastic';
import { describe, expect, it } from 'vitest';
import { errorOf } from './error-of.js';

const packages = { ats, career, core, crawlers, eval: evaluation, notify, rankers, 'store-elastic': elastic };

const job = core.parseJob(sampleJobs[0]!);
const store = () => core.createMemoryStore();
const ranker = () => rankers.createBm25Ranker();
const embedder = { dimensions: 2, embed: async (texts: readonly string[]) => texts.map(() => [1, 0]) };
/** A file that is not a saved model: loading it fails after the settings are checked, with a typed error. */
function notAModel(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rolefit-settings-shape-')), 'model.json');
  writeFileSync(path, '{}');
  return path;
}

/** An entry point, its settings type, the settings it needs (undefined: the settings are optional), and the call. */
interface Row {
  entity: string;
  required?: () => Record<string, unknown>;
  call: (settings: unknown) => unknown;
}

const rows: Record<string, Row> = {
  // core
  createMemoryStore: { entity: 'MemoryStoreSettings', call: (s) => core.createMemoryStore(s as never) },
  createIngestion: {
    entity: 'IngestionSettings',
    required: () => ({ store: store() }),
    call: (s) => core.createIngestion(s as never),
  },
  createPipeline: {
    entity: 'PipelineSettings',
    required: () => ({ store: store(), ranker: ranker() }),
    call: (s) => core.createPipeline(s as never),
  },
  createBm25Index: { entity: 'Bm25IndexSettings', call: (s) => core.createBm25Index(s as never) },
  // crawlers
  createHttpClient: { entity: 'HttpClientSettings', call: (s) => crawlers.createHttpClient(s as never) },
  // A request's options: null read options.signal (getText) or options.headers (getJson), a raw TypeError.
  'createHttpClient().getText': {
    entity: 'HttpRequestOptions',
    call: (s) => crawlers.createHttpClient({ cacheDirectory: false }).getText('not a URL', s as never),
  },
  'createHttpClient().getJson': {
    entity: 'HttpRequestOptions',
    call: (s) => crawlers.createHttpClient({ cacheDirectory: false }).getJson('not a URL', s as never),
  },
  createGreenhouseCrawler: {
    entity: 'GreenhouseCrawlerSettings',
    required: () => ({ board: 'acme' }),
    call: (s) => crawlers.createGreenhouseCrawler(s as never),
  },
  createLeverCrawler: {
    entity: 'LeverCrawlerSettings',
    required: () => ({ company: 'acme' }),
    call: (s) => crawlers.createLeverCrawler(s as never),
  },
  createMuseCrawler: { entity: 'MuseCrawlerSettings', call: (s) => crawlers.createMuseCrawler(s as never) },
  createDiceCrawler: {
    entity: 'DiceCrawlerSettings',
    required: () => ({ apiKey: 'key' }),
    call: (s) => crawlers.createDiceCrawler(s as never),
  },
  createHhCrawler: {
    entity: 'HhCrawlerSettings',
    required: () => ({ text: 'developer' }),
    call: (s) => crawlers.createHhCrawler(s as never),
  },
  createLinkedInCrawler: {
    entity: 'LinkedInCrawlerSettings',
    required: () => ({ keywords: 'developer' }),
    call: (s) => crawlers.createLinkedInCrawler(s as never),
  },
  createLinkedInPostingCrawler: {
    entity: 'LinkedInPostingCrawlerSettings',
    required: () => ({ urls: ['https://www.linkedin.com/jobs/view/1'] }),
    call: (s) => crawlers.createLinkedInPostingCrawler(s as never),
  },
  createJsonLdCrawler: {
    entity: 'JsonLdCrawlerSettings',
    required: () => ({ urls: ['https://example.com/jobs/1'] }),
    call: (s) => crawlers.createJsonLdCrawler(s as never),
  },
  createFileCrawler: {
    entity: 'FileCrawlerSettings',
    required: () => ({ path: 'jobs.json' }),
    call: (s) => crawlers.createFileCrawler(s as never),
  },
  createCourseraCrawler: {
    entity: 'CourseraCrawlerSettings',
    required: () => ({ query: 'sql' }),
    call: (s) => crawlers.createCourseraCrawler(s as never),
  },
  createRefreshScheduler: {
    entity: 'RefreshSchedulerSettings',
    required: () => ({ store: store(), crawlers: [] }),
    call: (s) => crawlers.createRefreshScheduler(s as never),
  },
  // notify
  createWebhookNotifier: {
    entity: 'WebhookNotifierSettings',
    required: () => ({ url: 'https://example.com/hook', secret: 'secret' }),
    call: (s) => notify.createWebhookNotifier(s as never),
  },
  createEmailDigestNotifier: {
    entity: 'EmailDigestNotifierSettings',
    required: () => ({ smtp: { host: '127.0.0.1' }, from: 'a@example.com', to: 'b@example.com' }),
    call: (s) => notify.createEmailDigestNotifier(s as never),
  },
  // rankers
  createBm25Ranker: { entity: 'Bm25RankerSettings', call: (s) => rankers.createBm25Ranker(s as never) },
  createMultiFactorRanker: { entity: 'MultiFactorSettings', call: (s) => rankers.createMultiFactorRanker(s as never) },
  createOccupationRanker: {
    entity: 'OccupationRankerSettings',
    call: (s) => rankers.createOccupationRanker(s as never),
  },
  createDefaultRanker: { entity: 'DefaultRankerSettings', call: (s) => rankers.createDefaultRanker(s as never) },
  createRankerFromRecipe: {
    entity: 'DefaultRankerSettings',
    call: (s) =>
      rankers.createRankerFromRecipe(rankers.DEFAULT_RANKER_CANDIDATES[rankers.DEFAULT_RANKER_CHOICE]!, s as never),
  },
  createFusionRanker: {
    entity: 'FusionSettings',
    required: () => ({ rankers: [ranker(), rankers.createMultiFactorRanker()] }),
    call: (s) => rankers.createFusionRanker(s as never),
  },
  createTrainableFusionRanker: {
    entity: 'TrainableFusionSettings',
    required: () => ({ rankers: [ranker()] }),
    call: (s) => rankers.createTrainableFusionRanker(s as never),
  },
  createPseudoRelevanceRanker: {
    entity: 'PseudoRelevanceRankerSettings',
    required: () => ({ ranker: ranker() }),
    call: (s) => rankers.createPseudoRelevanceRanker(s as never),
  },
  createEmbeddingRanker: {
    entity: 'EmbeddingRankerSettings',
    required: () => ({ embedder }),
    call: (s) => rankers.createEmbeddingRanker(s as never),
  },
  createTransformersEmbedder: {
    entity: 'TransformersEmbedderSettings',
    required: () => ({ model: 'embedder' }),
    call: (s) => rankers.createTransformersEmbedder(s as never),
  },
  createLlmRanker: {
    entity: 'LlmRankerSettings',
    required: () => ({ model: 'model.gguf' }),
    call: (s) => rankers.createLlmRanker(s as never),
  },
  createOnnxClassifierRanker: {
    entity: 'OnnxClassifierSettings',
    required: () => ({ model: 'classifier' }),
    call: (s) => rankers.createOnnxClassifierRanker(s as never),
  },
  createColdStartRanker: {
    entity: 'ColdStartSettings',
    required: () => ({ learned: rankers.createTrainableDesirabilityModel() }),
    call: (s) => rankers.createColdStartRanker(s as never),
  },
  createTrainableColdStartRanker: {
    entity: 'ColdStartSettings',
    call: (s) => rankers.createTrainableColdStartRanker(s as never),
  },
  createTrainableDesirabilityModel: {
    entity: 'DesirabilitySettings',
    call: (s) => rankers.createTrainableDesirabilityModel(s as never),
  },
  createTrainableFeedbackClassifier: {
    entity: 'TrainFeedbackSettings',
    call: (s) => rankers.createTrainableFeedbackClassifier(s as never),
  },
  createFeedbackLearner: {
    entity: 'FeedbackLearnerSettings',
    call: (s) => rankers.createFeedbackLearner(s as never),
  },
  createFeedbackClassifier: {
    entity: 'FeedbackClassifierSettings',
    required: () => ({ model: { kind: 'not a model' } }),
    call: (s) => rankers.createFeedbackClassifier(s as never),
  },
  trainFeedbackClassifier: {
    entity: 'TrainFeedbackSettings',
    required: () => ({ examples: [] }),
    call: (s) => rankers.trainFeedbackClassifier(s as never),
  },
  trainDesirabilityModel: {
    entity: 'DesirabilitySettings',
    call: (s) => rankers.trainDesirabilityModel([{ job, rating: 1 }] as never, s as never),
  },
  loadFeedbackClassifier: {
    entity: 'FeedbackRuntimeSettings',
    call: (s) => rankers.loadFeedbackClassifier(notAModel(), s as never),
  },
  feedbackToExamples: {
    entity: 'FeedbackToExamplesSettings',
    call: (s) => rankers.feedbackToExamples(store(), 'me', s as never),
  },
  // ats
  createOpenAiCompatibleGenerator: {
    entity: 'OpenAiCompatibleGeneratorSettings',
    required: () => ({ baseUrl: 'http://127.0.0.1:9/v1', model: 'model' }),
    call: (s) => ats.createOpenAiCompatibleGenerator(s as never),
  },
  createLlamaCppGenerator: {
    entity: 'LlamaCppGeneratorSettings',
    required: () => ({ model: 'model.gguf' }),
    call: (s) => ats.createLlamaCppGenerator(s as never),
  },
  createTesseractRecognizer: {
    entity: 'TesseractRecognizerSettings',
    required: () => ({ langPath: tmpdir() }),
    call: (s) => ats.createTesseractRecognizer(s as never),
  },
  parseResumeFile: {
    entity: 'ParseResumeFileOptions',
    call: (s) => ats.parseResumeFile(new TextEncoder().encode('Jane Doe\nSkills: SQL'), s as never),
  },
  parseResumeText: {
    entity: 'ParseResumeTextOptions',
    call: (s) => ats.parseResumeText('Jane Doe\nSkills: SQL', s as never),
  },
  splitSections: {
    entity: 'SplitSectionsOptions',
    call: (s) => ats.splitSections('EXPERIENCE\nClerk, Acme, 2019 - 2021', s as never),
  },
  scoreResumeAgainstJob: {
    entity: 'AtsScoreOptions',
    call: (s) => ats.scoreResumeAgainstJob('Jane Doe\nSkills: SQL', 'Analyst. Requirements: SQL.', s as never),
  },
  tailorResume: {
    entity: 'TailorResumeOptions',
    required: () => ({ resume: {}, job, generator: { generate: async () => '' } }),
    call: (s) => ats.tailorResume(s as never),
  },
  jobToText: { entity: 'JobTextSettings', call: (s) => core.jobToText(job, s as never) },
  reciprocalRankFusion: {
    entity: 'ReciprocalRankFusionOptions',
    call: (s) => core.reciprocalRankFusion([['a'], ['b']], s as never),
  },
  crossValidateFeedbackClassifier: {
    entity: 'TrainFeedbackSettings',
    required: () => ({ examples: [], k: 2 }),
    call: (s) => rankers.crossValidateFeedbackClassifier(s as never),
  },
  benchmarkLlmRanker: {
    entity: 'LlmBenchmarkOptions',
    required: () => ({ model: 'model.gguf', resume: {}, jobs: [] }),
    call: (s) => rankers.benchmarkLlmRanker(s as never),
  },
  pdfToText: { entity: 'PdfToTextOptions', call: (s) => ats.pdfToText(new Uint8Array(), s as never) },
  docxToText: { entity: 'DocxToTextOptions', call: (s) => ats.docxToText(new Uint8Array(), s as never) },
  resumeFileToText: {
    entity: 'ResumeFileToTextOptions',
    call: (s) => ats.resumeFileToText(new TextEncoder().encode('Jane Doe'), s as never),
  },
  extractDocumentLayout: {
    entity: 'ExtractDocumentLayoutOptions',
    call: (s) => ats.extractDocumentLayout(new TextEncoder().encode('Jane Doe'), s as never),
  },
  // career
  skillGapPath: {
    entity: 'SkillGapOptions',
    required: () => ({ resume: { id: 'r', name: 'Jane' }, targetJobs: [job] }),
    call: (s) => career.skillGapPath(s as never),
  },
  fetchCourseSearches: {
    entity: 'FetchCourseSearchesSettings',
    required: () => ({ crawlerFor: () => undefined }),
    call: (s) => career.fetchCourseSearches([], s as never),
  },
  clusterJobs: { entity: 'ClusterSettings', call: (s) => career.clusterJobs([job], s as never) },
  rankCoursesForSkills: {
    entity: 'CourseRankingOptions',
    call: (s) => career.rankCoursesForSkills(['SQL'], career.sampleCourses, s as never),
  },
  recommendSpecialisations: {
    entity: 'SpecialisationOptions',
    required: () => ({ jobs: [] }),
    call: (s) => career.recommendSpecialisations(s as never),
  },
  // store-elastic
  createElasticStore: {
    entity: 'ElasticStoreSettings',
    call: (s) => elastic.createElasticStore(s as never),
  },
  createJobIndexMappings: {
    entity: 'JobMappingSettings',
    call: (s) => elastic.createJobIndexMappings(s as never),
  },
  createJobIndexSettings: {
    entity: 'JobIndexShardSettings',
    call: (s) => elastic.createJobIndexSettings(s as never),
  },
  // eval
  createRankerRegistry: {
    entity: 'RankerRegistrySettings',
    call: (s) => evaluation.createRankerRegistry(s as never),
  },
};

/** Exported `create*` functions that take no settings object, and what they take instead. */
const noSettingsObject: Record<string, string> = {
  createSkillTaxonomy: 'a list of skill definitions',
  createKeywordMatcher: 'a list of keywords',
  createCallbackNotifier: 'a callback and a name',
  createTailoringReview: 'a record, checked by its schema (parseWith)',
  createPersonSkills: 'a resolver, skills and a text',
  createSkillResolver: 'a skill taxonomy',
  createMemoryEmbeddingCache: 'a number of entries (checked)',
  createDevSetContext: 'a folder',
};

describe('every exported create* function is checked here', () => {
  it('has a row or says why it takes no settings object', () => {
    const factories = Object.values(packages).flatMap((exports) =>
      Object.entries(exports)
        .filter(([name, value]) => /^create[A-Z]/.test(name) && typeof value === 'function')
        .map(([name]) => name),
    );
    expect(factories.length).toBeGreaterThan(40);
    expect(factories.filter((name) => !(name in rows) && !(name in noSettingsObject))).toEqual([]);
  });
});

describe('a settings argument that is not a settings object is a ValidationError', () => {
  for (const [name, row] of Object.entries(rows)) {
    const bad: Array<[string, unknown]> = [
      ['null', null],
      ['42', 42],
      ["'x'", 'x'],
      ['[]', []],
    ];
    if (row.required) bad.unshift(['undefined', undefined]);
    for (const [label, value] of bad)
      it(`${name}(${label})`, async () => {
        const error = await errorOf(() => row.call(value));
        expect(error, `${name}(${label}) refuses it`).toBeInstanceOf(core.ValidationError);
        expect((error as Error).message).toContain(`Invalid ${row.entity}: (root): must be a settings object, got `);
      });

    it(`${name}: an unknown key is named`, async () => {
      const error = await errorOf(() => row.call({ ...row.required?.(), unknownKey: 1 }));
      expect(error).toBeInstanceOf(core.ValidationError);
      expect((error as Error).message).toContain(`Invalid ${row.entity}: unknownKey: unknown key 'unknownKey'`);
    });

    if (!row.required)
      it(`${name}(undefined): the settings are optional`, async () => {
        const error = await errorOf(() => row.call(undefined));
        // A call may still fail on its other arguments (the model file here is not a model), never on the settings.
        if (error !== undefined) {
          expect(core.isRolefitError(error), String(error)).toBe(true);
          expect((error as Error).message).not.toMatch(/settings object/);
        }
      });
  }
});
