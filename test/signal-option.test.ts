// A `signal` option that is no AbortSignal (a string, `{}`, null, a number) is a ValidationError naming `signal` and the
// options it belongs to (`Invalid CrawlOptions: signal: must be an AbortSignal, got a string`), checked before any
// work by core's checkSignalOption (@rolefit/core/internal). It was a TypeError from deep inside
// ("signal.throwIfAborted is not a function", Node's ERR_INVALID_ARG_TYPE from AbortSignal.any) or, where nothing read
// it, ignored (rounds 13 and 14 of ADVERSARIAL.md). One row per public call that takes a signal; a signal left out
// stays allowed (the rows' own tests and checkSignalOption's).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ats from '@rolefit/ats';
import * as career from '@rolefit/career';
import * as core from '@rolefit/core';
import { readFileChunks } from '@rolefit/core/internal';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import * as crawlers from '@rolefit/crawlers';
import * as notify from '@rolefit/notify';
import * as rankers from '@rolefit/rankers';
import { describe, expect, it } from 'vitest';
import { errorOf } from './error-of.js';

const BAD_SIGNALS: ReadonlyArray<[unknown, string]> = [
  ['x', 'a string'],
  [{}, 'an object'],
  [null, 'null'],
  [42, 'a number (42)'],
];

const job = core.parseJob(sampleJobs[0]!);
const resume = core.parseResume(sampleResumes[0]!);
const query = { text: 'SQL and Python' };
const store = () => core.createMemoryStore();
const scratch = mkdtempSync(join(tmpdir(), 'rolefit-signal-option-'));
const textFile = join(scratch, 'jobs.jsonl');
writeFileSync(textFile, `${JSON.stringify(sampleJobs[0])}\n`);
// The recognizer is made only if the language's file is there; it is never read (the check comes first).
writeFileSync(join(scratch, 'eng.traineddata'), '');
// A closed port: a call that got past the check would fail fast, not reach anyone.
const nowhere = 'http://127.0.0.1:9';
const notification = {
  subjectId: 'person-1',
  createdAt: new Date(),
  matches: [{ job, match: { jobId: job.id, score: 0.9, matchedSkills: ['SQL'], missingSkills: [] } }],
};
const generator = { name: 'echo', generate: async () => 'tailored' };
// A tiny feedback classifier, trained once on first use (as the learned rankers' tests train theirs, on few examples):
// its score(query, jobs, signal) takes the signal as a positional argument.
let feedbackClassifier: Promise<rankers.FeedbackClassifier> | undefined;
const tinyFeedbackClassifier = () =>
  (feedbackClassifier ??= rankers.trainFeedbackClassifier({
    examples: sampleJobs.slice(0, 4).map((entry, index) => ({ query, job: core.parseJob(entry), label: index % 2 })),
    epochs: 5,
    seed: 1,
  }));

/** Each call, given `signal`, with the entity its error names. */
const rows: Record<string, { entity: string; call: (signal: unknown) => unknown }> = {
  // core
  readFileChunks: {
    entity: 'ReadFileChunksOptions',
    call: (signal) => readFileChunks(textFile, { idleTimeoutMs: 1_000, signal } as never).next(),
  },
  sleep: { entity: 'sleep', call: (signal) => core.sleep(1, signal as never) },
  retry: { entity: 'RetrySettings', call: (signal) => core.retry(async () => 1, { signal } as never) },
  crawlAll: { entity: 'CrawlAllOptions', call: (signal) => core.crawlAll({ crawlers: [], signal } as never).summary },
  'pipeline.crawl': {
    entity: 'PipelineCrawlOptions',
    call: (signal) =>
      core.createPipeline({ store: store(), ranker: rankers.createBm25Ranker() }).crawl({ signal } as never),
  },
  'ingestion.crawl': {
    entity: 'PipelineCrawlOptions',
    call: (signal) => core.createIngestion({ store: store(), crawlers: [] }).crawl({ signal } as never),
  },
  'pipeline.prepare': {
    entity: 'PipelinePrepareOptions',
    call: (signal) =>
      core.createPipeline({ store: store(), ranker: rankers.createBm25Ranker() }).prepare({ signal } as never),
  },
  'pipeline.recommend': {
    entity: 'RecommendRequest',
    call: (signal) =>
      core
        .createPipeline({ store: store(), ranker: rankers.createBm25Ranker() })
        .recommend({ ...query, signal } as never),
  },
  'pipeline.run': {
    entity: 'RecommendRequest',
    call: async (signal) => {
      const pipeline = core.createPipeline({
        store: store(),
        ranker: rankers.createBm25Ranker(),
        crawlers: [crawlers.createFileCrawler({ path: textFile })],
      });
      return pipeline.run({ ...query, signal } as never);
    },
  },
  'pipeline.watch': {
    entity: 'WatchOptions',
    call: (signal) =>
      core.createPipeline({ store: store(), ranker: rankers.createBm25Ranker() }).watch({ rounds: 1, signal } as never),
  },
  'pipeline.retrain': {
    entity: 'RetrainOptions',
    call: (signal) =>
      core
        .createPipeline({
          store: store(),
          ranker: rankers.createBm25Ranker(),
          learner: rankers.createFeedbackLearner(),
        })
        .retrain('person-1', { signal } as never),
  },
  retrieveCandidates: {
    entity: 'RetrieveCandidatesRequest',
    call: (signal) => core.retrieveCandidates({ store: store(), query, signal } as never),
  },
  // crawlers
  // Every crawler's crawl (createCrawlTally's check; the file crawler's own).
  ...Object.fromEntries(
    Object.entries({
      createGreenhouseCrawler: () => crawlers.createGreenhouseCrawler({ board: 'acme', baseUrl: nowhere }),
      createLeverCrawler: () => crawlers.createLeverCrawler({ company: 'acme', baseUrl: nowhere }),
      createMuseCrawler: () => crawlers.createMuseCrawler({ baseUrl: nowhere }),
      createDiceCrawler: () => crawlers.createDiceCrawler({ apiKey: 'key', baseUrl: nowhere }),
      createHhCrawler: () => crawlers.createHhCrawler({ text: 'developer', baseUrl: nowhere }),
      createCourseraCrawler: () => crawlers.createCourseraCrawler({ query: 'sql', baseUrl: nowhere }),
      createLinkedInCrawler: () => crawlers.createLinkedInCrawler({ keywords: 'developer', baseUrl: nowhere }),
      createLinkedInPostingCrawler: () =>
        crawlers.createLinkedInPostingCrawler({ urls: ['https://www.linkedin.com/jobs/view/1'], baseUrl: nowhere }),
      createJsonLdCrawler: () => crawlers.createJsonLdCrawler({ urls: [`${nowhere}/jobs/1`] }),
      createFileCrawler: () => crawlers.createFileCrawler({ path: textFile }),
    }).map(([name, make]) => [
      `${name}().crawl`,
      {
        entity: 'CrawlOptions',
        call: (signal: unknown) =>
          make()
            .crawl({ signal } as never)
            .next(),
      },
    ]),
  ),
  'createHttpClient().getText': {
    entity: 'HttpRequestOptions',
    call: (signal) => crawlers.createHttpClient({ cacheDirectory: false }).getText(`${nowhere}/`, { signal } as never),
  },
  'createHttpClient().getJson': {
    entity: 'HttpRequestOptions',
    call: (signal) => crawlers.createHttpClient({ cacheDirectory: false }).getJson(`${nowhere}/`, { signal } as never),
  },
  // rankers
  'createBm25Ranker().rank': {
    entity: 'RankOptions',
    call: (signal) => rankers.createBm25Ranker().rank(query, [job], { signal } as never),
  },
  ...Object.fromEntries(
    (
      [
        ['createBm25Ranker', () => rankers.createBm25Ranker()],
        ['createOccupationRanker', () => rankers.createOccupationRanker()],
        [
          'createPseudoRelevanceRanker',
          () => rankers.createPseudoRelevanceRanker({ ranker: rankers.createBm25Ranker() }),
        ],
        [
          'createFusionRanker',
          () => rankers.createFusionRanker({ rankers: [rankers.createBm25Ranker(), rankers.createOccupationRanker()] }),
        ],
        ['createDefaultRanker', () => rankers.createDefaultRanker()],
      ] as const
    ).flatMap(([name, make]) => [
      [
        `${name}().prepare`,
        { entity: 'PrepareOptions', call: (signal: unknown) => make().prepare!([job], { signal } as never) },
      ],
      ...(name === 'createOccupationRanker' || name === 'createFusionRanker'
        ? [
            [
              `${name}().retrievalTexts`,
              {
                entity: 'PrepareOptions',
                call: (signal: unknown) => make().retrievalTexts!(query, { signal } as never),
              },
            ],
          ]
        : []),
    ]),
  ),
  'createTrainableFusionRanker().fit': {
    entity: 'FitOptions',
    call: (signal) =>
      rankers
        .createTrainableFusionRanker({
          rankers: [rankers.createBm25Ranker(), rankers.createMultiFactorRanker()],
          trained: { method: 'weighted-sum' },
        })
        .fit([], { signal } as never),
  },
  'createTrainableFeedbackClassifier().fit': {
    entity: 'FitOptions',
    call: (signal) => rankers.createTrainableFeedbackClassifier().fit([], { signal } as never),
  },
  'createColdStartRanker().fit': {
    entity: 'FitOptions',
    call: (signal) =>
      rankers
        .createColdStartRanker({ learned: rankers.createTrainableDesirabilityModel() })
        .fit([], { signal } as never),
  },
  fitFusionWeights: {
    entity: 'FitFusionWeightsOptions',
    call: (signal) =>
      rankers.fitFusionWeights({
        rankers: [rankers.createBm25Ranker(), rankers.createMultiFactorRanker()],
        method: 'weighted-sum',
        queries: [],
        signal,
      } as never),
  },
  'createTransformersEmbedder().embed': {
    entity: 'EmbedOptions',
    call: (signal) => rankers.createTransformersEmbedder({ model: 'embedder' }).embed(['text'], { signal } as never),
  },
  'createFeedbackLearner().learn': {
    entity: 'LearnRequest',
    call: (signal) => rankers.createFeedbackLearner().learn({ store: store(), subjectId: 'person-1', signal } as never),
  },
  writeJobFeatures: {
    entity: 'WriteJobFeaturesOptions',
    call: (signal) => rankers.writeJobFeatures(join(scratch, 'features.bin'), [job], { signal } as never),
  },
  trainFeedbackClassifier: {
    entity: 'TrainFeedbackSettings',
    call: (signal) => rankers.trainFeedbackClassifier({ examples: [], signal } as never),
  },
  'FeedbackClassifier.score': {
    entity: 'FeedbackClassifier.score',
    call: async (signal) => (await tinyFeedbackClassifier()).score(query, [job], signal as never),
  },
  // ats
  tailorResume: {
    entity: 'TailorResumeOptions',
    call: (signal) => ats.tailorResume({ resume, job, generator, signal } as never),
  },
  'createOpenAiCompatibleGenerator().generate': {
    entity: 'GenerateOptions',
    call: (signal) =>
      ats
        .createOpenAiCompatibleGenerator({ baseUrl: `${nowhere}/v1`, model: 'model' })
        .generate('hi', { signal } as never),
  },
  'createLlamaCppGenerator().generate': {
    entity: 'GenerateOptions',
    call: (signal) =>
      ats.createLlamaCppGenerator({ model: join(scratch, 'model.gguf') }).generate('hi', { signal } as never),
  },
  'createTesseractRecognizer().recognize': {
    entity: 'RecognizeOptions',
    call: (signal) =>
      ats
        .createTesseractRecognizer({ langPath: scratch })
        .recognize({ width: 1, height: 1, channels: 1, data: new Uint8Array(1) }, { signal } as never),
  },
  // career
  fetchCourseSearches: {
    entity: 'FetchCourseSearchesSettings',
    call: (signal) => career.fetchCourseSearches([], { crawlerFor: () => undefined, signal } as never),
  },
  // notify
  'createWebhookNotifier().notify': {
    entity: 'NotifyOptions',
    call: (signal) =>
      notify
        .createWebhookNotifier({ url: `${nowhere}/hook`, secret: 'secret', maxRetries: 0 })
        .notify(notification, { signal } as never),
  },
  'createEmailDigestNotifier().notify': {
    entity: 'NotifyOptions',
    call: (signal) =>
      notify
        .createEmailDigestNotifier({ smtp: { host: '127.0.0.1', port: 9 }, from: 'a@example.com', to: 'b@example.com' })
        .notify(notification, { signal } as never),
  },
};

describe('a signal that is no AbortSignal is a ValidationError naming it', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(name, async () => {
      for (const [signal, got] of BAD_SIGNALS) {
        const error = await errorOf(() => row.call(signal));
        const label = `${name} signal: ${String(signal)}`;
        expect(error, label).toBeInstanceOf(core.ValidationError);
        expect((error as core.ValidationError).message, label).toBe(
          `Invalid ${row.entity}: signal: must be an AbortSignal, got ${got}`,
        );
      }
    });
  }
});
