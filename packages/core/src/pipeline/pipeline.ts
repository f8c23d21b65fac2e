import { profileToJobFilter } from '../filter/index.js';
import type { Crawler, CrawlOptions, CrawlProgressEvent, JobFilter, Notifier, Ranker, RankQuery, Store } from '../interfaces/index.js';
import { StoreWriteError, type UpsertFailure } from '../errors/index.js';
import { parseFeedback, parseWith, jobSchema, rejectUnknownKeys, type Feedback, type FeedbackInput, type Job, type JobInput, type Match } from '../schemas/index.js';
import { jobFingerprint } from './dedupe.js';

/** Settings for {@link createPipeline}. */
export interface PipelineSettings {
  store: Store;
  ranker: Ranker;
  crawlers?: readonly Crawler[];
  notifiers?: readonly Notifier[];
  /** When more jobs pass the filter than this, the best this many by BM25 are ranked (default 2,000). */
  candidateLimit?: number;
  /** Lowest score worth a notification (default 0.5). */
  notifyThreshold?: number;
  /** Jobs crawled are stored in batches of this size (default 200). */
  batchSize?: number;
}

/** What ingesting jobs did. */
export interface IngestSummary {
  received: number;
  inserted: number;
  updated: number;
  /** Same posting as one already stored or seen in this run, under another id. */
  duplicates: number;
  /** Records that failed validation, with the reason. */
  invalid: Array<{ index: number; error: Error }>;
  /**
   * Valid jobs the store refused (per item, or because a write stopped part-way), with the reason. Their fingerprints
   * are not recorded, so a copy of the same posting from another source is still stored.
   */
  failed: Array<{ jobId: string; source: string; reason: string }>;
}

/** What a crawl did, in total and per source. */
export interface CrawlSummary extends IngestSummary {
  perSource: Record<string, { items: number; errors: number }>;
  errors: Array<{ source: string; error: Error }>;
}

/** A ranked job with its match. */
export interface Recommendation {
  job: Job;
  match: Match;
}

/** What to recommend for. */
export interface RecommendRequest extends RankQuery {
  /** Id the matches and feedback are recorded under; defaults to the resume's or profile's id. */
  subjectId?: string;
  /** Extra conditions, combined with those the profile implies. */
  filter?: JobFilter;
  /** How many to return (default 10). */
  limit?: number;
  /** Keep jobs this person dismissed or rated 0 (default false). */
  includeDismissed?: boolean;
  signal?: AbortSignal;
}

/** What a full run did. */
export interface RunResult {
  crawl: CrawlSummary | undefined;
  recommendations: Recommendation[];
  /** How many of the recommendations were new enough and good enough to notify. */
  notified: number;
}

/** crawl → dedupe → store → filter → rank → notify → feedback, over any Store, Crawlers, Ranker and Notifiers. */
export interface Pipeline {
  /** Runs every crawler in parallel and ingests what they yield. */
  crawl(options?: Omit<CrawlOptions, 'limit'> & { limitPerSource?: number }): Promise<CrawlSummary>;
  /** Validates, dedupes and stores jobs from any source. */
  ingest(jobs: Iterable<JobInput> | AsyncIterable<JobInput>): Promise<IngestSummary>;
  /** Filters stored jobs for a person and ranks them; records the matches in history. */
  recommend(request: RecommendRequest): Promise<Recommendation[]>;
  /** crawl (if crawlers are set) → recommend → notify new good matches. */
  run(request: RecommendRequest & { crawl?: boolean }): Promise<RunResult>;
  /** Records a person's reaction to a job; dismissed jobs leave later recommendations. */
  feedback(input: FeedbackInput): Promise<Feedback>;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const PIPELINE_SETTING_NAMES = { store: true, ranker: true, crawlers: true, notifiers: true, candidateLimit: true, notifyThreshold: true, batchSize: true } satisfies Record<keyof PipelineSettings, true>;

/** Creates a pipeline over the given store, ranker, crawlers and notifiers. */
export function createPipeline(settings: PipelineSettings): Pipeline {
  rejectUnknownKeys('PipelineSettings', settings, PIPELINE_SETTING_NAMES);
  const { store, ranker, crawlers = [], notifiers = [] } = settings;
  const candidateLimit = settings.candidateLimit ?? 2000;
  const notifyThreshold = settings.notifyThreshold ?? 0.5;
  const batchSize = settings.batchSize ?? 200;

  /** Stores one batch; `seen` maps fingerprints met in this run to the id kept. */
  async function storeBatch(batch: Job[], seen: Map<string, string>, summary: IngestSummary): Promise<void> {
    let fresh: Job[] = [];
    // Copies dropped in favour of a job of this batch, by fingerprint: if that job is refused, the next copy is tried.
    const droppedFor = new Map<string, Job[]>();
    const unknown = batch.filter((job) => !seen.has(job.fingerprint!));
    const stored = unknown.length ? await store.listJobs({ fingerprints: [...new Set(unknown.map((job) => job.fingerprint!))] }) : [];
    const alreadyStored = new Set<string>();
    for (const job of stored) {
      if (!job.fingerprint) continue;
      alreadyStored.add(job.fingerprint);
      if (!seen.has(job.fingerprint)) seen.set(job.fingerprint, job.id);
    }
    for (const job of batch) {
      const keptId = seen.get(job.fingerprint!);
      if (keptId !== undefined && keptId !== job.id) {
        summary.duplicates += 1;
        const copies = droppedFor.get(job.fingerprint!) ?? [];
        copies.push(job);
        droppedFor.set(job.fingerprint!, copies);
        continue;
      }
      seen.set(job.fingerprint!, job.id);
      fresh.push(job);
    }
    while (fresh.length) {
      let result: { inserted: number; updated: number; failed?: UpsertFailure[] };
      try {
        result = await store.upsertJobs(fresh);
      } catch (error) {
        // A write that stopped part-way says what it wrote and what it did not: report both and go on.
        if (!(error instanceof StoreWriteError)) throw error;
        result = error.result;
      }
      summary.inserted += result.inserted;
      summary.updated += result.updated;
      const byId = new Map(fresh.map((job) => [job.id, job]));
      const retry: Job[] = [];
      for (const failure of result.failed ?? []) {
        const job = byId.get(failure.id);
        summary.failed.push({ jobId: failure.id, source: job?.source ?? '', reason: failure.reason || failure.type || 'refused by the store' });
        if (!job) continue;
        const fingerprint = job.fingerprint!;
        // Not stored: forget its fingerprint unless another stored job already carries it.
        if (seen.get(fingerprint) !== job.id || alreadyStored.has(fingerprint)) continue;
        const copies = droppedFor.get(fingerprint);
        const next = copies?.shift();
        if (next) {
          summary.duplicates -= 1;
          seen.set(fingerprint, next.id);
          retry.push(next);
        } else seen.delete(fingerprint);
      }
      fresh = retry;
    }
  }

  async function ingestInto(jobs: Iterable<JobInput> | AsyncIterable<JobInput>, summary: IngestSummary, seen: Map<string, string>): Promise<void> {
    let batch: Job[] = [];
    for await (const input of jobs) {
      const index = summary.received;
      summary.received += 1;
      try {
        const job = parseWith(jobSchema, `Job at index ${index}`, input);
        batch.push({ ...job, fingerprint: job.fingerprint ?? jobFingerprint(job) });
      } catch (error) {
        summary.invalid.push({ index, error: error as Error });
        continue;
      }
      if (batch.length >= batchSize) {
        await storeBatch(batch, seen, summary);
        batch = [];
      }
    }
    if (batch.length) await storeBatch(batch, seen, summary);
  }

  const emptySummary = (): IngestSummary => ({ received: 0, inserted: 0, updated: 0, duplicates: 0, invalid: [], failed: [] });

  async function crawl(options: Omit<CrawlOptions, 'limit'> & { limitPerSource?: number } = {}): Promise<CrawlSummary> {
    const summary: CrawlSummary = { ...emptySummary(), perSource: {}, errors: [] };
    const seen = new Map<string, string>();
    // Ingest is serialised through one chain so batches from parallel crawlers never race on dedupe.
    let queue = Promise.resolve();
    await Promise.all(
      crawlers.map(async (crawler) => {
        const counts = (summary.perSource[crawler.name] = { items: 0, errors: 0 });
        const onProgress = (event: CrawlProgressEvent) => {
          if (event.type === 'error') {
            counts.errors += 1;
            summary.errors.push({ source: event.source, error: event.error });
          }
          options.onProgress?.(event);
        };
        const jobs: Job[] = [];
        try {
          for await (const job of crawler.crawl({ signal: options.signal, since: options.since, limit: options.limitPerSource, onProgress })) {
            counts.items += 1;
            jobs.push(job);
            if (jobs.length >= batchSize) {
              const batch = jobs.splice(0);
              queue = queue.then(() => ingestInto(batch, summary, seen));
              await queue;
            }
          }
        } catch (error) {
          // One failing source must not sink the others.
          counts.errors += 1;
          summary.errors.push({ source: crawler.name, error: error as Error });
          options.onProgress?.({ type: 'error', source: crawler.name, error: error as Error });
        }
        const rest = jobs.splice(0);
        queue = queue.then(() => ingestInto(rest, summary, seen));
        await queue;
      }),
    );
    await store.flush();
    return summary;
  }

  async function recommend(request: RecommendRequest): Promise<Recommendation[]> {
    const subjectId = request.subjectId ?? request.resume?.id ?? request.profile?.id;
    const filter: JobFilter = { ...(request.profile ? profileToJobFilter(request.profile) : {}), ...request.filter };
    let jobs: Job[];
    const total = await store.countJobs(filter);
    if (total > candidateLimit) {
      // Too many to rank one by one: take the lexically closest to the person.
      const queryText = [request.text, request.resume?.text, request.resume?.summary, request.resume?.skills.join(' '), request.profile?.desiredTitles.join(' ')]
        .filter(Boolean)
        .join('\n');
      jobs = (await store.searchJobs(queryText, { filter, limit: candidateLimit })).map((hit) => hit.job);
    } else {
      jobs = await store.listJobs(filter);
    }
    if (subjectId && !request.includeDismissed) {
      const rejected = new Set(
        (await store.listFeedback({ subjectId })).filter((item) => item.action === 'dismiss' || item.rating === 0).map((item) => item.jobId),
      );
      jobs = jobs.filter((job) => !rejected.has(job.id));
    }
    const limit = request.limit ?? 10;
    const matches = await ranker.rank(request, jobs, { limit, signal: request.signal });
    const byId = new Map(jobs.map((job) => [job.id, job]));
    const recommendations = matches
      .map((match) => ({ job: byId.get(match.jobId)!, match }))
      .filter((item) => item.job !== undefined)
      .slice(0, limit);
    if (subjectId) await store.addMatches(subjectId, recommendations.map((item) => item.match));
    return recommendations;
  }

  return {
    crawl,
    async ingest(jobs) {
      const summary = emptySummary();
      await ingestInto(jobs, summary, new Map());
      await store.flush();
      return summary;
    },
    recommend,
    async run(request) {
      const crawlSummary = request.crawl !== false && crawlers.length ? await crawl({ signal: request.signal }) : undefined;
      const subjectId = request.subjectId ?? request.resume?.id ?? request.profile?.id;
      // Read history before recommend() appends this run's matches to it.
      const alreadyShown = new Set(subjectId ? (await store.listMatches(subjectId)).map((match) => match.jobId) : []);
      const recommendations = await recommend(request);
      const worthTelling = recommendations.filter((item) => item.match.score >= notifyThreshold && !alreadyShown.has(item.job.id));
      if (subjectId && worthTelling.length && notifiers.length) {
        const notification = { subjectId, matches: worthTelling, createdAt: new Date() };
        await Promise.all(notifiers.map((notifier) => notifier.notify(notification, { signal: request.signal })));
      }
      return { crawl: crawlSummary, recommendations, notified: notifiers.length ? worthTelling.length : 0 };
    },
    async feedback(input) {
      const feedback = parseFeedback(input);
      const job = await store.getJob(feedback.jobId);
      if (!job) throw new RangeError(`Feedback names job ${feedback.jobId}, which is not in the store`);
      return store.addFeedback(input);
    },
  };
}
