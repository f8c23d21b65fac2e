// job-views: applicants' views of job postings (implicit feedback, US, Dec 2014).
import { parseCsv } from '@rolefit/dev-tools';
import { clean, once, random, seedFor, splitByQuery, type DevSetContext } from './context.js';
import type { DevJob, DevLocation, DevResume, DevSet, Qrel } from './types.js';

const FOLDER = 'job-views-implicit-feedback';
/** Negatives sampled per applicant. */
const JOB_VIEWS_NEGATIVES = 10;
/** A single view at least this long (seconds; the median single view is 38 s) counts as a longer look. */
const JOB_VIEWS_LONG_VIEW_SECONDS = 30;

/** The job-views applicants' profiles, and the resume text the sets use for each. */
export interface JobViewsApplicants {
  /** Positions of interest of each applicant, in file order, no repeats. */
  interestsOf: Map<string, string[]>;
  /** Each past position with employer, place, dates and description. */
  historyOf: Map<string, string[]>;
  /** Positions of interest, then work history, as one text. */
  textOf(applicant: string): string;
}

/** Reads the applicants' positions of interest and work history (once per build). */
export function jobViewsApplicants(context: DevSetContext): JobViewsApplicants {
  return once(context, 'jobViewsApplicants', () => readJobViewsApplicants(context));
}

function readJobViewsApplicants(context: DevSetContext): JobViewsApplicants {
  const experience = parseCsv(context.read(FOLDER, 'Experience.csv'));
  const interests = parseCsv(context.read(FOLDER, 'Positions_Of_Interest.csv'));
  const interestsOf = new Map<string, string[]>();
  for (const row of interests) {
    const id = clean(row['Applicant.ID']);
    const position = clean(row['Position.Of.Interest']);
    if (!position) continue;
    if (!interestsOf.has(id)) interestsOf.set(id, []);
    if (!interestsOf.get(id)!.includes(position)) interestsOf.get(id)!.push(position);
  }
  const historyOf = new Map<string, string[]>();
  for (const row of experience) {
    const id = clean(row['Applicant.ID']);
    const position = clean(row['Position.Name']);
    const description = clean(row['Job.Description']);
    if (!position && !description) continue;
    const place = [clean(row.City), clean(row['State.Code'])].filter(Boolean).join(', ');
    const dates = [clean(row['Start.Date']), clean(row['End.Date']) || (clean(row['Start.Date']) ? 'present' : '')]
      .filter(Boolean)
      .join(' – ');
    const where = [position, clean(row['Employer.Name']) && `at ${clean(row['Employer.Name'])}`, place && `(${place})`]
      .filter(Boolean)
      .join(' ');
    const head = [where, dates].filter(Boolean).join(', ');
    if (!historyOf.has(id)) historyOf.set(id, []);
    historyOf.get(id)!.push(description ? `${head}\n${description}` : head);
  }
  const textOf = (applicant: string) => {
    const interestsText = interestsOf.get(applicant)?.length
      ? `Positions of interest: ${interestsOf.get(applicant)!.join(', ')}`
      : '';
    return [interestsText, ...(historyOf.get(applicant) ?? [])].filter(Boolean).join('\n\n');
  };
  return { interestsOf, historyOf, textOf };
}

/** Builds the job-views set: viewed twice 3, a long look 2, a glance 1, sampled unviewed jobs 0. */
export function buildJobViews(context: DevSetContext): DevSet {
  const views = parseCsv(context.read(FOLDER, 'Job_Views.csv'));

  const jobs = new Map<string, DevJob & { location: DevLocation }>();
  const pairs = new Map<string, Map<string, { views: number; seconds: number }>>(); // applicant → job → views
  for (const view of views) {
    const jobId = `jv-${view['Job.ID']}`;
    if (!jobs.has(jobId)) {
      const title = clean(view.Position) || clean(view.Title).replace(/ @ .*$/, '') || jobId;
      const job: DevJob = {
        id: jobId,
        source: 'job-views',
        title,
        description: clean(view.Industry) ? `Industry: ${clean(view.Industry)}` : '',
      };
      if (clean(view.Company)) job.company = clean(view.Company);
      const location: DevLocation = { city: clean(view.City), region: clean(view['State.Code']), country: 'US' };
      for (const key of ['city', 'region'] as const) if (!location[key]) delete location[key];
      job.location = location;
      jobs.set(jobId, job as DevJob & { location: DevLocation });
    }
    const applicant = clean(view['Applicant.ID']);
    if (!pairs.has(applicant)) pairs.set(applicant, new Map());
    const seen = pairs.get(applicant)!.get(jobId) ?? { views: 0, seconds: 0 };
    seen.views += 1;
    const seconds = Number(view['View.Duration']);
    if (Number.isFinite(seconds)) seen.seconds = Math.max(seen.seconds, seconds);
    pairs.get(applicant)!.set(jobId, seen);
  }

  // Resume text: positions of interest, then each past position with employer, place, dates and description.
  const applicants = jobViewsApplicants(context);

  const resumes: DevResume[] = [];
  const qrels: Qrel[] = [];
  const titleKey = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const jobsByState = new Map<string, string[]>();
  for (const job of jobs.values()) {
    const state = job.location.region ?? '';
    if (!jobsByState.has(state)) jobsByState.set(state, []);
    jobsByState.get(state)!.push(job.id);
  }
  const allJobIds = [...jobs.keys()];
  const next = random(seedFor('job-views negatives'));
  for (const applicant of [...pairs.keys()].sort()) {
    const text = applicants.textOf(applicant);
    if (!text) continue;
    const resumeId = `jv-applicant-${applicant}`;
    resumes.push({ id: resumeId, text });
    const viewed = pairs.get(applicant)!;
    for (const [jobId, seen] of viewed) {
      const grade = seen.views >= 2 ? 3 : seen.seconds >= JOB_VIEWS_LONG_VIEW_SECONDS ? 2 : 1;
      qrels.push({ resumeId, jobId, grade });
    }
    // Negatives: jobs other applicants viewed, from the applicant's own state when there are enough, never
    // one with the same title as a job the applicant viewed (that could be a posting they would want).
    const viewedTitles = new Set([...viewed.keys()].map((jobId) => titleKey(jobs.get(jobId)!.title)));
    const states = [...new Set([...viewed.keys()].map((jobId) => jobs.get(jobId)!.location.region ?? ''))];
    const local = states.flatMap((state) => jobsByState.get(state) ?? []);
    const pool = local.length >= 3 * JOB_VIEWS_NEGATIVES ? local : allJobIds;
    const negatives = new Set<string>();
    for (let attempt = 0; negatives.size < JOB_VIEWS_NEGATIVES && attempt < 50 * JOB_VIEWS_NEGATIVES; attempt++) {
      const jobId = pool[Math.floor(next() * pool.length)]!;
      if (viewed.has(jobId) || negatives.has(jobId) || viewedTitles.has(titleKey(jobs.get(jobId)!.title))) continue;
      negatives.add(jobId);
    }
    for (const jobId of [...negatives].sort()) qrels.push({ resumeId, jobId, grade: 0 });
  }
  const usedJobs = new Set(qrels.map((row) => row.jobId));
  const all = { jobs: [...jobs.values()].filter((job) => usedJobs.has(job.id)), resumes, qrels };
  return {
    name: 'job-views',
    splits: splitByQuery(all, 'job-views'),
    describe: [
      'Applicants of the Kaggle "Job Recommendation" data (job-views-implicit-feedback) and the jobs they viewed.',
      'Queries are the applicants with any profile text; the text is their positions of interest and their work',
      'history (position, employer, place, dates, description), so an applicant with neither is left out.',
      "Jobs have only a title (the posting's position), company, place and industry: the source has no job text.",
      '',
      'Grades (views are implicit feedback; nobody rated anything):',
      '- 3: viewed two or more times (the applicant came back to it)',
      `- 2: viewed once for ${JOB_VIEWS_LONG_VIEW_SECONDS} s or more (the median single view is 38 s)`,
      `- 1: viewed once for less than ${JOB_VIEWS_LONG_VIEW_SECONDS} s, or the duration is unknown`,
      `- 0: not viewed: ${JOB_VIEWS_NEGATIVES} jobs per applicant sampled (fixed seed) from jobs other applicants viewed,`,
      "  in the applicant's own state(s) when there are enough there, never one with the title of a job they viewed.",
      '  Sampled negatives are presumed, not observed: some would have interested the applicant.',
      '',
      'Split by applicant, half and half, fixed seed.',
    ].join('\n'),
    query: 'resume',
  };
}
