import type { Ranker } from '../interfaces/index.js';

/**
 * A real, deterministic ranker for tests of the pipeline and notifiers (core's tests cannot import @rolefit/rankers):
 * a job's score is the share of the resume's skills its title or description names. Test helper (not exported from
 * `@rolefit/core`; tests import this file directly).
 */
export const skillShareRanker: Ranker = {
  name: 'skill-share',
  async rank(query, jobs, options) {
    const skills = query.resume?.skills ?? [];
    return jobs
      .map((job) => {
        const text = `${job.title} ${job.description}`.toLowerCase();
        const matched = skills.filter((skill) => text.includes(skill.toLowerCase()));
        return {
          jobId: job.id,
          score: skills.length ? matched.length / skills.length : 0,
          breakdown: {},
          matchedSkills: matched,
          missingSkills: [],
          ranker: 'skill-share',
        };
      })
      .sort((left, right) => right.score - left.score || left.jobId.localeCompare(right.jobId))
      .slice(0, options?.limit);
  },
};
