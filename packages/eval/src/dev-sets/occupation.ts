// What the occupation-graded sets share: people and postings each get a SOC occupation from their source's own label
// through O*NET (onet.ts, sources.ts), and a pair's grade is how close the two occupations are in the SOC hierarchy.
import { bestOccupationGrade, NEIGHBOURS_TEXT, neighbouringMajors, type Occupation } from './onet.js';
import type { Graded } from './pick.js';
import type { OccupationPerson, OccupationPosting } from './sources.js';
import type { DevSetData, Qrel } from './types.js';

/** README text of the SOC grade rule. */
export const GRADE_RULE = [
  'Grades compare the two occupations in the 2018 SOC hierarchy (codes written as prefixes: 15-1252 a detailed',
  'occupation, 15-12 a minor group, 15 a major group; an occupation is only as precise as its source allows):',
  '- 3: the same detailed occupation (both known to that level)',
  '- 2: the same minor group (e.g. 15-1252 software developers and 15-1253 QA testers)',
  '- 1: the same major group (e.g. 15-1252 and 15-2051 data scientists)',
  '- 0: different major groups',
  'A person with several wanted occupations gets the best grade of any of them.',
].join('\n');

/** README text of how a posting title gets its occupation. */
export const TITLE_RULE = [
  "A posting title's occupation comes from O*NET's own title list (onet-db: Alternate Titles.txt, short titles and",
  'Occupation Data.txt titles, also with a parenthesised part or a final plural "s" dropped): the whole title, then',
  'the part before the first " - ", ",", "/", "(", "|", ":" or " at ", each as written and then without level words',
  '(senior, jr, lead, II, remote, …), normalised to lower-case letters and digits; the first exact match wins. A',
  'title that O*NET gives several occupations gets the most precise SOC prefix they all share; titles O*NET does',
  "not know, or whose matches span major groups, are left out. O*NET's list has its oddities, kept as they are",
  '(it files "Full Stack Engineer" under 17-2199 engineers, all other, and "Staff Engineer" under computer hardware engineers).',
].join('\n');

/** README text of what a hard negative is. */
export const HARD_RULE = `Hard negatives are grade-0 candidates from a neighbouring major group by a hand-written table of pairs (${NEIGHBOURS_TEXT}).`;

/** README credit line for O*NET. */
export const ONET_CREDIT =
  'Occupation codes and titles: O*NET (U.S. Department of Labor, Employment and Training Administration), CC BY 4.0.';

/** Anything with occupations: a person or a posting. */
export interface HasOccupations {
  occupations: readonly Occupation[];
}

/**
 * A query's grade of a candidate and whether a candidate is a hard negative for it (every one of the query's
 * occupations has a neighbouring major group among the candidate's), remembered per distinct list of occupations.
 */
export function relations(own: readonly Occupation[]): {
  gradeOf(candidate: HasOccupations): number;
  isHard(candidate: HasOccupations): boolean;
} {
  const grades = new Map<string, number>();
  const hard = new Map<string, boolean>();
  const keyOf = (candidate: HasOccupations) => candidate.occupations.join(' ');
  return {
    gradeOf(candidate) {
      const key = keyOf(candidate);
      if (!grades.has(key)) grades.set(key, bestOccupationGrade(own, candidate.occupations));
      return grades.get(key)!;
    },
    isHard(candidate) {
      const key = keyOf(candidate);
      if (!hard.has(key))
        hard.set(
          key,
          own.every((code) => candidate.occupations.some((theirs) => neighbouringMajors(code, theirs))),
        );
      return hard.get(key)!;
    },
  };
}

/**
 * The dataset of what `qrels` judges: the people and postings it names (in their input order) and the qrels.
 * Returns the judged people and postings too, for the README counts.
 */
export function judgedDataset(
  qrels: Qrel[],
  people: readonly OccupationPerson[],
  postings: readonly OccupationPosting[],
): { all: DevSetData; people: OccupationPerson[]; postings: OccupationPosting[] } {
  const judgedJobs = new Set(qrels.map((row) => row.jobId));
  const judgedPeople = new Set(qrels.map((row) => row.resumeId));
  const keptPeople = people.filter((person) => judgedPeople.has(person.id));
  const keptPostings = postings.filter((posting) => judgedJobs.has(posting.job.id));
  const all = {
    jobs: keptPostings.map((posting) => posting.job),
    resumes: keptPeople.map(({ id, text }) => ({ id, text })),
    qrels,
  };
  return { all, people: keptPeople, postings: keptPostings };
}

/** How one query's candidates are chosen from the graded pool. */
export type Pick<Item> = (
  graded: ReadonlyArray<Graded<Item>>,
  isHard: (item: Item) => boolean,
  next: () => number,
) => Array<Graded<Item>>;

/** Grades every candidate for a person (they rank postings) and keeps those the plan picks, as qrels rows. */
export function judgePerson(
  query: OccupationPerson,
  pool: readonly OccupationPosting[],
  pick: Pick<OccupationPosting>,
  next: () => number,
): Qrel[] {
  const { gradeOf, isHard } = relations(query.occupations);
  const graded = pool.map((candidate) => [candidate, gradeOf(candidate)] as const);
  return pick(graded, isHard, next).map(([candidate, grade]) => ({
    resumeId: query.id,
    jobId: candidate.job.id,
    grade,
  }));
}

/** Grades every candidate for a posting (it ranks people) and keeps those the plan picks, as qrels rows. */
export function judgePosting(
  query: OccupationPosting,
  pool: readonly OccupationPerson[],
  pick: Pick<OccupationPerson>,
  next: () => number,
): Qrel[] {
  const { gradeOf, isHard } = relations(query.occupations);
  const graded = pool.map((candidate) => [candidate, gradeOf(candidate)] as const);
  return pick(graded, isHard, next).map(([candidate, grade]) => ({
    resumeId: candidate.id,
    jobId: query.job.id,
    grade,
  }));
}
