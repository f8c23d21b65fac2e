// google-recruiter-few: Google postings given only as qualification lists rank a handful of plain-text résumés.
// Grades come from the postings' own Category and the résumés' own category, each mapped to a SOC occupation by a
// hand-written table, then compared with the same SOC rule as the occupation sets.
import { parseCsv } from '@rolefit/dev-tools';
import { clean, random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import { relations } from './occupation.js';
import { NEIGHBOURS_TEXT, type Occupation } from './onet.js';
import { perQuery, pickFew, randomNdcg } from './pick.js';
import { RESUME_CATEGORY_TABLE, updatedResumes } from './sources.js';
import type { DevJob, DevLocation, DevSet, Qrel } from './types.js';

/**
 * The occupation each Google category stands for (hand-written). Categories that span several occupations get the
 * group they share: computer occupations (15-12) for the technical ones, a major group for sales, partnerships,
 * administration and real estate.
 */
export const GOOGLE_CATEGORY_OCCUPATION: Readonly<Record<string, Occupation>> = {
  Administrative: '43', // Office and Administrative Support
  'Business Strategy': '13-1111', // Management Analysts
  'Data Center & Network': '15-12', // Computer Occupations
  'Developer Relations': '15-12',
  Finance: '13-20', // Financial Specialists
  'Hardware Engineering': '17-20', // Engineers
  'IT & Data Management': '15-12',
  'Legal & Government Relations': '23-10', // Lawyers, Judges, and Related Workers
  'Manufacturing & Supply Chain': '13-1081', // Logisticians
  'Marketing & Communications': '13-1161', // Market Research Analysts and Marketing Specialists
  'Network Engineering': '15-1241', // Computer Network Architects
  Partnerships: '13', // Business and Financial Operations
  'People Operations': '13-1071', // Human Resources Specialists
  'Product & Customer Support': '15-12',
  'Program Management': '13-1082', // Project Management Specialists
  'Real Estate & Workplace Services': '11', // Management
  'Sales & Account Management': '41', // Sales and Related
  'Sales Operations': '41',
  'Software Engineering': '15-1252', // Software Developers
  'Technical Infrastructure': '15-12',
  'Technical Solutions': '15-12',
  'Technical Writing': '27-3042', // Technical Writers
  'User Experience & Design': '15-1255', // Web and Digital Interface Designers
};

/** Postings taken as queries, in a seeded random order. */
const QUERIES = 400;

/** "Mountain View, CA, United States" → city, region, country; "Singapore" → country. */
export function googleLocation(text: unknown): DevLocation | undefined {
  const parts = String(text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return { country: parts[0]! };
  if (parts.length === 2) return { city: parts[0]!, country: parts[1]! };
  return { city: parts[0]!, region: parts[1]!, country: parts.at(-1)! };
}

const lines = (text: unknown): string[] =>
  String(text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** A Google posting with its category and the occupation the category stands for. */
interface GooglePosting {
  job: DevJob;
  category: string;
  occupations: Occupation[];
}

/** Builds the google-recruiter-few set. */
export function buildGoogleRecruiterFew(context: DevSetContext): DevSet {
  const name = 'google-recruiter-few';
  const rows = parseCsv(context.read('google-job-skills', 'job_skills.csv'), { delimiter: ';' });
  const seen = new Set<string>();
  const postings: GooglePosting[] = [];
  rows.forEach((row, index) => {
    const title = clean(row.Title);
    const occupation = GOOGLE_CATEGORY_OCCUPATION[clean(row.Category)];
    const qualifications = [...lines(row['Minimum Qualifications']), ...lines(row['Preferred Qualifications'])];
    // The same ad in several places is one posting (same title and qualifications).
    const key = `${title}\u0000${qualifications.join('\n')}`;
    if (!title || occupation === undefined || qualifications.length < 2 || seen.has(key)) return;
    seen.add(key);
    const job: DevJob = {
      id: `gjs-${index + 1}`,
      source: 'google-job-skills',
      title,
      company: clean(row.Company) || 'Google',
      description: '',
      skills: qualifications,
    };
    const location = googleLocation(row.Location);
    if (location) job.location = location;
    postings.push({ job, category: clean(row.Category), occupations: [occupation] });
  });
  const people = updatedResumes(context);
  const next = random(seedFor(name));
  const plan = { negatives: 5, hard: 3 };
  const qrels: Qrel[] = [];
  const queries: GooglePosting[] = [];
  for (const posting of shuffle(postings, next)) {
    if (queries.length >= QUERIES) break;
    const { gradeOf, isHard } = relations(posting.occupations);
    const picked = pickFew(
      people.map((person) => [person, gradeOf(person)] as const),
      plan,
      isHard,
      next,
    );
    if (!picked.some(([, grade]) => grade > 0)) continue;
    queries.push(posting);
    for (const [person, grade] of picked) qrels.push({ resumeId: person.id, jobId: posting.job.id, grade });
  }
  const judgedPeople = new Set(qrels.map((row) => row.resumeId));
  const queryIds = new Set(queries.map((posting) => posting.job.id));
  const all = {
    jobs: postings.filter((posting) => queryIds.has(posting.job.id)).map((posting) => posting.job),
    resumes: people.filter((person) => judgedPeople.has(person.id)).map(({ id, text }) => ({ id, text })),
    qrels,
  };
  const categories = new Map<string, number>();
  for (const posting of queries) categories.set(posting.category, (categories.get(posting.category) ?? 0) + 1);
  return {
    name,
    splits: splitByQuery(all, name, 'job'),
    describe: [
      'A recruiter\'s view with few candidates: each Google posting (google-job-skills, the Kaggle "Google Job',
      'Skills" set, 2018) ranks about 8 plain-text résumés from updated-resume-dataset (166 distinct texts).',
      'Jobs are skill lists: title, company, place and `skills` = the minimum then the preferred qualification lines',
      'as the source splits them; no description (the responsibilities are left out). Repeats of one ad (same title',
      'and qualifications) are one posting.',
      '',
      "Grades come from the two sources' own categories, each mapped to a SOC occupation by a hand-written table:",
      `Google categories: ${Object.entries(GOOGLE_CATEGORY_OCCUPATION)
        .map(([category, code]) => `${category} ${code}`)
        .join('; ')}.`,
      `Résumé categories: ${RESUME_CATEGORY_TABLE}.`,
      'Then: 3 the same detailed occupation, 2 the same minor group, 1 the same major group, 0 different major groups.',
      '',
      'Candidates per query (fixed seed): 2 résumés of the best grade there is for the posting, 1 of the next lower',
      'grade above 0 (another of the best grade when there is none), then 5 of grade 0: up to 3 hard negatives from a',
      `neighbouring major group (pairs: ${NEIGHBOURS_TEXT}) and the rest others.`,
      `Per query (both splits): ${perQuery(qrels, 'jobId')} judged résumés; a random order already scores ${randomNdcg(qrels, 'jobId').toFixed(2)} nDCG@10 on average`,
      '(whole set, expected value). Postings with no résumé graded 1 or more are left out;',
      `${QUERIES} postings were taken in a seeded random order. Queries in the whole set by category: ${[...categories]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, count]) => `${category} ${count}`)
        .join(', ')}.`,
      '',
      'Split by posting, half and half, fixed seed.',
      '',
      '## What this set cannot show',
      '',
      "Google's categories are coarse and noisy (a data analyst under Technical Solutions, a recruiter-like program",
      'manager under People Operations, interns under Finance), and many map only to a group, so several résumés',
      'tie at grade 1 or 2 and a posting with a rare category may have only grade-1 candidates (Finance, Sales,',
      'Administrative: updated-resume-dataset has no accountants or assistants). Grades ignore the qualifications',
      'themselves (years, degrees, tools): a résumé in the right family that meets none of them is still relevant.',
      'The résumés are few (166), mostly Indian IT profiles, and recur across many queries.',
    ].join('\n'),
    query: 'job',
  };
}
