import { extractSkills, parseJob, parseResume, type Job, type RankQuery, type Resume } from '@rolefit/core';
import {
  checkJobArgument,
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  invalidArgument,
} from '@rolefit/core/internal';
import { personText } from '@rolefit/core/text';
import type { EvaluationDataset, QueryDirection } from './dataset.js';
import type { LabelledQuery } from '@rolefit/rankers';

/**
 * A dataset argument checked before it is read (from JavaScript, a dataset built by hand or the path instead of
 * loadEvaluationDataset's result was a TypeError from inside): an object with a string `name` and lists of `jobs`,
 * `resumes` and `judgements`; anything else is a ValidationError naming the argument and the field.
 */
export function checkEvaluationDataset(fn: string, argument: string, value: unknown): EvaluationDataset {
  const dataset = checkRecordArgument(fn, argument, value, 'an EvaluationDataset (use loadEvaluationDataset)');
  if (typeof dataset.name !== 'string') throw invalidArgument(fn, `${argument}.name`, 'must be a string');
  for (const field of ['jobs', 'resumes', 'judgements'] as const)
    checkListArgument(fn, `${argument}.${field}`, dataset[field]);
  return value as EvaluationDataset;
}

/** `'resume'` or `'job'`, else a ValidationError naming the argument. */
export function checkQueryDirection(fn: string, argument: string, value: unknown): QueryDirection {
  if (value !== 'resume' && value !== 'job')
    throw invalidArgument(
      fn,
      argument,
      `must be 'resume' or 'job', got ${typeof value === 'string' ? `'${value.slice(0, 40)}'` : String(typeof value)}`,
    );
  return value;
}

/** How many words of a resume's first line make its pseudo-job title. */
const TITLE_WORDS = 10;

/** The first non-blank line of `text`, cut to its first {@link TITLE_WORDS} words. */
function titleFrom(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.trim().split(/\s+/).slice(0, TITLE_WORDS).join(' ');
}

/**
 * A resume as a job, so a ranker can score resumes for a job: title = the first line of the resume's text
 * (at most 10 words), description = all of its text, skills = its listed skills plus those the built-in
 * taxonomy finds in the text. The pseudo-job keeps the resume's id.
 */
export function resumeAsJob(resume: Resume): Job {
  // Checked as parseResume checks one: a hand-built resume of the wrong shape is a ValidationError naming the field.
  const parsed = parseResume(checkRecordArgument('resumeAsJob', 'resume', resume, 'a Resume (use parseResume)'));
  const description = personText({ resume: parsed });
  const found = extractSkills(description).map((mention) => mention.skill);
  return parseJob({
    id: parsed.id,
    source: 'eval-resume',
    // The title may not be empty; a resume without text is a blank pseudo-job.
    title: titleFrom(description) || parsed.summary?.trim() || '-',
    description,
    skills: [...parsed.skills, ...found],
  });
}

/**
 * A job as the query of a ranking of resumes: `text` = title, description and skills, one per line, and a
 * `resume` that carries the job's skills as a skill list (it has no text, so the text is not read twice).
 */
export function jobAsQuery(job: Job): RankQuery {
  checkJobArgument('jobAsQuery', 'job', job);
  checkTextArgument('jobAsQuery', 'job.description', job.description);
  checkListArgument('jobAsQuery', 'job.skills', job.skills, 'a list of skills');
  const text = [job.title, job.description, job.skills.join(', ')].filter((part) => part.trim() !== '').join('\n');
  return { text, resume: parseResume({ id: job.id, skills: job.skills }) };
}

/**
 * The labelled queries of a dataset. With `resume`, each resume that has judgements ranks exactly its judged
 * jobs (the ranker gets `{ resume }`). With `job`, each job that has judgements ranks its judged resumes, turned
 * into pseudo-jobs by `resumeAsJob`, for the query `jobAsQuery`; so one Ranker serves both directions.
 * Queries and items keep the order of `resumes.jsonl` and `jobs.jsonl`, never the order of `qrels.tsv`.
 */
export function buildLabelledQueries(dataset: EvaluationDataset, direction: QueryDirection): LabelledQuery[] {
  checkEvaluationDataset('buildLabelledQueries', 'dataset', dataset);
  checkQueryDirection('buildLabelledQueries', 'direction', direction);
  const byQuery = new Map<string, Map<string, number>>();
  for (const { resumeId, jobId, grade } of dataset.judgements) {
    const [queryId, itemId] = direction === 'resume' ? [resumeId, jobId] : [jobId, resumeId];
    let grades = byQuery.get(queryId);
    if (grades === undefined) byQuery.set(queryId, (grades = new Map()));
    grades.set(itemId, grade);
  }
  const queries: LabelledQuery[] = [];
  if (direction === 'resume') {
    for (const resume of dataset.resumes) {
      const grades = byQuery.get(resume.id);
      if (!grades) continue;
      queries.push({
        id: resume.id,
        query: { resume },
        jobs: dataset.jobs.filter((job) => grades.has(job.id)),
        grades,
      });
    }
  } else {
    const pseudoJobs = new Map<string, Job>();
    const pseudoJobOf = (resume: Resume) => {
      let job = pseudoJobs.get(resume.id);
      if (job === undefined) pseudoJobs.set(resume.id, (job = resumeAsJob(resume)));
      return job;
    };
    for (const job of dataset.jobs) {
      const grades = byQuery.get(job.id);
      if (!grades) continue;
      const items = dataset.resumes.filter((resume) => grades.has(resume.id)).map(pseudoJobOf);
      queries.push({ id: job.id, query: jobAsQuery(job), jobs: items, grades });
    }
  }
  return queries;
}
