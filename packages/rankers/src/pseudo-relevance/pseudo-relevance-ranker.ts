import { invalidSetting, rejectUnknownKeys, type Match, type Ranker } from '@rolefit/core';
import { rankerProblem } from '@rolefit/core/internal';
import {
  checkPrepareArguments,
  checkRankArguments,
  clampUnit,
  firstOfEachId,
  orderMatches,
} from '../shared/ranking.js';
import {
  applyPseudoRelevanceToJobs,
  resolvePseudoRelevanceSettings,
  SIMILARITY_TO_TOP_KEY,
  type PseudoRelevanceSettings,
} from './pseudo-relevance.js';
import { prepareJobWordCounts } from './job-vectors.js';

/** Settings for {@link createPseudoRelevanceRanker}. */
export interface PseudoRelevanceRankerSettings extends PseudoRelevanceSettings {
  /** The ranker whose best jobs feed back into its ranking. */
  ranker: Ranker;
  /** Name recorded in each Match (default: the ranker's name + `+prf`). */
  name?: string | undefined;
}

/**
 * Wraps a ranker with pseudo-relevance expansion (see `applyPseudoRelevance`): it ranks the whole batch,
 * then each job gains by its similarity to the ranker's `depth` best jobs. Scores become relative to the batch;
 * each Match keeps the ranker's breakdown, skills and explanation and adds `similarityToTop` to the breakdown.
 */
export function createPseudoRelevanceRanker(settings: PseudoRelevanceRankerSettings): Ranker {
  rejectUnknownKeys(
    'PseudoRelevanceRankerSettings',
    settings,
    {
      ranker: true,
      name: true,
      depth: true,
      weight: true,
      minimumJobs: true,
      maximumShare: true,
      normalization: true,
    } satisfies Record<keyof PseudoRelevanceRankerSettings, true>,
    { required: true },
  );
  const { ranker } = settings;
  const problem = rankerProblem(ranker);
  if (problem !== undefined) throw invalidSetting('PseudoRelevanceRankerSettings', 'ranker', problem);
  const resolved = resolvePseudoRelevanceSettings(
    {
      depth: settings.depth,
      weight: settings.weight,
      minimumJobs: settings.minimumJobs,
      maximumShare: settings.maximumShare,
      normalization: settings.normalization,
    },
    'settings',
  );
  const name = settings.name ?? `${ranker.name}+prf`;

  return {
    name,
    // The wrapped ranker reads the jobs ahead (if it can), and so does the expansion step.
    async prepare(jobs, options = {}) {
      checkPrepareArguments(jobs, options);
      options.signal?.throwIfAborted();
      await ranker.prepare?.(jobs, options);
      prepareJobWordCounts(jobs);
    },
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      // The expansion needs the whole ranking, so a limit applies only to the result.
      const matches = await ranker.rank(query, jobs, {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.corpusStatistics ? { corpusStatistics: options.corpusStatistics } : {}),
      });
      options.signal?.throwIfAborted();
      const jobsById = new Map(firstOfEachId(jobs, (job) => job.id).map((job) => [job.id, job] as const));
      // One Match per job id (the first, best one), for jobs the batch holds.
      const kept = firstOfEachId(matches, (match) => match.jobId).filter((match) => jobsById.has(match.jobId));
      const ids = kept.map((match) => match.jobId);
      const result = applyPseudoRelevanceToJobs(
        kept.map((match) => match.score),
        ids.map((id) => jobsById.get(id)!),
        ids,
        resolved,
        options.corpusStatistics,
      );
      const rescored = kept.map(
        (match, position): Match => ({
          ...match,
          score: clampUnit(result?.scores[position] ?? match.score),
          breakdown: {
            ...match.breakdown,
            ...(result ? { [SIMILARITY_TO_TOP_KEY]: result.similarity[position]! } : {}),
          },
          matchedSkills: [...match.matchedSkills],
          missingSkills: [...match.missingSkills],
          ranker: name,
        }),
      );
      return orderMatches(rescored, options);
    },
  };
}
