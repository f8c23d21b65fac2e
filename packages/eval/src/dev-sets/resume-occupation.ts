// resume-occupation: see the README text below for what the set holds, how it is graded and what it cannot show.
import { random, seedFor, splitByQuery, type DevSetContext } from './context.js';
import { GRADE_RULE, HARD_RULE, judgedDataset, judgePerson, ONET_CREDIT, TITLE_RULE } from './occupation.js';
import { perQuery, pickMany, randomNdcg } from './pick.js';
import {
  dataturksResumes,
  linkedinPostings,
  majorGroupCounts,
  RESUME_CATEGORY_TABLE,
  updatedResumes,
} from './sources.js';
import type { DevSet, Qrel } from './types.js';

/** Builds the resume-occupation set. */
export function buildResumeOccupation(context: DevSetContext): DevSet {
  const name = 'resume-occupation';
  const postings = linkedinPostings(context);
  const people = [...updatedResumes(context), ...dataturksResumes(context)];
  const next = random(seedFor(name));
  const plan = { perGrade: 10, negatives: 15, hard: 8 };
  const qrels: Qrel[] = [];
  for (const person of people) {
    const rows = judgePerson(person, postings, (graded, isHard, rng) => pickMany(graded, plan, isHard, rng), next);
    if (rows.some((row) => row.grade > 0)) qrels.push(...rows);
  }
  const { all, people: queries } = judgedDataset(qrels, people, postings);
  const fromSource = (source: string) => queries.filter((person) => person.source === source).length;
  return {
    name,
    splits: splitByQuery(all, name),
    describe: [
      'Plain-text résumés with no parsed structure rank real US LinkedIn postings of every kind (nursing, sales,',
      'office, law, engineering, management, software, trades).',
      '',
      'Queries: the 166 distinct texts of updated-resume-dataset (962 rows, deduplicated by text; mostly Indian and',
      'IT-heavy) and the dataturks-dev résumés whose annotated designation O*NET names. Candidates: postings of',
      `linkedin-postings-2023-24-head1000 whose title O*NET names (${postings.length} postings; by major group: ${majorGroupCounts(postings)}).`,
      '',
      `Queries in the whole set (both splits): ${fromSource('updated-resume-dataset')} from updated-resume-dataset and ${fromSource('dataturks-dev')} from dataturks-dev; by major group: ${majorGroupCounts(queries)}.`,
      '',
      "A résumé's occupation: its category through a hand-written table (updated-resume-dataset), or its first",
      `annotated designation that O*NET names (dataturks-dev). The table: ${RESUME_CATEGORY_TABLE}.`,
      TITLE_RULE,
      '',
      GRADE_RULE,
      '',
      `Candidates per query: up to ${plan.perGrade} postings of each grade 3, 2 and 1 and ${plan.negatives} of grade 0, of which up to`,
      `${plan.hard} are hard negatives; all sampled with a fixed seed. ${HARD_RULE}`,
      `Per query (both splits): ${perQuery(qrels, 'resumeId')} judged postings. Résumés with no posting graded 1 or more are left out.`,
      `A random order would score ${randomNdcg(qrels, 'resumeId').toFixed(2)} nDCG@10 on average (whole set, expected value).`,
      '',
      'Split by résumé, half and half, fixed seed.',
      '',
      '## What this set cannot show',
      '',
      "Grades say only that the occupations match, not that the person fits the posting's level, place, pay or",
      'requirements: a junior Java developer and a principal architect posting are both grade 3 if O*NET calls both',
      'software developers. Occupations come from a category or title, so a résumé that sits between families (a',
      'tester who codes) is graded by its label alone. Arts and Sales résumés are known only to a major group, so',
      'their best grade is 1. The résumés are mostly Indian IT profiles and the postings US ones; country and',
      'salary never count. Postings whose titles O*NET does not know (about two thirds) are missing, which favours',
      'plain, conventional titles.',
      '',
      ONET_CREDIT,
    ].join('\n'),
    query: 'resume',
  };
}
