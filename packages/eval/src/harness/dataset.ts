import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  RolefitError,
  jobSchema,
  parseJob,
  parseResume,
  pickKnownKeys,
  resumeSchema,
  type Job,
  type Resume,
} from '@rolefit/core';
import { jobInputFromRecord, resumeInputFromRecord } from './records.js';

/** Which side is the query: a resume ranks its judged jobs, or a job ranks its judged resumes. */
export type QueryDirection = 'resume' | 'job';

/** One judgement from `qrels.tsv`: how well a job fits a resume, 0 (not a fit) … 3 (strong fit). */
export interface Judgement {
  resumeId: string;
  jobId: string;
  grade: number;
}

/** A labelled evaluation set read by {@link loadEvaluationDataset}. */
export interface EvaluationDataset {
  /** The directory's name (`set/split` for a `train`, `test`, `dev` or `validation` folder). */
  name: string;
  /** Absolute path of the directory. */
  directory: string;
  /** Every job of `jobs.jsonl`, in file order. */
  jobs: Job[];
  /** Every resume of `resumes.jsonl`, in file order. */
  resumes: Resume[];
  /** Every judgement of `qrels.tsv`, in file order. */
  judgements: Judgement[];
  /** Direction set by a `query: resume` or `query: job` line in `README.md`, when there is one. */
  defaultQuery?: QueryDirection | undefined;
  /** Values that were reinterpreted or left out (a salary that names no pay, `null`s), one line per file, field and problem. */
  warnings?: string[] | undefined;
}

/** Thrown for a missing or malformed dataset file; names the file and, when one is to blame, the line (from 1). */
export class EvaluationDataError extends RolefitError {
  override readonly name: string = 'EvaluationDataError';
  /** Path of the bad file. */
  readonly file: string;
  /** Line of the file at fault, from 1, when one is to blame. */
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string, options?: { cause?: unknown }) {
    super('ROLEFIT_EVALUATION_DATA', `${file}${line === undefined ? '' : `:${line}`}: ${message}`, {
      cause: options?.cause,
    });
    this.file = file;
    this.line = line;
  }
}

/** Highest grade a judgement may have. */
export const MAX_GRADE = 3;

const SPLIT_FOLDERS = new Set(['train', 'test', 'dev', 'validation']);

/** A line of a text file with its number (from 1); blank lines are left out. */
interface NumberedLine {
  number: number;
  text: string;
}

async function readLines(file: string, required: boolean): Promise<NumberedLine[] | undefined> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EvaluationDataError(file, undefined, `cannot read the file (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  return content
    .split(/\r?\n/)
    .map((text, index) => ({ number: index + 1, text }))
    .filter((line) => line.text.trim() !== '');
}

function parseObjectLine(file: string, line: NumberedLine): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    throw new EvaluationDataError(file, line.number, `not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EvaluationDataError(file, line.number, 'expected a JSON object');
  return value as Record<string, unknown>;
}

function requireString(
  file: string,
  line: NumberedLine,
  record: Record<string, unknown>,
  field: string,
  allowEmpty: boolean,
): string {
  const value = record[field];
  if (typeof value !== 'string') throw new EvaluationDataError(file, line.number, `"${field}" must be a string`);
  if (!allowEmpty && value.trim() === '')
    throw new EvaluationDataError(file, line.number, `"${field}" must not be empty`);
  return value;
}

/** Collects what the record readers left out, one warning per file, field and problem, with a count and the first line. */
class Warnings {
  private readonly seen = new Map<string, { count: number; firstLine: number }>();

  noter(file: string, line: NumberedLine) {
    return (field: string, what: string) => {
      const key = `${basename(file)}: "${field}" ${what}`;
      const entry = this.seen.get(key);
      if (entry) entry.count += 1;
      else this.seen.set(key, { count: 1, firstLine: line.number });
    };
  }

  list(): string[] {
    return [...this.seen].map(
      ([key, { count, firstLine }]) =>
        `${key} (${count === 1 ? `line ${firstLine}` : `${count} lines, first ${firstLine}`})`,
    );
  }
}

async function loadJobs(file: string, warnings: Warnings): Promise<Job[]> {
  const jobs: Job[] = [];
  const seen = new Set<string>();
  for (const line of (await readLines(file, true))!) {
    const note = warnings.noter(file, line);
    const record = jobInputFromRecord(parseObjectLine(file, line), note);
    const id = requireString(file, line, record, 'id', false);
    requireString(file, line, record, 'title', false);
    requireString(file, line, record, 'description', true);
    if (seen.has(id.trim())) throw new EvaluationDataError(file, line.number, `duplicate job id "${id}"`);
    let job: Job;
    try {
      // Dataset rows may carry fields of their own: dropped and noted, where typed input would be refused.
      job = parseJob(
        pickKnownKeys(jobSchema, { source: 'eval', ...record }, ({ key, message }) =>
          note(key, `${message}: left out`),
        ),
      );
    } catch (error) {
      throw new EvaluationDataError(file, line.number, (error as Error).message, { cause: error });
    }
    seen.add(job.id);
    jobs.push(job);
  }
  return jobs;
}

async function loadResumes(file: string, warnings: Warnings): Promise<Resume[]> {
  const resumes: Resume[] = [];
  const seen = new Set<string>();
  for (const line of (await readLines(file, true))!) {
    const note = warnings.noter(file, line);
    const record = resumeInputFromRecord(parseObjectLine(file, line), note);
    const id = requireString(file, line, record, 'id', false);
    // An empty text is allowed: a pseudo-resume that stands for one person's ratings.
    requireString(file, line, record, 'text', true);
    if (seen.has(id.trim())) throw new EvaluationDataError(file, line.number, `duplicate resume id "${id}"`);
    let resume: Resume;
    try {
      resume = parseResume(
        pickKnownKeys(resumeSchema, record, ({ key, message }) => note(key, `${message}: left out`)),
      );
    } catch (error) {
      throw new EvaluationDataError(file, line.number, (error as Error).message, { cause: error });
    }
    seen.add(resume.id);
    resumes.push(resume);
  }
  return resumes;
}

function loadJudgements(
  file: string,
  lines: readonly NumberedLine[],
  resumeIds: ReadonlySet<string>,
  jobIds: ReadonlySet<string>,
): Judgement[] {
  const judgements: Judgement[] = [];
  const seen = new Set<string>();
  let first = true;
  for (const line of lines) {
    if (line.text.trimStart().startsWith('#')) continue;
    const isFirst = first;
    first = false;
    const fields = line.text.split('\t').map((field) => field.trim());
    const gradeText = fields[2] ?? '';
    const looksLikeData = fields.length === 3 && /^-?\d+(\.\d+)?$/.test(gradeText);
    // A header is allowed, and recognised by not parsing as data.
    if (isFirst && !looksLikeData) continue;
    if (fields.length !== 3)
      throw new EvaluationDataError(
        file,
        line.number,
        `expected 3 tab-separated fields (resumeId, jobId, grade), got ${fields.length}`,
      );
    const [resumeId = '', jobId = ''] = fields;
    const grade = Number(gradeText);
    // "2.0" is how spreadsheets and pandas write the grade 2.
    if (!(Number.isInteger(grade) && grade >= 0 && grade <= MAX_GRADE) || !/^\d+(\.0+)?$/.test(gradeText))
      throw new EvaluationDataError(
        file,
        line.number,
        `grade must be a whole number from 0 to ${MAX_GRADE}, got "${gradeText}"`,
      );
    if (!resumeIds.has(resumeId))
      throw new EvaluationDataError(file, line.number, `unknown resume id "${resumeId}" (not in resumes.jsonl)`);
    if (!jobIds.has(jobId))
      throw new EvaluationDataError(file, line.number, `unknown job id "${jobId}" (not in jobs.jsonl)`);
    const key = `${resumeId}\t${jobId}`;
    if (seen.has(key))
      throw new EvaluationDataError(
        file,
        line.number,
        `duplicate judgement of resume "${resumeId}" and job "${jobId}"`,
      );
    seen.add(key);
    judgements.push({ resumeId, jobId, grade });
  }
  return judgements;
}

function readDirection(file: string, lines: readonly NumberedLine[] | undefined): QueryDirection | undefined {
  for (const line of lines ?? []) {
    const match = /^\s*query:\s*(\S*)\s*$/i.exec(line.text);
    if (!match) continue;
    const value = (match[1] ?? '').toLowerCase();
    if (value === 'resume' || value === 'job') return value;
    throw new EvaluationDataError(file, line.number, `"query:" must be "resume" or "job", got "${match[1] ?? ''}"`);
  }
  return undefined;
}

/** The name of a dataset directory: its own name, or `parent/name` for a split folder such as `job-views/test`. */
export function datasetName(directory: string): string {
  const name = basename(directory);
  return SPLIT_FOLDERS.has(name) ? `${basename(dirname(directory))}/${name}` : name;
}

/**
 * Reads a labelled set from `directory`: `jobs.jsonl` (one job per line: `id`, `title`, `description`, other Job
 * fields optional, `source` defaults to `eval`; numeric ids, nulls and free-text location, salary and experience are read too), `resumes.jsonl` (`id`, `text`, other Resume fields optional),
 * `qrels.tsv` (`resumeId<TAB>jobId<TAB>grade`, grade 0–3; an optional header line; `#` comment lines) and an
 * optional `README.md` whose `query: resume` or `query: job` line sets the default direction.
 * Pairs that `qrels.tsv` does not list are unjudged. Throws {@link EvaluationDataError} naming the file and line.
 */
export async function loadEvaluationDataset(directory: string): Promise<EvaluationDataset> {
  const root = resolve(directory);
  const warnings = new Warnings();
  const jobs = await loadJobs(join(root, 'jobs.jsonl'), warnings);
  const resumes = await loadResumes(join(root, 'resumes.jsonl'), warnings);
  const qrelsFile = join(root, 'qrels.tsv');
  const qrelsLines = (await readLines(qrelsFile, true))!;
  const judgements = loadJudgements(
    qrelsFile,
    qrelsLines,
    new Set(resumes.map((resume) => resume.id)),
    new Set(jobs.map((job) => job.id)),
  );
  const readmeFile = join(root, 'README.md');
  const defaultQuery = readDirection(readmeFile, await readLines(readmeFile, false));
  return {
    name: datasetName(root),
    directory: root,
    jobs,
    resumes,
    judgements,
    ...(defaultQuery ? { defaultQuery } : {}),
    warnings: warnings.list(),
  };
}
