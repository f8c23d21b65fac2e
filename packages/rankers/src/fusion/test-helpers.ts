// For the fusion tests only (not exported): members whose scores are fixed per job id, so arithmetic can be checked by hand.
import type { Match, Ranker } from '@rolefit/core';

/** A ranker named `name` that scores each job `scores[job.id]` (0 when absent), best first. */
export const fixedScoreMember = (name: string, scores: Record<string, number>): Ranker => ({
  name,
  async rank(_query, jobs) {
    return jobs
      .map(
        (job): Match => ({
          jobId: job.id,
          score: scores[job.id] ?? 0,
          breakdown: { [name]: scores[job.id] ?? 0 },
          matchedSkills: [],
          missingSkills: [],
          ranker: name,
        }),
      )
      .sort((left, right) => right.score - left.score);
  },
});
