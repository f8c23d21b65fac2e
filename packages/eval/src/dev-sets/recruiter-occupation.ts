// recruiter-occupation: see the README text below for what the set holds, how it is graded and what it cannot show.
import { random, seedFor, splitByQuery, type DevSetContext } from './context.js';
import { GRADE_RULE, HARD_RULE, judgedDataset, judgePosting, ONET_CREDIT, TITLE_RULE } from './occupation.js';
import { perQuery, pickMany, randomNdcg } from './pick.js';
import {
  applicantResumes,
  dataturksResumes,
  linkedinPostings,
  majorGroupCounts,
  RESUME_CATEGORY_TABLE,
  updatedResumes,
} from './sources.js';
import type { DevSet, Qrel } from './types.js';

/** Builds the recruiter-occupation set. */
export function buildRecruiterOccupation(context: DevSetContext): DevSet {
  const name = 'recruiter-occupation';
  const postings = linkedinPostings(context);
  const people = [...updatedResumes(context), ...dataturksResumes(context), ...applicantResumes(context)];
  const next = random(seedFor(name));
  const plan = { perGrade: 5, negatives: 10, hard: 5 };
  const qrels: Qrel[] = [];
  for (const posting of postings) {
    const rows = judgePosting(posting, people, (graded, isHard, rng) => pickMany(graded, plan, isHard, rng), next);
    if (rows.some((row) => row.grade >= 2)) qrels.push(...rows);
  }
  const { all, postings: queries } = judgedDataset(qrels, people, postings);
  return {
    name,
    splits: splitByQuery(all, name, 'job'),
    describe: [
      "A recruiter's view: each LinkedIn posting (linkedin-postings-2023-24-head1000) ranks plain-text résumés.",
      `Queries: postings whose title O*NET names and that have at least one person graded 2 or 3 (${queries.length}; by major group: ${majorGroupCounts(queries)}).`,
      'Candidates come from three pools of plain text: updated-resume-dataset (166 distinct texts, category through',
      'the hand table below), dataturks-dev (designation through O*NET) and the job-views applicants whose positions',
      'of interest O*NET names (positions of interest and work history as text).',
      `The category table: ${RESUME_CATEGORY_TABLE}.`,
      TITLE_RULE,
      '',
      GRADE_RULE,
      '',
      `Candidates per query: up to ${plan.perGrade} people of each grade 3, 2 and 1 and ${plan.negatives} of grade 0, of which up to`,
      `${plan.hard} are hard negatives; sampled with a fixed seed. ${HARD_RULE}`,
      `Per query (both splits): ${perQuery(qrels, 'jobId')} judged people. A random order would score ${randomNdcg(qrels, 'jobId').toFixed(2)} nDCG@10`,
      'on average (whole set, expected value).',
      '',
      'Split by posting, half and half, fixed seed.',
      '',
      '## What this set cannot show',
      '',
      'The three résumé pools differ in length, country and kind of work: the IT and engineering people come almost',
      'only from updated-resume-dataset (long Indian résumés), the sales, office and service people almost only from',
      'job-views (short US profiles), so the source of a résumé correlates with its grade and a ranker can gain from',
      'style alone. Grades are occupation matches only (no level, place or pay); applicants state their positions of',
      'interest in the text, which makes them easy to match on title words.',
      '',
      ONET_CREDIT,
    ].join('\n'),
    query: 'job',
  };
}
