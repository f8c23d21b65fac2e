import { parseJob, type RankQuery } from '@rolefit/core';
import {
  checkListArgument,
  checkRankerArgument,
  checkRecordArgument,
  checkTextArgument,
  invalidArgument,
} from '@rolefit/core/internal';
import type { LlmRanker } from './llm-ranker.js';

/** A job posting with a prompt-injection sentence inside its description. */
export interface AdversarialJob {
  /** Job id. */
  id: string;
  /** Job title. */
  title: string;
  /** Listed skills. */
  skills: string[];
  /** Description, containing `injection` verbatim. */
  description: string;
  /** The injected sentence. */
  injection: string;
}

/** One adversarial job's score with and without its injected sentence. */
export interface InjectionEffect {
  /** Job id. */
  jobId: string;
  /** P(yes) for the job as posted (with the injection). */
  injectedScore: number;
  /** P(yes) for the same job with the injected sentence removed. */
  cleanScore: number;
  /** injectedScore − cleanScore: how far the injection moved the answer. */
  delta: number;
}

/** Scores each adversarial job with and without its injected sentence for one person, so the effect of the injection can be reported. */
export async function measureInjectionEffects(
  ranker: LlmRanker,
  query: RankQuery,
  jobs: readonly AdversarialJob[],
): Promise<InjectionEffect[]> {
  // Arguments of the wrong kind were TypeErrors from inside (jobs.map, job.description.includes, ranker.rank).
  checkRankerArgument('measureInjectionEffects', 'ranker', ranker);
  checkRecordArgument('measureInjectionEffects', 'query', query, 'a RankQuery ({ resume?, profile?, text? })');
  checkListArgument<unknown>('measureInjectionEffects', 'jobs', jobs, 'a list of AdversarialJobs').forEach(
    (job, index) => {
      const { description, injection } = checkRecordArgument(
        'measureInjectionEffects',
        `jobs.${index}`,
        job,
        'an AdversarialJob ({ id, title, skills, description, injection })',
      );
      const text = checkTextArgument('measureInjectionEffects', `jobs.${index}.description`, description);
      if (!text.includes(checkTextArgument('measureInjectionEffects', `jobs.${index}.injection`, injection)))
        throw invalidArgument(
          'measureInjectionEffects',
          `jobs.${index}.description`,
          'does not contain its injection sentence',
        );
    },
  );
  const injected = jobs.map((job) =>
    parseJob({ id: job.id, source: 'adversarial', title: job.title, skills: job.skills, description: job.description }),
  );
  const clean = jobs.map((job) => {
    const description = job.description
      .split(job.injection)
      .join(' ')
      .replace(/\s{2,}/g, ' ')
      .trim();
    return parseJob({ id: job.id, source: 'adversarial', title: job.title, skills: job.skills, description });
  });
  const withInjection = await ranker.rank(query, injected);
  const withoutInjection = await ranker.rank(query, clean);
  const scoreOf = (matches: typeof withInjection) => new Map(matches.map((match) => [match.jobId, match.score]));
  const injectedScores = scoreOf(withInjection);
  const cleanScores = scoreOf(withoutInjection);
  return jobs.map((job) => {
    const injectedScore = injectedScores.get(job.id) ?? Number.NaN;
    const cleanScore = cleanScores.get(job.id) ?? Number.NaN;
    return { jobId: job.id, injectedScore, cleanScore, delta: injectedScore - cleanScore };
  });
}
