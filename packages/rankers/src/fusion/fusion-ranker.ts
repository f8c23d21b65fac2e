import type { Match, Ranker } from '@rolefit/core';
import { pushAll } from '@rolefit/core/internal';
import {
  checkPrepareArguments,
  checkPrepareOptions,
  checkRankArguments,
  clampUnit,
  firstOfEachId,
  orderMatches,
} from '../shared/ranking.js';
import { applyPseudoRelevanceToJobs } from '../pseudo-relevance/pseudo-relevance.js';
import { shareWithinCall } from '../shared/call-scope.js';
import { SIMILARITY_TO_TOP_KEY } from '../pseudo-relevance/index.js';
import { prepareJobWordCounts } from '../pseudo-relevance/job-vectors.js';
import { fuseJob, memberContributions } from './fuse.js';
import { resolveFusionSettings, type FusionSettings } from './settings.js';

/** Member positions by falling weight (the first on equal weights): whose reasons a fused Match repeats. */
function leadOrder(weights: readonly number[]): number[] {
  return weights.map((_, index) => index).sort((left, right) => weights[right]! - weights[left]! || left - right);
}

/**
 * Combines several rankers into one. Every member with a weight above 0 ranks the same jobs (concurrently);
 * members with weight 0 are not run.
 *
 * - `rrf` (default): `Σ wᵢ / (k + rankᵢ)` with k = 60 and ranks from 1 (tied member scores share their
 *   average rank); rescaled to [0, 1] so that a job every member ranks first scores 1 and one every member
 *   ranks last scores 0 (see `rescaleFused`).
 * - `weighted-sum`: `Σ wᵢ · normᵢ(score) / Σ wᵢ`, with each member's scores normalised over the query's jobs
 *   (`min-max` by default, `z-score` through the normal CDF, or `none` to keep the members' own scores).
 *
 * With `agreementBoost`, one member's weight for a job grows with another member's score for it (a weighted mean
 * per job). With `decisiveMember`, a job that member scores high gets (in part, then wholly) that member's score
 * instead.
 *
 * Then, unless `pseudoRelevance` is `false`, pseudo-relevance expansion: the fused top `depth` (5) stand for
 * what the person wants, and each job's score becomes (minmax(fused) + w · minmax(similarity to them)) / (1 + w)
 * with w = `weight` (0.5); the similarity is in the breakdown under `similarityToTop`. On the dev sets this step
 * is what lifts fusion above its best member; it lifts a single ranker too (`createPseudoRelevanceRanker`).
 *
 * RRF, normalised sums and the expansion step are relative to the batch: they order jobs but do not say how good
 * a fit is on an absolute scale; `weighted-sum` with `none` and `pseudoRelevance: false` keeps the members'
 * absolute scale. Each Match's `breakdown` holds every member's own score under the member's name;
 * `matchedSkills`, `missingSkills` and `explanation` come from the member with the largest weight (the first of
 * equals) that returned the job. Ties are broken by job id.
 */
export function createFusionRanker(settings: FusionSettings): Ranker {
  const resolved = resolveFusionSettings(settings);
  const { rankers, weights, name } = resolved;
  const active = leadOrder(weights).filter((index) => weights[index]! > 0);

  return {
    name,
    // The members that run read the jobs ahead (those that can), and so does the expansion step.
    async prepare(jobs, options = {}) {
      checkPrepareArguments(jobs, options);
      options.signal?.throwIfAborted();
      for (const index of active) await rankers[index]!.prepare?.(jobs, options);
      if (resolved.pseudoRelevance) prepareJobWordCounts(jobs);
    },
    // What the members that run would also retrieve by.
    async retrievalTexts(query, options = {}) {
      checkPrepareOptions(options);
      const texts: string[] = [];
      for (const index of active) pushAll(texts, (await rankers[index]!.retrievalTexts?.(query, options)) ?? []);
      return texts;
    },
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      // Members get the collection's statistics too, so with them each member (and so the fusion) scores a job alike in any batch.
      const memberOptions = {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.corpusStatistics ? { corpusStatistics: options.corpusStatistics } : {}),
      };
      // Members rank every job: fusion needs each job's rank or score, so a limit applies only to the result.
      // Started in one synchronous step, in which members asking for the same work (BM25 scores of the person's text,
      // the person's skills) share it.
      const results = await Promise.all(
        shareWithinCall(() => active.map((index) => rankers[index]!.rank(query, jobs, memberOptions))),
      );
      options.signal?.throwIfAborted();
      const members = active.map((index, position) => {
        const matches = results[position]!;
        return {
          name: rankers[index]!.name,
          weight: weights[index]!,
          contributions: memberContributions(matches, resolved),
          byJob: new Map(matches.map((match) => [match.jobId, match] as const).reverse()),
        };
      });

      const unique = firstOfEachId(jobs, (job) => job.id);
      const ids = unique.map((job) => job.id);
      const decisive = resolved.decisiveMember;
      const decider = decisive && members.find((member) => member.name === decisive.ranker);
      const boost = resolved.agreementBoost;
      const agreeing = boost && members.find((member) => member.name === boost.agreesWith);
      const boosted = boost ? members.findIndex((member) => member.name === boost.ranker) : -1;
      const fixed = members.map((member) => member.weight);
      const fused = unique.map((job) => {
        const contributions = members.map((member) => member.contributions.get(job.id) ?? 0);
        return fuseJob(contributions, fixed, resolved, unique.length, {
          ...(boost && boosted >= 0
            ? {
                boost: {
                  member: boosted,
                  weight: boost.weight,
                  agreement: Math.min(1, clampUnit(agreeing?.byJob.get(job.id)?.score ?? 0) / boost.at),
                },
              }
            : {}),
          ...(decisive ? { decisive: { own: clampUnit(decider?.byJob.get(job.id)?.score ?? 0), ...decisive } } : {}),
        });
      });
      const expansion =
        resolved.pseudoRelevance &&
        applyPseudoRelevanceToJobs(fused, unique, ids, resolved.pseudoRelevance, options.corpusStatistics);

      const scoreAt = (position: number) => clampUnit(expansion ? expansion.scores[position]! : fused[position]!);
      const matchAt = (position: number): Match => {
        const job = unique[position]!;
        const breakdown: Record<string, number> = {};
        let lead: Match | undefined;
        let explanation: string | undefined;
        for (const member of members) {
          const match = member.byJob.get(job.id);
          if (match === undefined) continue;
          breakdown[member.name] = clampUnit(match.score);
          // Members come heaviest first: the first that has the job gives the skills, the first that explains it the reason.
          lead ??= match;
          explanation ??= match.explanation;
        }
        if (expansion) breakdown[SIMILARITY_TO_TOP_KEY] = expansion.similarity[position]!;
        return {
          jobId: job.id,
          score: scoreAt(position),
          breakdown,
          matchedSkills: [...(lead?.matchedSkills ?? [])],
          missingSkills: [...(lead?.missingSkills ?? [])],
          ranker: name,
          ...(explanation === undefined ? {} : { explanation }),
        };
      };
      if (options.limit === undefined)
        return orderMatches(
          unique.map((_, position) => matchAt(position)),
          options,
        );
      // Only the matches returned are built: positions in the order `orderMatches` gives (best score first, then job
      // id; ids are unique here, so the order is total), cut to the limit.
      const scores = unique.map((_, position) => scoreAt(position));
      const order = unique.map((_, position) => position);
      order.sort(
        (left, right) =>
          scores[right]! - scores[left]! || (ids[left]! < ids[right]! ? -1 : ids[left]! > ids[right]! ? 1 : 0),
      );
      return order.slice(0, Math.floor(options.limit)).map(matchAt);
    },
  };
}
