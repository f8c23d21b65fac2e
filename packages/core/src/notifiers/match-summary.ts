import { checkJobArgument, checkRecordArgument, invalidArgument } from '../errors/argument.js';
import { formatSalary } from '../salary/index.js';
import type { Job, Match } from '../schemas/index.js';

/** A match as a person reads it: the lines a notification, a table row or a page shows. */
export interface MatchSummary {
  jobId: string;
  title: string;
  company: string;
  /** City, region, country and workplace, comma-separated ('' when unknown). */
  place: string;
  /** The salary range as written by `formatSalary` ('' when not stated). */
  pay: string;
  /** The score in [0, 1]. */
  score: number;
  /** The posting's URL ('' when none). */
  link: string;
  /** The ranker's one-line reason, else the matched skills ('' when neither). */
  why: string;
}

/** Where a job is: city, region, country and workplace, comma-separated. */
export function formatJobPlace(job: Pick<Job, 'location'>): string {
  checkRecordArgument('formatJobPlace', 'job', job, 'a Job');
  const { city, region, country, workplace } = job.location ?? {};
  return [city, region, country, workplace].filter(Boolean).join(', ');
}

/** The readable fields of a match (title, company, place, pay, score, link, why), for notifications and tables. */
export function summarizeMatch(job: Job, match: Match): MatchSummary {
  checkJobArgument('summarizeMatch', 'job', job);
  const { score, matchedSkills } = checkRecordArgument('summarizeMatch', 'match', match, 'a Match');
  if (typeof score !== 'number' || !Array.isArray(matchedSkills))
    throw invalidArgument('summarizeMatch', 'match', 'must be a Match: a number score and a list of matched skills');
  const why =
    match.explanation?.trim() || (match.matchedSkills.length ? `matches ${match.matchedSkills.join(', ')}` : '');
  return {
    jobId: job.id,
    title: job.title,
    company: job.company ?? '',
    place: formatJobPlace(job),
    pay: job.salary ? formatSalary(job.salary) : '',
    score: match.score,
    link: job.url ?? '',
    why,
  };
}
