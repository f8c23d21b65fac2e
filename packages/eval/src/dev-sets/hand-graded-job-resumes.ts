// hand-graded-job-resumes: job ads rank 8 résumés each, graded 1–5 by one reader (an AI session) who read both.
// The texts stay in ../shared/data: hand-graded-job-resumes.json holds only references (source file, row or id, a
// SHA-256 prefix of the text), the seeded candidate rule's inputs, and the grades with a one-line reason each.
import { createHash } from 'node:crypto';
import { parseCsv } from '@rolefit/dev-tools';
import { clean, once, random, seedFor, shuffle, splitByQuery, type DevSetContext } from './context.js';
import labels from './hand-graded-job-resumes.json' with { type: 'json' };
import { EXPERIENCE_LEVELS, linkedInLocation } from './lirecommend.js';
import { perQuery, randomNdcg } from './pick.js';
import type { DevJob, DevLocation, DevSet, Qrel } from './types.js';

/** One graded résumé of a job in hand-graded-job-resumes.json. */
export interface HandGradedCandidate {
  /** `ur-<row from 1>` (updated-resume-dataset) or the dataturks-dev id `dt-<n>`. */
  resume: string;
  /** First 16 hex digits of the SHA-256 of the résumé text. */
  sha256: string;
  /** Which part of the candidate rule picked it. */
  pick: 'closest' | 'related' | 'random';
  /** 1 unsuitable, 2 poor, 3 partial, 4 good, 5 excellent fit. */
  grade: number;
  reason: string;
}

/** One job ad of hand-graded-job-resumes.json with its candidates. */
export interface HandGradedJob {
  /** File under the data folder. */
  source: string;
  /** LinkedIn job_id, JobSpy id, Glassdoor 2020 index, or USAJOBS row from 1. */
  key: string;
  id: string;
  title: string;
  /** First 16 hex digits of the SHA-256 of the ad's description. */
  sha256: string;
  /** The updated-resume-dataset category closest to the ad's field, and related ones (chosen by hand). */
  closest: string;
  related: string[];
  candidates: HandGradedCandidate[];
}

/** The labels file. */
export const HAND_GRADED_JOB_RESUMES = labels as unknown as {
  criteria: string[];
  jobs: HandGradedJob[];
};

/** The qrels grade of a 1–5 hand grade: 1–2 not relevant (0), 3 → 1, 4 → 2, 5 → 3 (the loader takes 0–3). */
export const qrelGrade = (grade: number): number => Math.max(0, grade - 2);

/** First 16 hex digits of the SHA-256 of `text`. */
export const sha256Prefix = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A résumé of the candidate pool. */
export interface PoolResume {
  id: string;
  text: string;
  /** updated-resume-dataset's Category; undefined for dataturks-dev. */
  category?: string;
}

/**
 * The pool: updated-resume-dataset's distinct texts (whitespace-normalised; the first row of each text gives its id
 * `ur-<row from 1>`) and every dataturks-dev résumé with text.
 */
export const handGradedPool = (context: DevSetContext): PoolResume[] =>
  once(context, 'handGradedResumePool', () => {
    const pool: PoolResume[] = [];
    const seen = new Set<string>();
    parseCsv(context.read('updated-resume-dataset', 'UpdatedResumeDataSet.csv')).forEach((row, index) => {
      const text = String(row.Resume ?? '').trim();
      const key = clean(text);
      if (!key || seen.has(key)) return;
      seen.add(key);
      pool.push({ id: `ur-${index + 1}`, text, category: clean(row.Category) });
    });
    for (const line of context.read('dataturks-dev', 'resumes.jsonl').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text?: string };
      const text = String(record.text ?? '').trim();
      if (text) pool.push({ id: record.id, text });
    }
    return pool;
  });

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** Jaccard overlap of two texts' word sets. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Two texts whose word sets overlap this much are near-duplicates; a job gets at most one of them. */
export const NEAR_DUPLICATE = 0.6;

/**
 * The candidate rule (no Rolefit ranker involved): with a generator seeded by the job id, 3 résumés of the job's
 * closest category, 3 of its related categories, 2 of the rest of the pool (other categories and dataturks-dev),
 * each drawn in a shuffled order, skipping a text that is a near-duplicate of one already drawn for the job.
 */
export function pickCandidates(
  pool: readonly PoolResume[],
  job: Pick<HandGradedJob, 'id' | 'closest' | 'related'>,
): { resume: PoolResume; pick: HandGradedCandidate['pick'] }[] {
  const next = random(seedFor(`hand-graded-job-resumes/${job.id}`));
  const picked: { resume: PoolResume; pick: HandGradedCandidate['pick']; words: Set<string> }[] = [];
  const draw = (from: readonly PoolResume[], count: number, pick: HandGradedCandidate['pick']) => {
    let taken = 0;
    for (const resume of shuffle(from, next)) {
      if (taken >= count) break;
      const own = words(resume.text);
      if (picked.some((other) => overlap(own, other.words) >= NEAR_DUPLICATE)) continue;
      picked.push({ resume, pick, words: own });
      taken++;
    }
  };
  draw(
    pool.filter((resume) => resume.category === job.closest),
    3,
    'closest',
  );
  draw(
    pool.filter((resume) => resume.category !== undefined && job.related.includes(resume.category)),
    3,
    'related',
  );
  draw(
    pool.filter(
      (resume) =>
        resume.category === undefined || (resume.category !== job.closest && !job.related.includes(resume.category)),
    ),
    2,
    'random',
  );
  return picked.map(({ resume, pick }) => ({ resume, pick }));
}

/** A job ad read from its source, with the text its hash covers. */
interface SourceJob {
  job: DevJob;
  hashed: string;
}

/** Rows of a CSV source, read once per build. */
const csvRows = (context: DevSetContext, file: string): Record<string, string>[] =>
  once(context, `handGraded:${file}`, () => parseCsv(context.read(file)) as Record<string, string>[]);

/** JobSpy's location object or string as a DevLocation. */
function jobspyLocation(value: unknown): DevLocation | undefined {
  if (value && typeof value === 'object') {
    const { city, state, country } = value as Record<string, unknown>;
    const location: DevLocation = {};
    if (clean(city)) location.city = clean(city);
    if (clean(state)) location.region = clean(state);
    if (clean(country)) location.country = clean(country);
    return Object.keys(location).length > 0 ? location : undefined;
  }
  const text = clean(value);
  return text ? { city: text } : undefined;
}

/** Reads one job ad by its reference; throws when the source has no such row. */
export function readSourceJob(context: DevSetContext, source: string, key: string): SourceJob {
  const fail = () => new Error(`hand-graded-job-resumes: ${source} has no job ${key}`);
  if (source.startsWith('linkedin-postings-2023-24-head1000/')) {
    const row = csvRows(context, source).find((candidate) => clean(candidate.job_id) === key);
    if (!row) throw fail();
    const description = String(row.description ?? '').trim();
    const job: DevJob = { id: `lip-${key}`, source: 'linkedin', title: clean(row.title), description };
    if (clean(row.company_name)) job.company = clean(row.company_name);
    const location = linkedInLocation(row.location);
    if (location) job.location = location;
    const experienceLevel = EXPERIENCE_LEVELS[clean(row.formatted_experience_level).toLowerCase()];
    if (experienceLevel) job.experienceLevel = experienceLevel;
    return { job, hashed: description };
  }
  if (source.startsWith('jobspy-scraped-postings-israel-2026/')) {
    const records = once(
      context,
      `handGraded:${source}`,
      () => JSON.parse(context.read(source)) as Record<string, unknown>[],
    );
    const record = records.find((candidate) => String(candidate.id) === key);
    if (!record) throw fail();
    const description = String(record.description ?? '').trim();
    const job: DevJob = { id: `jsp-${key}`, source: 'jobspy', title: clean(record.title), description };
    if (clean(record.company)) job.company = clean(record.company);
    const location = jobspyLocation(record.location);
    if (location) job.location = location;
    return { job, hashed: description };
  }
  if (source.startsWith('glassdoor-ds-jobs-2020/')) {
    const row = csvRows(context, source).find((candidate) => clean(candidate['']) === key);
    if (!row) throw fail();
    const description = String(row['Job Description'] ?? '').trim();
    const job: DevJob = { id: `gd20-${key}`, source: 'glassdoor', title: clean(row['Job Title']), description };
    const company = clean(String(row['Company Name'] ?? '').split('\n')[0]);
    if (company && company !== '-1') job.company = company;
    const [city, region] = clean(row.Location)
      .split(',')
      .map((part) => part.trim());
    if (city) job.location = { city, ...(region ? { region } : {}), country: 'US' };
    return { job, hashed: description };
  }
  if (source.startsWith('usajobs-data-roles-2026/')) {
    const row = csvRows(context, source)[Number(key) - 1];
    if (!row) throw fail();
    const description = String(row.description ?? '').trim();
    const job: DevJob = { id: `usa-${key}`, source: 'usajobs', title: clean(row.title), description };
    const location: DevLocation = {};
    if (clean(row.city)) location.city = clean(row.city);
    if (clean(row.state)) location.region = clean(row.state);
    job.location = { ...location, country: 'US' };
    if (clean(row.employment_type)) job.employmentType = clean(row.employment_type);
    return { job, hashed: description };
  }
  throw fail();
}

/** Builds the hand-graded-job-resumes set; throws when a referenced text is missing or no longer matches its hash. */
export function buildHandGradedJobResumes(context: DevSetContext): DevSet {
  const name = 'hand-graded-job-resumes';
  const pool = new Map(handGradedPool(context).map((resume) => [resume.id, resume]));
  const jobs: DevJob[] = [];
  const qrels: Qrel[] = [];
  const dropped: string[] = [];
  const hand: Record<number, number> = {};
  for (const spec of HAND_GRADED_JOB_RESUMES.jobs) {
    const { job, hashed } = readSourceJob(context, spec.source, spec.key);
    if (job.id !== spec.id || sha256Prefix(hashed) !== spec.sha256)
      throw new Error(`hand-graded-job-resumes: ${spec.source} ${spec.key} is not the ad that was graded`);
    for (const candidate of spec.candidates) {
      const resume = pool.get(candidate.resume);
      if (!resume || sha256Prefix(resume.text) !== candidate.sha256)
        throw new Error(`hand-graded-job-resumes: résumé ${candidate.resume} is not the text that was graded`);
    }
    for (const candidate of spec.candidates) hand[candidate.grade] = (hand[candidate.grade] ?? 0) + 1;
    // A query with nothing graded 3 or more has no relevant résumé: nDCG is undefined there, so it is left out.
    if (!spec.candidates.some((candidate) => qrelGrade(candidate.grade) > 0)) {
      dropped.push(`${spec.id} ${spec.title}`);
      continue;
    }
    jobs.push(job);
    for (const candidate of spec.candidates)
      qrels.push({ resumeId: candidate.resume, jobId: job.id, grade: qrelGrade(candidate.grade) });
  }
  const judged = new Set(qrels.map((row) => row.resumeId));
  const all = {
    jobs,
    resumes: [...pool.values()].filter((resume) => judged.has(resume.id)).map(({ id, text }) => ({ id, text })),
    qrels,
  };
  return {
    name,
    splits: splitByQuery(all, name, 'job'),
    describe: [
      "A recruiter's view graded by reading: each job ad ranks 8 résumés, and every (ad, résumé) pair was graded",
      '1–5 by one grader who read both texts (an AI session, 2026-12-05; no second grader, no adjudication).',
      `Ads: ${HAND_GRADED_JOB_RESUMES.jobs.length} chosen by hand for a spread of fields from linkedin-postings-2023-24-head1000,`,
      'jobspy-scraped-postings-israel-2026, glassdoor-ds-jobs-2020 and usajobs-data-roles-2026 (title, company, place,',
      'description as the source has them). Résumés: updated-resume-dataset (distinct texts) and dataturks-dev.',
      '',
      'Candidates per query (seeded by the ad id; no Rolefit ranker involved): 3 résumés of the updated-resume-dataset',
      "category closest to the ad's field, 3 of related categories (both chosen by hand per ad, listed in the labels",
      'file), 2 of the rest of the pool (other categories and dataturks-dev), skipping near-duplicate texts (word-set',
      `Jaccard ${NEAR_DUPLICATE} or more with one already drawn for the ad).`,
      '',
      'Grades, written down before grading:',
      ...HAND_GRADED_JOB_RESUMES.criteria.map((line) => `- ${line}`),
      'The grader read each ad (its first 1,500 characters and its requirements) and each résumé (its opening, about',
      '400–2,500 characters: skills, education, titles, first jobs; more where that left the fit unclear), and graded',
      'every pair before any Rolefit ranker was run on the set. Titles were not trusted: "Recruitment Manager" is a',
      'school-outreach sales role and was graded as one. One ad titled "Web Developer" whose text was a case-manager',
      'posting was swapped for another before its candidates were drawn.',
      `Hand grades over all ads: ${[5, 4, 3, 2, 1].map((grade) => `${grade}: ${hand[grade] ?? 0}`).join(', ')}.`,
      'qrels.tsv takes 0–3, so 1 and 2 → 0 (not relevant), 3 → 1, 4 → 2, 5 → 3 (nDCG gain 2^grade − 1).',
      `Ads with no résumé graded 3 or more are left out (nDCG is undefined there): ${dropped.join('; ') || 'none'}.`,
      `Per query (both splits): ${perQuery(qrels, 'jobId')} judged résumés; a random order already scores ${randomNdcg(qrels, 'jobId').toFixed(2)} nDCG@10 on average`,
      '(whole set, expected value). Split by ad, half and half, fixed seed; nothing is tuned on either half.',
      '',
      '## What this set cannot show',
      '',
      'One grader, an AI model, not an HR professional: no agreement figure, and its idea of fit may differ from a',
      "recruiter's. The ads are few and the candidate lists short (8), so intervals are wide. The résumé pool is",
      'small, mostly Indian IT profiles, and has no nurses, teachers or accountants, so ads in those fields have few',
      'or no good candidates. Candidates were drawn by category, so most lists hold an obvious field split that any',
      'ranker finds; the set says little about ordering many good candidates of one field.',
    ].join('\n'),
    query: 'job',
  };
}
