// applicant-occupation-few: see the README text below for what the set holds, how it is graded and what it cannot show.
import { random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import { GRADE_RULE, HARD_RULE, judgedDataset, judgePerson, ONET_CREDIT, TITLE_RULE } from './occupation.js';
import { perQuery, pickFew, randomNdcg } from './pick.js';
import { applicantResumes, linkedinPostings, majorGroupCounts } from './sources.js';
import type { DevSet, Qrel } from './types.js';

/** People taken as queries, in a seeded random order. */
const FEW_QUERIES = 400;

/** Builds the applicant-occupation-few set. */
export function buildApplicantOccupationFew(context: DevSetContext): DevSet {
  const name = 'applicant-occupation-few';
  const postings = linkedinPostings(context);
  const applicants = applicantResumes(context);
  const next = random(seedFor(name));
  const plan = { negatives: 4, hard: 2 };
  const qrels: Qrel[] = [];
  let queries = 0;
  for (const applicant of shuffle(applicants, next)) {
    if (queries >= FEW_QUERIES) break;
    const rows = judgePerson(applicant, postings, (graded, isHard, rng) => pickFew(graded, plan, isHard, rng), next);
    if (!rows.some((row) => row.grade >= 2)) continue;
    qrels.push(...rows);
    queries += 1;
  }
  const { all, people: kept } = judgedDataset(qrels, applicants, postings);
  return {
    name,
    splits: splitByQuery(all, name),
    describe: [
      'Few candidates per person, mostly non-software work: job seekers of the Kaggle "Job Recommendation" data',
      '(job-views-implicit-feedback, US, 2014) each rank about 7 LinkedIn postings (linkedin-postings-2023-24-head1000).',
      `Queries in the whole set (both splits), by the major group of their first occupation: ${majorGroupCounts(kept)}.`,
      '',
      "A person's text is as in the job-views set: positions of interest, then work history (position, employer,",
      "place, dates, description); it is plain text. The person's occupations are their positions of interest that",
      `O*NET names (each its own occupation). ${applicants.length} applicants have one; by the first: ${majorGroupCounts(applicants)}.`,
      TITLE_RULE,
      '',
      GRADE_RULE,
      '',
      'Candidates per query (sampled with a fixed seed): 2 postings of the best grade there is for the person, 1 of the',
      'next lower grade above 0 (another of the best grade when there is none), then 4 of grade 0: 2 hard negatives',
      `and 2 others. ${HARD_RULE}`,
      `Per query (both splits): ${perQuery(qrels, 'resumeId')} judged postings. Only people with at least one posting graded 2 or 3 are`,
      `queries; ${FEW_QUERIES} of them were taken in a seeded random order. With so few candidates a random order already`,
      `scores ${randomNdcg(qrels, 'resumeId').toFixed(2)} nDCG@10 on average (whole set, expected value): compare against that, not 0.`,
      '',
      'Split by person, half and half, fixed seed.',
      '',
      '## What this set cannot show',
      '',
      'The labels are what people said they were interested in, and the text states those positions too, so a',
      'ranker that reads the "Positions of interest" line and matches it to a title does well; the set checks that',
      'a ranker gets the occupation right among near neighbours, not that it infers it from work history alone.',
      'With about 7 candidates per query the metrics move in big steps: read them over many queries, not one.',
      'Grades ignore place (2014 applicants, 2023–24 postings, often in other states), level and pay. Few LinkedIn',
      'postings are food-service or retail jobs, so people who want those are under-represented among queries.',
      '',
      ONET_CREDIT,
    ].join('\n'),
    query: 'resume',
  };
}
