// resume-skill-jobs-few: see the README text below for what the set holds, how it is graded and what it cannot show.
import { random, seedFor, splitByQuery, type DevSetContext } from './context.js';
import { GRADE_RULE, HARD_RULE, judgedDataset, judgePerson, ONET_CREDIT, TITLE_RULE } from './occupation.js';
import { perQuery, pickFew, randomNdcg } from './pick.js';
import {
  dataturksResumes,
  majorGroupCounts,
  RESUME_CATEGORY_TABLE,
  updatedResumes,
  wuzzufPostings,
} from './sources.js';
import type { DevSet, Qrel } from './types.js';

/** Builds the resume-skill-jobs-few set. */
export function buildResumeSkillJobsFew(context: DevSetContext): DevSet {
  const name = 'resume-skill-jobs-few';
  const postings = wuzzufPostings(context);
  const people = [...updatedResumes(context), ...dataturksResumes(context)];
  const next = random(seedFor(name));
  const plan = { negatives: 4, hard: 2 };
  const qrels: Qrel[] = [];
  for (const person of people) {
    const rows = judgePerson(person, postings, (graded, isHard, rng) => pickFew(graded, plan, isHard, rng), next);
    if (rows.some((row) => row.grade > 0)) qrels.push(...rows);
  }
  const { all, people: queries } = judgedDataset(qrels, people, postings);
  return {
    name,
    splits: splitByQuery(all, name),
    describe: [
      'Plain-text résumés each rank about 7 skill-list postings: Wuzzuf jobs (wuzzuf-postings-with-skills, Egypt, 2023)',
      "given only as title, company, place and the board's own skill tags (3 or more; no description).",
      '',
      `Queries: the updated-resume-dataset texts (166 distinct) and the dataturks-dev résumés whose designation O*NET names, ${queries.length} in all`,
      `(both splits; by major group: ${majorGroupCounts(queries)}). Candidates: Wuzzuf postings whose title O*NET names`,
      `(${postings.length}, one per title and company; by major group: ${majorGroupCounts(postings)}).`,
      '',
      "A résumé's occupation: its category through a hand-written table (updated-resume-dataset), or its first",
      `annotated designation that O*NET names (dataturks-dev). The table: ${RESUME_CATEGORY_TABLE}.`,
      TITLE_RULE,
      '',
      GRADE_RULE,
      '',
      'Candidates per query (sampled with a fixed seed): 2 postings of the best grade there is for the résumé, 1 of',
      'the next lower grade above 0 (another of the best grade when there is none), then 4 of grade 0: 2 hard',
      `negatives and 2 others. ${HARD_RULE}`,
      `Per query (both splits): ${perQuery(qrels, 'resumeId')} judged postings; résumés with no posting graded 1 or more are left out.`,
      `With so few candidates a random order already scores ${randomNdcg(qrels, 'resumeId').toFixed(2)} nDCG@10 on average (whole set, expected value).`,
      '',
      'Split by résumé, half and half, fixed seed.',
      '',
      '## What this set cannot show',
      '',
      "The tags are the board's, and grades ignore them: they come from the titles and the résumé categories only, so a",
      'posting whose tags fit the résumé perfectly can still be grade 0 if its title is another occupation, and a',
      "grade-3 posting may ask for tools the résumé never names. Most postings are software jobs (Wuzzuf's and O*NET's",
      'coverage), so non-software résumés (HR, fitness, arts) often have only one or two candidates of their family,',
      'their hard negatives are software jobs, and a family with no Wuzzuf posting at all (law) has no queries. With',
      'about 7 candidates per query the metrics move in big steps. Country and level never count.',
      '',
      ONET_CREDIT,
    ].join('\n'),
    query: 'resume',
  };
}
