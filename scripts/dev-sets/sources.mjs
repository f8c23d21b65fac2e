// Readers for the sources the occupation-graded sets share: résumés with an occupation each, and postings with one.
// Every occupation comes from the source's own label (a résumé category, a designation, a position of interest, a
// posting title) through O*NET's titles or the small hand table below; never from Rolefit's code.
import { join } from 'node:path';
import { loadOnetTitles, MAJOR_GROUPS } from './onet.mjs';

/**
 * The occupation each updated-resume-dataset category stands for (hand-written; the O*NET title in the comment).
 * Categories that are a field rather than an occupation get a group: Arts the arts/design/media major group, Sales
 * the sales major group (its résumés are sales executives and sales managers of many kinds).
 */
export const RESUME_CATEGORY_OCCUPATION = {
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

export const RESUME_CATEGORY_TABLE = Object.entries(RESUME_CATEGORY_OCCUPATION)
  .map(([category, code]) => `${category} ${code}`)
  .join('; ');

/** Reads a source once per build: `ctx` is shared by the sets of one build, and nothing mutates what is kept. */
function once(ctx, key, make) {
  ctx.cache ??= new Map();
  if (!ctx.cache.has(key)) ctx.cache.set(key, make());
  return ctx.cache.get(key);
}

/** O*NET's title lookup, read once per build. */
export const occupationLookup = (ctx) => once(ctx, 'onet', () => loadOnetTitles(ctx.read));

/**
 * updated-resume-dataset: the 166 distinct résumé texts (whitespace-normalised; the first row of each text gives its
 * id `ur-<row from 1>`), each with its category's occupation.
 */
export const updatedResumes = (ctx) => once(ctx, 'updatedResumes', () => readUpdatedResumes(ctx));

function readUpdatedResumes(ctx) {
  const rows = ctx.parseCsv(ctx.read('updated-resume-dataset', 'UpdatedResumeDataSet.csv'));
  const seen = new Set();
  const resumes = [];
  rows.forEach((row, index) => {
    const text = String(row.Resume ?? '').trim();
    const key = ctx.clean(text);
    const occupation = RESUME_CATEGORY_OCCUPATION[ctx.clean(row.Category)];
    if (!key || seen.has(key) || occupation === undefined) return;
    seen.add(key);
    resumes.push({
      id: `ur-${index + 1}`,
      text,
      label: ctx.clean(row.Category),
      occupations: [occupation],
      source: 'updated-resume-dataset',
    });
  });
  return resumes;
}

/** dataturks-dev: résumés whose annotated designation (the first one O*NET names) gives an occupation. */
export const dataturksResumes = (ctx) => once(ctx, 'dataturksResumes', () => readDataturksResumes(ctx));

function readDataturksResumes(ctx) {
  const occupationOf = occupationLookup(ctx);
  const resumes = [];
  for (const line of ctx.read('dataturks-dev', 'resumes.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    const designation = (record.fields?.designation ?? []).find((title) => occupationOf(title) !== undefined);
    if (!designation || !String(record.text ?? '').trim()) continue;
    resumes.push({
      id: record.id,
      text: record.text,
      label: designation,
      occupations: [occupationOf(designation)],
      source: 'dataturks-dev',
    });
  }
  return resumes;
}

/**
 * job-views applicants whose positions of interest O*NET names: each resolved position is one occupation the person
 * wants. Text as in the job-views set: positions of interest, then work history.
 */
export const applicantResumes = (ctx) => once(ctx, 'applicantResumes', () => readApplicantResumes(ctx));

function readApplicantResumes(ctx) {
  const occupationOf = occupationLookup(ctx);
  const { interestsOf, textOf } = ctx.jobViewsApplicants();
  const resumes = [];
  for (const applicant of [...interestsOf.keys()].sort()) {
    const occupations = [
      ...new Set(
        interestsOf
          .get(applicant)
          .map(occupationOf)
          .filter((code) => code !== undefined),
      ),
    ];
    if (occupations.length === 0) continue;
    resumes.push({
      id: `jv-applicant-${applicant}`,
      text: textOf(applicant),
      label: interestsOf.get(applicant).join(', '),
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
export const linkedinPostings = (ctx) => once(ctx, 'linkedinPostings', () => readLinkedinPostings(ctx));

function readLinkedinPostings(ctx) {
  const occupationOf = occupationLookup(ctx);
  const rows = ctx.parseCsv(ctx.read('linkedin-postings-2023-24-head1000', 'postings_head1000.csv'));
  const seen = new Set();
  const postings = [];
  for (const row of rows) {
    const title = ctx.clean(row.title);
    const description = String(row.description ?? '').trim();
    const occupation = occupationOf(title);
    if (!title || occupation === undefined || description.length < 200 || seen.has(ctx.clean(description))) continue;
    seen.add(ctx.clean(description));
    const job = { id: `lip-${ctx.clean(row.job_id)}`, source: 'linkedin', title, description };
    if (ctx.clean(row.company_name)) job.company = ctx.clean(row.company_name);
    const location = ctx.linkedInLocation(row.location);
    if (location) job.location = location;
    postings.push({ job, occupations: [occupation] });
  }
  return postings;
}

/** "15 computer and mathematical: 22, …" for a README. */
export function majorGroupCounts(items) {
  const counts = new Map();
  for (const item of items) {
    const major = item.occupations[0].slice(0, 2);
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
export const wuzzufPostings = (ctx) => once(ctx, 'wuzzufPostings', () => readWuzzufPostings(ctx));

function readWuzzufPostings(ctx) {
  const occupationOf = occupationLookup(ctx);
  const folder = 'wuzzuf-postings-with-skills';
  const tags = new Map();
  for (const row of ctx.parseCsv(ctx.read(folder, 'job_skills.csv'), { delimiter: '~' })) {
    const key = `${ctx.clean(row.job_title)}\u0000${ctx.clean(row.company_name)}`;
    const skill = ctx.clean(row.job_skill).toLowerCase();
    if (skill === '' || skill === '-1') continue;
    if (!tags.has(key)) tags.set(key, new Set());
    tags.get(key).add(skill);
  }
  const postings = [];
  const seen = new Set();
  ctx.parseCsv(ctx.read(folder, 'job_postings_data_final.csv'), { delimiter: '~' }).forEach((row, index) => {
    const title = ctx.clean(row.job_title);
    const company = ctx.clean(row.company_name);
    const key = `${title}\u0000${company}`;
    const skills = tags.get(key);
    const occupation = occupationOf(title);
    // The same ad posted twice (same title and company) is one posting.
    if (!title || !skills || skills.size < 3 || occupation === undefined || seen.has(key)) return;
    seen.add(key);
    const job = { id: `wz-${index + 1}`, source: 'wuzzuf', title, description: '', skills: [...skills].sort() };
    if (company) job.company = company;
    const city = ctx.clean(row.Location_Part1).replace(/,$/, '');
    const country = ctx.clean(row.Location_Part2);
    if (city || country) job.location = { ...(city ? { city } : {}), ...(country ? { country } : {}) };
    postings.push({ job, occupations: [occupation] });
  });
  return postings;
}
