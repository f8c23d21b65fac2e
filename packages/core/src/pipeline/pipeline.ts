import { describeValue, rankerProblem } from '../errors/argument.js';
import { checkNumberSetting, checkPageNumber } from '../errors/number-setting.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { invalidSetting, ValidationError } from '../errors/validation-error.js';
import { profileToJobFilter, withJobFilter } from '../filter/index.js';
import type { Crawler, JobFilter, Notifier, Ranker, RankQuery, Store } from '../interfaces/index.js';
import {
  parseFeedback,
  parseProfile,
  parseResume,
  rejectUnknownKeys,
  type Feedback,
  type FeedbackInput,
  type Job,
  type JobInput,
  type Match,
} from '../schemas/index.js';
import type { CrawlBlacklist } from './crawl-all.js';
import { resolveRetrievalSettings, retrieveCandidates, type RetrievalSettings } from './retrieve-candidates.js';
import { createIngestion, type CrawlSummary, type IngestSummary, type PipelineCrawlOptions } from './ingestion.js';
import { MAX_LONG_TEXT_LENGTH } from '../schemas/limits.js';
import { runWatch, type WatchOptions, type WatchRound } from './watch.js';
import { createSubjectRankers, type FeedbackLearner, type RetrainResult } from './learning.js';

export type { CrawlSummary, IngestSummary, PipelineCrawlOptions } from './ingestion.js';

/** Settings for {@link createPipeline}. */
export interface PipelineSettings {
  store: Store;
  ranker: Ranker;
  crawlers?: readonly Crawler[] | undefined;
  notifiers?: readonly Notifier[] | undefined;
  /** First stage of recommend: how many candidates (K) the ranker re-ranks and how they are retrieved (BM25, vectors). */
  retrieval?: RetrievalSettings | undefined;
  /** Lowest score worth a notification (default 0.5). */
  notifyThreshold?: number | undefined;
  /** Jobs crawled are stored in batches of this size (default 200). */
  batchSize?: number | undefined;
  /** Companies and keywords every crawl leaves out. */
  blacklist?: CrawlBlacklist | undefined;
  /** Learns a person's ranker from their stored feedback for `retrain` (e.g. `createFeedbackLearner()` from @rolefit/rankers). */
  learner?: FeedbackLearner | undefined;
}

/** A ranked job with its match. */
export interface Recommendation {
  job: Job;
  match: Match;
}

/**
 * Whom {@link Pipeline.recommend} ranks for: a resume, a profile or a text that is not blank, or several of them. A
 * request naming none of them is refused (a ValidationError naming `resume`).
 */
export type RecommendSubject =
  | (RankQuery & { resume: NonNullable<RankQuery['resume']> })
  | (RankQuery & { profile: NonNullable<RankQuery['profile']> })
  | (RankQuery & { text: string });

/** What to recommend for: whom ({@link RecommendSubject}, at least one of resume, profile and text) and how. */
export type RecommendRequest = RecommendSubject & RecommendOptions;

/** Every part of a {@link RecommendRequest} but whom it is for. */
export interface RecommendOptions {
  /** Id the matches and feedback are recorded under; defaults to the resume's or profile's id. */
  subjectId?: string | undefined;
  /** Extra conditions, combined with those the profile implies. */
  filter?: JobFilter | undefined;
  /** How many to return (default 10; `Infinity` for every candidate); not a number ≥ 0 is a ValidationError. */
  limit?: number | undefined;
  /** Keep jobs this person dismissed or rated 0 (default false). */
  includeDismissed?: boolean | undefined;
  /** Record the matches in the person's history (default true); `watch` records only what it sent. */
  record?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/** What a full run did. */
export interface RunResult {
  crawl: CrawlSummary | undefined;
  recommendations: Recommendation[];
  /** How many of the recommendations were new enough and good enough to notify. */
  notified: number;
}

/** Options for {@link Pipeline.prepare}. */
export interface PipelinePrepareOptions {
  /**
   * Jobs read per step (default 100: about 0.1 s of CPU for the default ranker); other work (a recommend) runs
   * between steps.
   */
  batchSize?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** crawl → dedupe → store → filter → rank → notify → feedback, over any Store, Crawlers, Ranker and Notifiers. */
export interface Pipeline {
  /** Runs the crawlers in parallel (blacklists, per-source counts and progress) and stores what they yield, deduped. */
  crawl(options?: PipelineCrawlOptions): Promise<CrawlSummary>;
  /** Validates, dedupes and stores jobs from any source. */
  ingest(jobs: Iterable<JobInput> | AsyncIterable<JobInput>): Promise<IngestSummary>;
  /** Filters stored jobs for a person and ranks them; records the matches in history. */
  recommend(request: RecommendRequest): Promise<Recommendation[]>;
  /**
   * crawl (if crawlers are set) → recommend → notify new good matches (those not in the person's history). A notifier
   * that fails rejects `run` with its error once every notifier has answered; the matches it was to send are left out
   * of the history, so the next run sends them again (to every notifier: `watch` keeps deliveries per notifier).
   */
  run(request: RecommendRequest & { crawl?: boolean | undefined }): Promise<RunResult>;
  /**
   * Has the ranker read every stored job ahead (`Ranker.prepare`, when it has one), in steps that let other work run,
   * so that a person's first recommend costs what a warm one does. Returns how many jobs were read (0 when the ranker
   * has no `prepare`). Jobs read before are cheap to go over again: call it after a load and after a crawl.
   */
  prepare(options?: PipelinePrepareOptions): Promise<number>;
  /**
   * Records a person's reaction to a job; dismissed jobs leave later recommendations. Throws a `ValidationError` for
   * invalid feedback, and one whose `field` is `jobId` for a job that is not in the store.
   */
  feedback(input: FeedbackInput): Promise<Feedback>;
  /**
   * Every `intervalMs`: crawl (the ingestion path), rank the jobs stored in that round for each person (default: every
   * stored resume) and send each good match once per person and notifier, recorded in the store across restarts.
   */
  watch(options?: WatchOptions): Promise<WatchRound[]>;
  /** Learns the person's ranker from their stored feedback (needs `learner`); their later recommendations use it. */
  retrain(
    subjectId: string,
    options?: { query?: RankQuery | undefined; signal?: AbortSignal | undefined },
  ): Promise<RetrainResult>;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const PIPELINE_SETTING_NAMES = {
  store: true,
  ranker: true,
  crawlers: true,
  notifiers: true,
  retrieval: true,
  notifyThreshold: true,
  batchSize: true,
  blacklist: true,
  learner: true,
} satisfies Record<keyof PipelineSettings, true>;

// Every key of a recommend request, so that a typo (`limt`) is refused instead of silently ignored.
const RECOMMEND_REQUEST_NAMES = {
  resume: true,
  profile: true,
  text: true,
  subjectId: true,
  filter: true,
  limit: true,
  includeDismissed: true,
  record: true,
  signal: true,
} satisfies Record<keyof RecommendRequest, true>;

/** Creates a pipeline over the given store, ranker, crawlers and notifiers. */
export function createPipeline(settings: PipelineSettings): Pipeline {
  rejectUnknownKeys('PipelineSettings', settings, PIPELINE_SETTING_NAMES, { required: true });
  const { store, ranker, crawlers = [], notifiers = [] } = settings;
  // Checked here, not at the first recommend: `ranker: createDefaultRanker` (the factory, not called) failed there
  // with "ranker.rank is not a function".
  if (typeof (store as Partial<Store> | undefined)?.listJobs !== 'function')
    throw invalidSetting('PipelineSettings', 'store', 'must be a Store (such as createMemoryStore())');
  const rankerIssue = rankerProblem(ranker, 'createDefaultRanker');
  if (rankerIssue !== undefined) throw invalidSetting('PipelineSettings', 'ranker', rankerIssue);
  const retrieval = resolveRetrievalSettings(settings.retrieval);
  // Match scores are in [0, 1].
  const notifyThreshold =
    checkNumberSetting('PipelineSettings', 'notifyThreshold', settings.notifyThreshold, { min: 0, max: 1 }) ?? 0.5;
  const batchSize =
    checkNumberSetting('PipelineSettings', 'batchSize', settings.batchSize, { integer: true, min: 1 }) ?? 200;

  // The one ingestion path (ingestion.ts): the refresh scheduler and watch store crawled jobs through it too.
  const ingestion = createIngestion({ store, crawlers, batchSize, blacklist: settings.blacklist });
  // Rankers learned from each person's feedback by retrain(); recommend uses the person's own when there is one.
  const learned = createSubjectRankers(store, settings.learner);

  async function recommend(unchecked: RecommendRequest): Promise<Recommendation[]> {
    rejectUnknownKeys('RecommendRequest', unchecked, RECOMMEND_REQUEST_NAMES, { required: true });
    checkSignalOption('RecommendRequest', unchecked.signal);
    // Checked before any work, as the other settings are: -1 or NaN reached the ranker, whose RangeError came after
    // the candidates were retrieved, and a string ('3') was used as a number. Infinity keeps every candidate; a
    // fraction is rounded down.
    const limit = checkPageNumber('RecommendRequest', 'limit', unchecked.limit) ?? 10;
    // Someone to rank for: with no resume, profile or text every job scored 0 and the first ten stored came back, as if
    // they were recommendations (round 8 of ADVERSARIAL.md). A profile alone is enough (its filters and skills).
    if (unchecked.text !== undefined && typeof unchecked.text !== 'string')
      throw invalidSetting('RecommendRequest', 'text', `must be a string, got ${describeValue(unchecked.text)}`);
    // As long as a resume's text may be; a 10 MB text was read by the store's search and every ranker (16–24 s).
    if (unchecked.text !== undefined && unchecked.text.length > MAX_LONG_TEXT_LENGTH)
      throw invalidSetting(
        'RecommendRequest',
        'text',
        `must be at most ${MAX_LONG_TEXT_LENGTH} characters (MAX_LONG_TEXT_LENGTH), got ${unchecked.text.length}`,
      );
    if (unchecked.resume === undefined && unchecked.profile === undefined && !unchecked.text?.trim())
      throw invalidSetting(
        'RecommendRequest',
        unchecked.text === undefined ? 'resume' : 'text',
        `names no one to rank the jobs for: give a resume, a profile or a text${unchecked.text === undefined ? '' : ' (the text is blank)'}`,
      );
    // The resume and profile are checked as their parsers check them (a ValidationError naming the field): from
    // JavaScript, a resume object with `skills: 'SQL'` crashed in the ranker ("resume.skills.join is not a function").
    const request: RecommendRequest = {
      ...unchecked,
      ...(unchecked.resume === undefined ? {} : { resume: parseResume(unchecked.resume) }),
      ...(unchecked.profile === undefined ? {} : { profile: parseProfile(unchecked.profile) }),
    };
    const subjectId = request.subjectId ?? request.resume?.id ?? request.profile?.id;
    const filter = withJobFilter(request.profile ? profileToJobFilter(request.profile) : {}, request.filter);
    const rejected = new Set(
      subjectId && !request.includeDismissed
        ? (await store.listFeedback({ subjectId }))
            .filter((item) => item.action === 'dismiss' || item.rating === 0)
            .map((item) => item.jobId)
        : [],
    );
    // Two stages: retrieve K candidates from the store (filters applied there), then the ranker re-ranks them.
    const candidates = await retrieveCandidates({
      store,
      query: request,
      filter,
      settings: retrieval,
      exclude: rejected,
      ...(ranker.retrievalTexts
        ? { texts: () => ranker.retrievalTexts!(request, request.signal ? { signal: request.signal } : {}) }
        : {}),
      signal: request.signal,
    });
    const jobs = candidates.jobs;
    const statistics = candidates.corpusStatistics ? { corpusStatistics: candidates.corpusStatistics } : {};
    const matches = await learned
      .rankerFor(subjectId, ranker)
      .rank(request, jobs, { limit, signal: request.signal, ...statistics });
    const byId = new Map(jobs.map((job) => [job.id, job]));
    const recommendations = matches
      .map((match) => ({
        job: byId.get(match.jobId)!,
        match: { ...match, retrieval: candidates.retrieval.get(match.jobId) },
      }))
      .filter((item) => item.job !== undefined)
      .slice(0, limit);
    if (subjectId && request.record !== false)
      await store.addMatches(
        subjectId,
        recommendations.map((item) => item.match),
      );
    return recommendations;
  }

  async function prepare(options: PipelinePrepareOptions = {}): Promise<number> {
    const batchSize =
      checkNumberSetting('PipelinePrepareOptions', 'batchSize', options.batchSize, { integer: true, min: 1 }) ?? 100;
    checkSignalOption('PipelinePrepareOptions', options.signal);
    if (typeof ranker.prepare !== 'function') return 0;
    const jobs = await store.listJobs({});
    for (let start = 0; start < jobs.length; start += batchSize) {
      options.signal?.throwIfAborted();
      await ranker.prepare(jobs.slice(start, start + batchSize), options.signal ? { signal: options.signal } : {});
      // Let other work (a recommend, a request) run between steps.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return jobs.length;
  }

  return {
    crawl: ingestion.crawl,
    prepare,
    ingest: ingestion.ingest,
    recommend,
    retrain: learned.retrain,
    watch: (options) => runWatch({ store, notifiers, notifyThreshold, crawl: ingestion.crawl, recommend }, options),
    async run(request) {
      // Checked before the crawl, which the signal would otherwise reach first (recommend checks the rest).
      checkSignalOption('RecommendRequest', (request as Partial<RecommendRequest> | undefined)?.signal);
      const crawlSummary =
        request.crawl !== false && crawlers.length ? await ingestion.crawl({ signal: request.signal }) : undefined;
      const subjectId = request.subjectId ?? request.resume?.id ?? request.profile?.id;
      // Read history before recommend() appends this run's matches to it.
      const alreadyShown = new Set(subjectId ? (await store.listMatches(subjectId)).map((match) => match.jobId) : []);
      const { crawl: _crawl, ...recommendRequest } = request;
      // The matches go into the history only after the notifiers answered: a match in the history is not new, so one
      // recorded before a notifier failed was never sent by any later run.
      const recommendations = await recommend({ ...recommendRequest, record: false });
      const worthTelling = recommendations.filter(
        (item) => item.match.score >= notifyThreshold && !alreadyShown.has(item.job.id),
      );
      let failure: { error: unknown } | undefined;
      if (subjectId && worthTelling.length && notifiers.length) {
        const notification = { subjectId, matches: worthTelling, createdAt: new Date() };
        const outcomes = await Promise.allSettled(
          notifiers.map((notifier) => notifier.notify(notification, { signal: request.signal })),
        );
        const failed = outcomes.find((outcome) => outcome.status === 'rejected');
        if (failed) failure = { error: failed.reason };
      }
      if (subjectId && request.record !== false) {
        // When a notifier failed, the matches it was to send stay out of the history, so the next run sends them again.
        const unsent = new Set(failure ? worthTelling.map((item) => item.job.id) : []);
        const recorded = recommendations.filter((item) => !unsent.has(item.job.id)).map((item) => item.match);
        await store.addMatches(subjectId, recorded);
      }
      if (failure) throw failure.error;
      return { crawl: crawlSummary, recommendations, notified: notifiers.length ? worthTelling.length : 0 };
    },
    async feedback(input) {
      const feedback = parseFeedback(input);
      const job = await store.getJob(feedback.jobId);
      // A ValidationError naming the field, as for a bad rating: a job can leave the store between a page and a click.
      if (!job)
        throw new ValidationError('Feedback', [
          { path: 'jobId', message: `job ${feedback.jobId} is not in the store`, code: 'not_found' },
        ]);
      return store.addFeedback(input);
    },
  };
}
