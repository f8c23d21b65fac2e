import type { CorpusStatistics } from '../bm25/corpus-statistics.js';
import { checkRecordArgument, invalidArgument } from '../errors/argument.js';
import { ValidationError } from '../errors/index.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { DEFAULT_RRF_K, reciprocalRankFusion } from '../fusion/index.js';
import type { Embedder, JobFilter, RankQuery, Store } from '../interfaces/index.js';
import { rejectUnknownKeys, type Job, type MatchRetrieval } from '../schemas/index.js';
import { personText } from '../text/index.js';

/**
 * Default K, the candidates the ranker re-ranks. Measured with `node bench/retrieval-recall.mjs` (the dev sets' test
 * splits pooled into one store of 5,606 jobs, BM25 retrieval plus the ranker's `retrievalTexts`: for the default
 * ranker one text per occupation of the person and one of the occupations closest to them; the store's index holding
 * each job's place, the default ranker given the store's corpus statistics, 2026-12-05), on the 508 resume queries of
 * the sets no retrieval setting was chosen on (applicant-occupation-few, hand-graded-resume-jobs, lirecommend,
 * resume-occupation, wuzzuf-skills): the re-ranked top 10 is the full ranking's top 10 on 76.0% of queries at
 * K = 300, 86.4% at 500, 97.6% at 1,000, 99.4% at 2,000 (95% interval 98.3–99.8%) and 99.6% at 3,000 (98.6–99.9%).
 * On the other sets' queries, on which the retrieval texts were chosen (mostly job-views: short texts whose best jobs
 * share no word with them, or are near-empty postings the occupation ranker likes), 98.0% at 2,000 and 99.4% at
 * 3,000, so over all 1,008 queries 98.7% at 2,000 and 99.5% (98.8–99.8%) at 3,000: 3,000 is the smallest of these
 * that meets 99% over all queries. Whenever retrieval holds that top 10 the re-ranked top 10 is almost always the same
 * (the ranker scores a job alike in any batch holding its best jobs). Warm, the default ranker re-ranks 3,000 jobs in
 * about 0.1 s of CPU (its per-job term caches; a job it has not read yet costs about 0.5 ms more: `Pipeline.prepare`
 * reads every stored job ahead), so where the store is not read ahead and the first run for a new person matters
 * more than matching a full ranking, set `retrieval.depth` lower.
 */
export const DEFAULT_RETRIEVAL_DEPTH = 3000;

/**
 * Weight of each list retrieved by a ranker's `retrievalTexts` in the fusion with the person's own lists (weight 1).
 * 0.25, 0.5 and 1 gave the same top 10 as full ranking at K = 3,000 on 98.6%, 98.6% and 98.2% of 218 queries
 * (`bench/retrieval-recall.mjs`, 2026-12-05); 0.5 also keeps more of the person's own list at smaller K.
 */
const RETRIEVAL_TEXT_WEIGHT = 0.5;

/** Settings for the retrieval stage of {@link createPipeline}'s recommend: which stored jobs the ranker gets to see. */
export interface RetrievalSettings {
  /**
   * K: the most candidates the ranker re-ranks (default {@link DEFAULT_RETRIEVAL_DEPTH}). When no more jobs than this
   * pass the filter, every one of them is ranked.
   */
  depth?: number | undefined;
  /** Embeds the person's text for vector search; without one, or when the store holds no vectors, retrieval is BM25 alone. */
  embedder?: Embedder | undefined;
  /** Reciprocal-rank-fusion constant k for fusing the BM25 and vector lists (default 60). */
  rrfK?: number | undefined;
}

const RETRIEVAL_SETTING_NAMES = { depth: true, embedder: true, rrfK: true } satisfies Record<
  keyof RetrievalSettings,
  true
>;

/** Retrieval settings with defaults filled in. */
interface ResolvedRetrievalSettings {
  depth: number;
  embedder?: Embedder;
  rrfK: number;
}

/** Checks retrieval settings (unknown keys, ranges) and fills in the defaults. */
export function resolveRetrievalSettings(settings: RetrievalSettings = {}): ResolvedRetrievalSettings {
  rejectUnknownKeys('RetrievalSettings', settings, RETRIEVAL_SETTING_NAMES);
  const depth = settings.depth ?? DEFAULT_RETRIEVAL_DEPTH;
  if (!Number.isInteger(depth) || depth < 1)
    throw new ValidationError('RetrievalSettings', [
      { path: 'depth', message: `must be a whole number ≥ 1, got ${String(depth)}`, code: 'custom' },
    ]);
  const rrfK = settings.rrfK ?? DEFAULT_RRF_K;
  if (typeof rrfK !== 'number' || !Number.isFinite(rrfK) || rrfK < 0)
    throw new ValidationError('RetrievalSettings', [
      { path: 'rrfK', message: `must be a finite number ≥ 0, got ${String(rrfK)}`, code: 'custom' },
    ]);
  const embedder = settings.embedder;
  if (
    embedder !== undefined &&
    (typeof embedder !== 'object' || embedder === null || typeof embedder.embed !== 'function')
  )
    throw new ValidationError('RetrievalSettings', [
      { path: 'embedder', message: 'must be an Embedder (an object with embed())', code: 'custom' },
    ]);
  return { depth, rrfK, ...(embedder ? { embedder } : {}) };
}

/** What {@link retrieveCandidates} is asked. */
export interface RetrieveCandidatesRequest {
  store: Store;
  query: RankQuery;
  /** Conditions every candidate meets; the store applies them while searching. */
  filter: JobFilter;
  /** Depth K, embedder, RRF constant (defaults as in {@link RetrievalSettings}). */
  settings?: RetrievalSettings | undefined;
  /** Ids to leave out (e.g. jobs the person dismissed); they do not count towards K. */
  exclude?: ReadonlySet<string> | undefined;
  /**
   * More texts to retrieve by, BM25 over each, fused with the person's own list (the ranker's `retrievalTexts`); asked
   * only when more than K jobs pass the filter.
   */
  texts?: (() => Promise<readonly string[]>) | undefined;
  signal?: AbortSignal | undefined;
}

/** The candidates for the ranker, and how each was retrieved. */
export interface RetrievedCandidates {
  jobs: Job[];
  /** Per job id: how it was retrieved (for the Match). */
  retrieval: Map<string, MatchRetrieval>;
  /**
   * The store's BM25 statistics over every stored job, when the store offers them (`Store.corpusStatistics`): handed
   * to the ranker (`RankOptions.corpusStatistics`) so it scores each candidate as it would among all stored jobs.
   */
  corpusStatistics?: CorpusStatistics | undefined;
}

// Every field of the request, so that an unknown key (a typo) is refused with the nearest known one.
const REQUEST_NAMES = {
  store: true,
  query: true,
  filter: true,
  settings: true,
  exclude: true,
  texts: true,
  signal: true,
} satisfies Record<keyof RetrieveCandidatesRequest, true>;

// The request checked before any of it is read: null, a request without a store, or a query that is not an object
// was a TypeError from a property read inside ("Cannot read properties of undefined (reading 'countJobs')").
function checkRetrieveCandidatesRequest(request: RetrieveCandidatesRequest): void {
  rejectUnknownKeys('RetrieveCandidatesRequest', request, REQUEST_NAMES, { required: true });
  const { store, query, exclude, texts } = request as Partial<Record<keyof RetrieveCandidatesRequest, unknown>>;
  const methods = ['countJobs', 'listJobs'] as const;
  if (
    typeof store !== 'object' ||
    store === null ||
    methods.some((name) => typeof (store as Record<string, unknown>)[name] !== 'function')
  )
    throw invalidArgument('RetrieveCandidatesRequest', 'store', 'must be a Store (such as createMemoryStore())');
  checkRecordArgument('RetrieveCandidatesRequest', 'query', query, 'a RankQuery ({ resume?, profile?, text? })');
  if (exclude !== undefined && typeof (exclude as { has?: unknown } | null)?.has !== 'function')
    throw invalidArgument('RetrieveCandidatesRequest', 'exclude', 'must be a Set of job ids');
  if (texts !== undefined && typeof texts !== 'function')
    throw invalidArgument('RetrieveCandidatesRequest', 'texts', 'must be a function that resolves to a list of texts');
  checkSignalOption('RetrieveCandidatesRequest', request.signal);
}

/**
 * First stage of recommend: every job passing the filter when there are at most K of them; otherwise the best K by
 * BM25 on the person's text and, with an embedder and stored vectors, by vector search, fused by reciprocal rank fusion.
 * Filters are applied inside the store. When the lists run out before K, the newest other jobs that pass fill the rest.
 */
export async function retrieveCandidates(request: RetrieveCandidatesRequest): Promise<RetrievedCandidates> {
  checkRetrieveCandidatesRequest(request);
  const { store, query, filter, signal } = request;
  const settings = resolveRetrievalSettings(request.settings);
  const exclude = request.exclude ?? new Set<string>();
  const depth = settings.depth;
  const keep = (job: Job) => !exclude.has(job.id);
  const total = await store.countJobs(filter);
  const corpusStatistics = await store.corpusStatistics?.();
  const statistics = corpusStatistics ? { corpusStatistics } : {};
  signal?.throwIfAborted();
  if (total - exclude.size <= depth) {
    // Few enough to rank them all (excluded ids may not pass the filter, so the list can still hold more than K).
    const jobs = (await store.listJobs(filter)).filter(keep);
    if (jobs.length <= depth) {
      const retrieval = new Map(
        jobs.map((job): [string, MatchRetrieval] => [job.id, { method: 'all', depth, candidates: jobs.length }]),
      );
      return { jobs, retrieval, ...statistics };
    }
  }

  // Each list may lose excluded jobs, so ask for that many more.
  const limit = depth + exclude.size;
  const text = personText(query);
  const lexical = text.trim()
    ? (await store.searchJobs(text, { filter, limit })).map((hit) => hit.job).filter(keep)
    : [];
  signal?.throwIfAborted();
  let semantic: Job[] = [];
  if (settings.embedder && text.trim()) {
    const [vector] = await settings.embedder.embed([text], { kind: 'query', signal });
    if (vector)
      semantic = (await store.searchJobsByVector(vector, { filter, limit })).map((hit) => hit.job).filter(keep);
    signal?.throwIfAborted();
  }
  const extra: Job[][] = [];
  for (const extraText of request.texts ? await request.texts() : []) {
    if (!extraText.trim()) continue;
    extra.push((await store.searchJobs(extraText, { filter, limit })).map((hit) => hit.job).filter(keep));
    signal?.throwIfAborted();
  }
  const byId = new Map<string, Job>();
  for (const job of [...lexical, ...semantic, ...extra.flat()]) byId.set(job.id, job);
  // The person's own words and vectors first (their ranks are reported), then the ranker's texts.
  const lists = [
    lexical.map((job) => job.id),
    ...(semantic.length ? [semantic.map((job) => job.id)] : []),
    ...extra.map((list) => list.map((job) => job.id)),
  ];
  const weights = lists.map((_, index) => (index < lists.length - extra.length ? 1 : RETRIEVAL_TEXT_WEIGHT));
  const fused = reciprocalRankFusion(lists, { k: settings.rrfK, weights, limit: depth });
  const jobs = fused.map((item) => byId.get(item.id)!);
  const retrieval = new Map<string, MatchRetrieval>();
  fused.forEach((item, index) => {
    const lexicalRank = item.ranks[0];
    const vectorRank = semantic.length ? item.ranks[1] : undefined;
    retrieval.set(item.id, {
      method: 'retrieved',
      depth,
      candidates: 0,
      fusedRank: index + 1,
      ...(lexicalRank !== undefined ? { lexicalRank } : {}),
      ...(vectorRank !== undefined ? { vectorRank } : {}),
    });
  });
  if (jobs.length < depth) {
    // Jobs sharing no term with the person (and no vectors to find them by): the newest of them, up to K.
    const newest = await store.listJobs(filter, { limit: depth + exclude.size + jobs.length });
    for (const job of newest) {
      if (jobs.length >= depth) break;
      if (!keep(job) || retrieval.has(job.id)) continue;
      jobs.push(job);
      retrieval.set(job.id, { method: 'retrieved', depth, candidates: 0 });
    }
  }
  for (const entry of retrieval.values()) entry.candidates = jobs.length;
  return { jobs, retrieval, ...statistics };
}
