// Readers for the sources the occupation-graded sets share: résumés with an occupation each, and postings with one.
// Every occupation comes from the source's own label (a résumé category, a designation, a position of interest, a
// posting title) through O*NET's titles or the small hand table below; never from Rolefit's code.
import { parseCsv } from '@rolefit/dev-tools';
import { clean, once, type DevSetContext } from './context.js';
import { jobViewsApplicants } from './job-views.js';
import { linkedInLocation } from './lirecommend.js';
import { loadOnetTitles, MAJOR_GROUPS, type Occupation } from './onet.js';
import type { DevJob } from './types.js';

/** A person with the occupations their source's own label names. */
export interface OccupationPerson {
  id: string;
  text: string;
  /** The source's label (category, designation, positions of interest). */
  label: string;
  occupations: Occupation[];
  source: string;
}

/** A posting with the occupation its title names. */
export interface OccupationPosting {
  job: DevJob;
  occupations: Occupation[];
}

/**
 * The occupation each updated-resume-dataset category stands for (hand-written; the O*NET title in the comment).
 * Categories that are a field rather than an occupation get a group: Arts the arts/design/media major group, Sales
 * the sales major group (its résumés are sales executives and sales managers of many kinds).
 */
export const RESUME_CATEGORY_OCCUPATION: Readonly<Record<string, Occupation>> = {
  Advocate: '23-1011', // Lawyers
  Arts: '27', // Arts, Design, Entertainment, Sports, and Media Occupations
  'Automation Testing': '15-1253', // Software Quality Assurance Analysts and Testers
  Blockchain: '15-1299', // Computer Occupations, All Other (Blockchain Engineers 15-1299.07)
  'Business Analyst': '13-1111', // Management Analysts (alternate title "Business Analyst")
  'Civil Engineer': '17-2051', // Civil Engineers
  'Data Science': '15-2051', // Data Scientists
  Database: '15-1242', // Database Administrators
  'DevOps Engineer': '15-1252', // Software Developers (alternate title "DevOps Engineer")
  'DotNet Developer': '15-1252', // Software Developers
  'Electrical Engineering': '17-2071', // Electrical Engineers
  'ETL Developer': '15-1243', // Database Architects (Data Warehousing Specialists 15-1243.01, "ETL Developer")
  Hadoop: '15-1243', // Database Architects ("Big Data Engineer")
  'Health and fitness': '39-9031', // Exercise Trainers and Group Fitness Instructors
  HR: '13-1071', // Human Resources Specialists
  'Java Developer': '15-1252', // Software Developers
  'Mechanical Engineer': '17-2141', // Mechanical Engineers
  'Network Security Engineer': '15-1212', // Information Security Analysts
  'Operations Manager': '11-1021', // General and Operations Managers
  PMO: '13-1082', // Project Management Specialists
  'Python Developer': '15-1252', // Software Developers
  Sales: '41', // Sales and Related Occupations
  'SAP Developer': '15-1252', // Software Developers
  Testing: '15-1253', // Software Quality Assurance Analysts and Testers
  'Web Designing': '15-1255', // Web and Digital Interface Designers
};

/** The table above as README text. */
export const RESUME_CATEGORY_TABLE = Object.entries(RESUME_CATEGORY_OCCUPATION)
  .map(([category, code]) => `${category} ${code}`)
  .join('; ');

/** O*NET's title lookup, read once per build. */
export const occupationLookup = (context: DevSetContext): ((title: unknown) => Occupation | undefined) =>
  once(context, 'onet', () => loadOnetTitles(context.read));

/**
 * updated-resume-dataset: the 166 distinct résumé texts (whitespace-normalised; the first row of each text gives its
 * id `ur-<row from 1>`), each with its category's occupation.
 */
export const updatedResumes = (context: DevSetContext): OccupationPerson[] =>
  once(context, 'updatedResumes', () => readUpdatedResumes(context));

function readUpdatedResumes(context: DevSetContext): OccupationPerson[] {
  const rows = parseCsv(context.read('updated-resume-dataset', 'UpdatedResumeDataSet.csv'));
  const seen = new Set<string>();
  const resumes: OccupationPerson[] = [];
  rows.forEach((row, index) => {
    const text = String(row.Resume ?? '').trim();
    const key = clean(text);
    const occupation = RESUME_CATEGORY_OCCUPATION[clean(row.Category)];
    if (!key || seen.has(key) || occupation === undefined) return;
    seen.add(key);
    resumes.push({
      id: `ur-${index + 1}`,
      text,
      label: clean(row.Category),
      occupations: [occupation],
      source: 'updated-resume-dataset',
    });
  });
  return resumes;
}

/** One line of dataturks-dev/resumes.jsonl (the fields this module reads). */
interface DataturksRecord {
  id: string;
  text?: string;
  fields?: { designation?: string[] };
}

/** dataturks-dev: résumés whose annotated designation (the first one O*NET names) gives an occupation. */
export const dataturksResumes = (context: DevSetContext): OccupationPerson[] =>
  once(context, 'dataturksResumes', () => readDataturksResumes(context));

function readDataturksResumes(context: DevSetContext): OccupationPerson[] {
  const occupationOf = occupationLookup(context);
  const resumes: OccupationPerson[] = [];
  for (const line of context.read('dataturks-dev', 'resumes.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as DataturksRecord;
    const designation = (record.fields?.designation ?? []).find((title) => occupationOf(title) !== undefined);
    if (!designation || !String(record.text ?? '').trim()) continue;
    resumes.push({
      id: record.id,
      text: record.text!,
      label: designation,
      occupations: [occupationOf(designation)!],
      source: 'dataturks-dev',
    });
  }
  return resumes;
}

/**
 * job-views applicants whose positions of interest O*NET names: each resolved position is one occupation the person
 * wants. Text as in the job-views set: positions of interest, then work history.
 */
export const applicantResumes = (context: DevSetContext): OccupationPerson[] =>
  once(context, 'applicantResumes', () => readApplicantResumes(context));

function readApplicantResumes(context: DevSetContext): OccupationPerson[] {
  const occupationOf = occupationLookup(context);
  const { interestsOf, textOf } = jobViewsApplicants(context);
  const resumes: OccupationPerson[] = [];
  for (const applicant of [...interestsOf.keys()].sort()) {
    const occupations = [
      ...new Set(
        interestsOf
          .get(applicant)!
          .map(occupationOf)
          .filter((code) => code !== undefined),
      ),
    ];
    if (occupations.length === 0) continue;
    resumes.push({
      id: `jv-applicant-${applicant}`,
      text: textOf(applicant),
      label: interestsOf.get(applicant)!.join(', '),
      occupations,
      source: 'job-views-implicit-feedback',
    });
  }
  return resumes;
}

/**
 * linkedin-postings-2023-24-head1000: postings whose title O*NET names, with a description of 200 characters or
 * more; a repeated description keeps its first posting. Ids `lip-<job_id>`.
 */
export const linkedinPostings = (context: DevSetContext): OccupationPosting[] =>
  once(context, 'linkedinPostings', () => readLinkedinPostings(context));

function readLinkedinPostings(context: DevSetContext): OccupationPosting[] {
  const occupationOf = occupationLookup(context);
  const rows = parseCsv(context.read('linkedin-postings-2023-24-head1000', 'postings_head1000.csv'));
  const seen = new Set<string>();
  const postings: OccupationPosting[] = [];
  for (const row of rows) {
    const title = clean(row.title);
    const description = String(row.description ?? '').trim();
    const occupation = occupationOf(title);
    if (!title || occupation === undefined || description.length < 200 || seen.has(clean(description))) continue;
    seen.add(clean(description));
    const job: DevJob = { id: `lip-${clean(row.job_id)}`, source: 'linkedin', title, description };
    if (clean(row.company_name)) job.company = clean(row.company_name);
    const location = linkedInLocation(row.location);
    if (location) job.location = location;
    postings.push({ job, occupations: [occupation] });
  }
  return postings;
}

/** "15 computer and mathematical: 22, …" for a README. */
export function majorGroupCounts(items: ReadonlyArray<{ occupations: readonly Occupation[] }>): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const major = item.occupations[0]!.slice(0, 2);
    counts.set(major, (counts.get(major) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([major, count]) => `${major} ${MAJOR_GROUPS[major] ?? '?'}: ${count}`)
    .join(', ');
}

/**
 * wuzzuf-postings-with-skills (Egypt, 2023): postings whose title O*NET names and that carry 3 or more of the board's
 * skill tags, as skill-list jobs (title, company, place, tags; no description). Ids `wz-<row from 1>`, as in the
 * wuzzuf-skills set.
 */
export const wuzzufPostings = (context: DevSetContext): OccupationPosting[] =>
  once(context, 'wuzzufPostings', () => readWuzzufPostings(context));

function readWuzzufPostings(context: DevSetContext): OccupationPosting[] {
  const occupationOf = occupationLookup(context);
  const folder = 'wuzzuf-postings-with-skills';
  const tags = new Map<string, Set<string>>();
  for (const row of parseCsv(context.read(folder, 'job_skills.csv'), { delimiter: '~' })) {
    const key = `${clean(row.job_title)}\u0000${clean(row.company_name)}`;
    const skill = clean(row.job_skill).toLowerCase();
    if (skill === '' || skill === '-1') continue;
    if (!tags.has(key)) tags.set(key, new Set());
    tags.get(key)!.add(skill);
  }
  const postings: OccupationPosting[] = [];
  const seen = new Set<string>();
  parseCsv(context.read(folder, 'job_postings_data_final.csv'), { delimiter: '~' }).forEach((row, index) => {
    const title = clean(row.job_title);
    const company = clean(row.company_name);
    const key = `${title}\u0000${company}`;
    const skills = tags.get(key);
    const occupation = occupationOf(title);
    // The same ad posted twice (same title and company) is one posting.
    if (!title || !skills || skills.size < 3 || occupation === undefined || seen.has(key)) return;
    seen.add(key);
    const job: DevJob = { id: `wz-${index + 1}`, source: 'wuzzuf', title, description: '', skills: [...skills].sort() };
    if (company) job.company = company;
    const city = clean(row.Location_Part1).replace(/,$/, '');
    const country = clean(row.Location_Part2);
    if (city || country) job.location = { ...(city ? { city } : {}), ...(country ? { country } : {}) };
    postings.push({ job, occupations: [occupation] });
  });
  return postings;
}
