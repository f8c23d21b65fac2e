// Occupation-graded sets: people and postings each get a SOC occupation from their source's own label through
// O*NET (onet.mjs, sources.mjs), and a pair's grade is how close the two occupations are in the SOC hierarchy.
import { bestOccupationGrade, NEIGHBOURS_TEXT, neighbouringMajors } from './onet.mjs';
import { perQuery, pickFew, pickMany, randomNdcg } from './pick.mjs';
import {
  applicantResumes,
  dataturksResumes,
  linkedinPostings,
  majorGroupCounts,
  RESUME_CATEGORY_TABLE,
  updatedResumes,
  wuzzufPostings,
} from './sources.mjs';

const GRADE_RULE = [
  'Grades compare the two occupations in the 2018 SOC hierarchy (codes written as prefixes: 15-1252 a detailed',
  'occupation, 15-12 a minor group, 15 a major group; an occupation is only as precise as its source allows):',
  '- 3: the same detailed occupation (both known to that level)',
  '- 2: the same minor group (e.g. 15-1252 software developers and 15-1253 QA testers)',
  '- 1: the same major group (e.g. 15-1252 and 15-2051 data scientists)',
  '- 0: different major groups',
  'A person with several wanted occupations gets the best grade of any of them.',
].join('\n');

const TITLE_RULE = [
  "A posting title's occupation comes from O*NET's own title list (onet-db: Alternate Titles.txt, short titles and",
  'Occupation Data.txt titles, also with a parenthesised part or a final plural "s" dropped): the whole title, then',
  'the part before the first " - ", ",", "/", "(", "|", ":" or " at ", each as written and then without level words',
  '(senior, jr, lead, II, remote, …), normalised to lower-case letters and digits; the first exact match wins. A',
  'title that O*NET gives several occupations gets the most precise SOC prefix they all share; titles O*NET does',
  "not know, or whose matches span major groups, are left out. O*NET's list has its oddities, kept as they are",
  '(it files "Full Stack Engineer" under 17-2199 engineers, all other, and "Staff Engineer" under computer hardware engineers).',
].join('\n');

const hardRule = `Hard negatives are grade-0 candidates from a neighbouring major group by a hand-written table of pairs (${NEIGHBOURS_TEXT}).`;

const ONET_CREDIT =
  'Occupation codes and titles: O*NET (U.S. Department of Labor, Employment and Training Administration), CC BY 4.0.';

/**
 * A query's grade of a candidate and whether a candidate is a hard negative for it (every one of the query's
 * occupations has a neighbouring major group among the candidate's), remembered per distinct list of occupations.
 */
export function relations(own) {
  const grades = new Map();
  const hard = new Map();
  const keyOf = (candidate) => candidate.occupations.join(' ');
  return {
    gradeOf(candidate) {
      const key = keyOf(candidate);
      if (!grades.has(key)) grades.set(key, bestOccupationGrade(own, candidate.occupations));
      return grades.get(key);
    },
    isHard(candidate) {
      const key = keyOf(candidate);
      if (!hard.has(key))
        hard.set(
          key,
          own.every((code) => candidate.occupations.some((theirs) => neighbouringMajors(code, theirs))),
        );
      return hard.get(key);
    },
  };
}

/** Grades every candidate for one query and keeps those the plan picks, as qrels rows. */

/**
 * The dataset of what `qrels` judges: the people and postings it names (in their input order) and the qrels.
 * Returns the judged people and postings too, for the README counts.
 */
function judgedDataset(qrels, people, postings) {
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

function judge(query, pool, pick, next, direction) {
  const { gradeOf, isHard } = relations(query.occupations);
  const graded = pool.map((candidate) => [candidate, gradeOf(candidate)]);
  return pick(graded, isHard, next).map(([candidate, grade]) =>
    direction === 'resume'
      ? { resumeId: query.id, jobId: candidate.job.id, grade }
      : { resumeId: candidate.id, jobId: query.job.id, grade },
  );
}

// ─── resume-occupation: plain-text résumés rank LinkedIn postings of every kind ─────────────────────────────────

export function buildResumeOccupation(ctx) {
  const name = 'resume-occupation';
  const postings = linkedinPostings(ctx);
  const people = [...updatedResumes(ctx), ...dataturksResumes(ctx)];
  const next = ctx.random(ctx.seedFor(name));
  const plan = { perGrade: 10, negatives: 15, hard: 8 };
  const qrels = [];
  for (const person of people) {
    const rows = judge(person, postings, (graded, isHard, rng) => pickMany(graded, plan, isHard, rng), next, 'resume');
    if (rows.some((row) => row.grade > 0)) qrels.push(...rows);
  }
  const { all, people: queries } = judgedDataset(qrels, people, postings);
  const fromSource = (source) => queries.filter((person) => person.source === source).length;
  ctx.writeSet(
    name,
    ctx.splitByQuery(all, name),
    [
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
      `${plan.hard} are hard negatives; all sampled with a fixed seed. ${hardRule}`,
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
  );
}

// ─── applicant-occupation-few: a handful of postings per person, non-software work ──────────────────────────────

const FEW_QUERIES = 400;

export function buildApplicantOccupationFew(ctx) {
  const name = 'applicant-occupation-few';
  const postings = linkedinPostings(ctx);
  const applicants = applicantResumes(ctx);
  const next = ctx.random(ctx.seedFor(name));
  const plan = { negatives: 4, hard: 2 };
  const qrels = [];
  let queries = 0;
  for (const applicant of ctx.shuffle(applicants, next)) {
    if (queries >= FEW_QUERIES) break;
    const rows = judge(
      applicant,
      postings,
      (graded, isHard, rng) => pickFew(graded, plan, isHard, rng),
      next,
      'resume',
    );
    if (!rows.some((row) => row.grade >= 2)) continue;
    qrels.push(...rows);
    queries += 1;
  }
  const { all, people: kept } = judgedDataset(qrels, applicants, postings);
  ctx.writeSet(
    name,
    ctx.splitByQuery(all, name),
    [
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
      `and 2 others. ${hardRule}`,
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
  );
}

// ─── recruiter-occupation: a LinkedIn posting ranks the people, as a recruiter would ────────────────────────────

export function buildRecruiterOccupation(ctx) {
  const name = 'recruiter-occupation';
  const postings = linkedinPostings(ctx);
  const people = [...updatedResumes(ctx), ...dataturksResumes(ctx), ...applicantResumes(ctx)];
  const next = ctx.random(ctx.seedFor(name));
  const plan = { perGrade: 5, negatives: 10, hard: 5 };
  const qrels = [];
  for (const posting of postings) {
    const rows = judge(posting, people, (graded, isHard, rng) => pickMany(graded, plan, isHard, rng), next, 'job');
    if (rows.some((row) => row.grade >= 2)) qrels.push(...rows);
  }
  const { all, postings: queries } = judgedDataset(qrels, people, postings);
  ctx.writeSet(
    name,
    ctx.splitByQuery(all, name, 'job'),
    [
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
      `${plan.hard} are hard negatives; sampled with a fixed seed. ${hardRule}`,
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
    'job',
  );
}

// ─── resume-skill-jobs-few: plain-text résumés rank a handful of skill-list postings ────────────────────────────

export function buildResumeSkillJobsFew(ctx) {
  const name = 'resume-skill-jobs-few';
  const postings = wuzzufPostings(ctx);
  const people = [...updatedResumes(ctx), ...dataturksResumes(ctx)];
  const next = ctx.random(ctx.seedFor(name));
  const plan = { negatives: 4, hard: 2 };
  const qrels = [];
  for (const person of people) {
    const rows = judge(person, postings, (graded, isHard, rng) => pickFew(graded, plan, isHard, rng), next, 'resume');
    if (rows.some((row) => row.grade > 0)) qrels.push(...rows);
  }
  const { all, people: queries } = judgedDataset(qrels, people, postings);
  ctx.writeSet(
    name,
    ctx.splitByQuery(all, name),
    [
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
      `negatives and 2 others. ${hardRule}`,
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
  );
}
