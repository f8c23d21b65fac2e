import type { JobFilter, Notifier, Store } from '../interfaces/index.js';
import { checkTextArgument } from '../errors/argument.js';
import { invalidSetting } from '../errors/index.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { sleep } from '../retry/index.js';
import { rejectUnknownKeys, type Match, type Profile, type Resume } from '../schemas/index.js';
import type { CrawlSummary, PipelineCrawlOptions } from './ingestion.js';
import type { Recommendation, RecommendRequest } from './pipeline.js';

/**
 * A person a watch ranks new jobs for: a resume, or a profile with an id (its own, or `subjectId`). From JavaScript, a
 * person with neither is one of the round's errors (no one to rank for, or no id to keep the notifications under).
 */
export type WatchPerson = WatchPersonOptions &
  (
    | { resume: Resume; profile?: Profile | undefined }
    | { resume?: undefined; profile: Profile & { id: string } }
    | { resume?: undefined; profile: Profile; subjectId: string }
  );

/** Every part of a {@link WatchPerson} but the resume and profile. */
export interface WatchPersonOptions {
  /** Id the notifications and their record are kept under; default the resume's or profile's id. */
  subjectId?: string | undefined;
  /** Extra conditions on the jobs worth telling this person about. */
  filter?: JobFilter | undefined;
}

/** Options of `pipeline.watch`. */
export interface WatchOptions {
  /** Time from the start of one round to the start of the next, in ms (default 1 hour). */
  intervalMs?: number | undefined;
  /** Whom to watch for: a list, or a function asked each round (default: every resume in the store, each round). */
  people?: (readonly WatchPerson[] | (() => Promise<readonly WatchPerson[]>)) | undefined;
  /** Stop after this many rounds, a whole number ≥ 0 (default: run until `signal` aborts). */
  rounds?: number | undefined;
  /** Jobs ranked per person per round; the best this many are considered for notification (default 20). */
  limit?: number | undefined;
  /** Ends the watch: the round in progress stops and `watch` resolves with the rounds run. */
  signal?: AbortSignal | undefined;
  /**
   * Called after each round, with what it did; a promise it returns is awaited before the wait for the next round
   * (e.g. to save what the round stored for other processes), and a rejection ends the watch with it.
   */
  onRound?: ((round: WatchRound) => void | Promise<void>) | undefined;
}

/** Something that went wrong in a round for one person or notifier; the others went on. */
export interface WatchError {
  subjectId?: string | undefined;
  notifier?: string | undefined;
  error: unknown;
}

/** What one round of a watch did. */
export interface WatchRound {
  /** 0 for the first round. */
  index: number;
  startedAt: Date;
  /** The ingestion path's summary of the round's crawl (absent when the crawl itself failed). */
  crawl?: CrawlSummary | undefined;
  /** People ranked in this round. */
  people: number;
  /** What each notifier delivered, per person: each job once per person and notifier, across rounds and restarts. */
  notified: Array<{ subjectId: string; notifier: string; jobIds: string[] }>;
  errors: WatchError[];
}

/** What `pipeline.watch` needs from the pipeline. */
export interface WatchParts {
  store: Store;
  notifiers: readonly Notifier[];
  notifyThreshold: number;
  crawl(options?: PipelineCrawlOptions): Promise<CrawlSummary>;
  recommend(request: RecommendRequest): Promise<Recommendation[]>;
}

const HOUR_MS = 60 * 60 * 1000;

// Every option, so that an unknown key (a typo) is refused with the nearest known one.
const WATCH_OPTION_NAMES = {
  intervalMs: true,
  people: true,
  rounds: true,
  limit: true,
  signal: true,
  onRound: true,
} satisfies Record<keyof WatchOptions, true>;

/**
 * The store key under which the jobs one notifier sent one person are recorded (as matches): what makes a job go out
 * once per person and notifier across rounds and restarts. Notifier names must therefore be stable and distinct.
 */
export function notifiedSubjectId(notifierName: string, subjectId: string): string {
  checkTextArgument('notifiedSubjectId', 'notifierName', notifierName);
  checkTextArgument('notifiedSubjectId', 'subjectId', subjectId);
  return `notified:${notifierName}:${subjectId}`;
}

async function peopleOf(parts: WatchParts, people: WatchOptions['people']): Promise<readonly WatchPerson[]> {
  if (typeof people === 'function') return people();
  if (people) return people;
  return (await parts.store.listResumes()).map((resume) => ({ resume }));
}

/** One round: crawl through the ingestion path, rank the jobs it stored for each person, notify each job once. */
async function watchRound(parts: WatchParts, options: WatchOptions, index: number): Promise<WatchRound> {
  const { signal } = options;
  const round: WatchRound = { index, startedAt: new Date(), people: 0, notified: [], errors: [] };
  round.crawl = await parts.crawl({ signal });
  const ids = round.crawl.storedIds;
  if (!ids.length || !parts.notifiers.length) return round;
  for (const person of await peopleOf(parts, options.people)) {
    signal?.throwIfAborted();
    const subjectId = person.subjectId ?? person.resume?.id ?? person.profile?.id;
    if (!subjectId) {
      round.errors.push({
        error: invalidSetting(
          'WatchOptions',
          'people',
          'each person needs a subjectId, or a resume or profile with an id',
        ),
      });
      continue;
    }
    round.people += 1;
    let worthTelling: Recommendation[];
    try {
      // Only the jobs this round stored; history is written below, for what was actually sent. A WatchPerson has a
      // resume or a profile; one from JavaScript given by a subjectId alone names no one to rank for: recommend refuses
      // it, and the error is this round's for that person.
      const ranked = await parts.recommend({
        subjectId,
        resume: person.resume,
        profile: person.profile,
        filter: { ...person.filter, ids },
        limit: options.limit ?? 20,
        record: false,
        signal,
      } as RecommendRequest);
      worthTelling = ranked.filter((item) => item.match.score >= parts.notifyThreshold);
    } catch (error) {
      if (signal?.aborted) throw error;
      round.errors.push({ subjectId, error });
      continue;
    }
    if (!worthTelling.length) continue;
    const sent = new Map<string, Match>();
    // Notifiers send at once; what they did is listed in their order.
    const outcomes: Array<{ notified?: WatchRound['notified'][number]; error?: WatchError }> = [];
    await Promise.all(
      parts.notifiers.map(async (notifier, position) => {
        const key = notifiedSubjectId(notifier.name, subjectId);
        try {
          const already = new Set((await parts.store.listMatches(key)).map((match) => match.jobId));
          const fresh = worthTelling.filter((item) => !already.has(item.job.id));
          if (!fresh.length) return;
          await notifier.notify({ subjectId, matches: fresh, createdAt: new Date() }, { signal });
          // Recorded only once delivered: a failed delivery is tried again next round.
          await parts.store.addMatches(
            key,
            fresh.map((item) => item.match),
          );
          outcomes[position] = {
            notified: { subjectId, notifier: notifier.name, jobIds: fresh.map((item) => item.job.id) },
          };
          for (const item of fresh) sent.set(item.job.id, item.match);
        } catch (error) {
          if (signal?.aborted) throw error;
          outcomes[position] = { error: { subjectId, notifier: notifier.name, error } };
        }
      }),
    );
    for (const outcome of outcomes) {
      if (outcome?.notified) round.notified.push(outcome.notified);
      if (outcome?.error) round.errors.push(outcome.error);
    }
    // The person's match history shows what was sent.
    if (sent.size) await parts.store.addMatches(subjectId, [...sent.values()]);
  }
  return round;
}

/** Runs watch rounds every `intervalMs` until `rounds` are done or `signal` aborts; resolves with the rounds run. */
export async function runWatch(parts: WatchParts, options: WatchOptions = {}): Promise<WatchRound[]> {
  rejectUnknownKeys('WatchOptions', options, WATCH_OPTION_NAMES);
  // Infinity is refused too: setTimeout would fire after 1 ms.
  const intervalMs = checkNumberSetting('WatchOptions', 'intervalMs', options.intervalMs, { min: 0 }) ?? HOUR_MS;
  // NaN ran no round and resolved at once, as if the watch were done.
  const roundCount = checkNumberSetting('WatchOptions', 'rounds', options.rounds, { integer: true, min: 0 });
  const signal = checkSignalOption('WatchOptions', options.signal);
  const rounds: WatchRound[] = [];
  let wait = 0;
  for (let index = 0; roundCount === undefined || index < roundCount; index++) {
    if (index > 0) {
      try {
        await sleep(wait, signal);
      } catch {
        break; // aborted while waiting: the watch ends
      }
    }
    if (signal?.aborted) break;
    const started = Date.now();
    let round: WatchRound;
    try {
      round = await watchRound(parts, options, index);
    } catch (error) {
      if (signal?.aborted) break;
      // The crawl (or the store) failed as a whole: recorded, and the next round tries again.
      round = { index, startedAt: new Date(started), people: 0, notified: [], errors: [{ error }] };
    }
    rounds.push(round);
    await options.onRound?.(round);
    wait = Math.max(0, intervalMs - (Date.now() - started));
  }
  return rounds;
}
