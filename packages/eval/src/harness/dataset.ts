import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { checkTextArgument } from '@rolefit/core/internal';
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

/**
 * One judgement from `qrels.tsv`: how well a job fits a resume, 0 (not a fit) … 3 (strong fit) on the sample-dev scale.
 * On a wider scale (a grade over 3, such as HR relevance 1–7) the grade is counted from the set's lowest grade (1–7 is
 * read as 0–6); a pair judged more than once (two annotators) gets the mean of its grades.
 */
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
  /**
   * Smallest grade (of {@link EvaluationDataset.judgements}) that counts as relevant for MAP, MRR and recall: 1 on the
   * 0–3 scale; on a wider one, the smallest above the middle of the scale (5 of 1–7, read as 4 of 0–6).
   */
  relevantGrade?: number | undefined;
  /** Values that were reinterpreted or left out (a salary that names no pay, `null`s), one line per file, field and problem. */
  warnings?: string[] | undefined;
}

/** Thrown for a missing or malformed dataset file; names the file and, when one is to blame, the line (from 1). */
export class EvaluationDataError extends RolefitError {
  override readonly name: string = 'EvaluationDataError';
  /** Always `ROLEFIT_EVALUATION_DATA`. */
  declare readonly code: 'ROLEFIT_EVALUATION_DATA';
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

/** Highest grade of the sample-dev scale (0 not a fit … 3 strong fit); a set with a higher grade is on a wider scale. */
export const MAX_GRADE = 3;

/** Highest grade `qrels.tsv` may hold, for sets on a wider scale than 0–3 (HR relevance 1–7, 0–10 ratings). */
export const MAX_WIDE_GRADE = 100;

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

interface JudgementRead {
  judgements: Judgement[];
  relevantGrade: number | undefined;
}

function loadJudgements(
  file: string,
  lines: readonly NumberedLine[],
  resumeIds: ReadonlySet<string>,
  jobIds: ReadonlySet<string>,
  warn: (message: string) => void,
): JudgementRead {
  // Each pair's grades (two annotators write two rows), as their sum and count: a file of a million rows of one pair
  // kept a million grades, spread into Math.min and Math.max (a RangeError past ~120,000 grades in all).
  const byPair = new Map<string, { resumeId: string; jobId: string; sum: number; count: number }>();
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  const unknown = { resume: [] as number[], job: [] as number[] };
  let repeated = 0;
  let sideBySide = 0;
  let first = true;
  for (const line of lines) {
    if (line.text.trimStart().startsWith('#')) continue;
    const isFirst = first;
    first = false;
    const fields = line.text.split('\t').map((field) => field.trim());
    // A spreadsheet's empty trailing cells.
    while (fields.length > 3 && fields.at(-1) === '') fields.pop();
    // One grade, or one per annotator in columns side by side.
    const gradeTexts = fields.slice(2);
    const looksLikeData = fields.length >= 3 && gradeTexts.every((text) => /^-?\d+(\.\d+)?$/.test(text));
    // A header is allowed, and recognised by not parsing as data.
    if (isFirst && !looksLikeData) continue;
    if (fields.length < 3)
      throw new EvaluationDataError(
        file,
        line.number,
        `expected 3 tab-separated fields (resumeId, jobId, grade; or a grade per annotator after the ids), got ${fields.length}`,
      );
    const [resumeId = '', jobId = ''] = fields;
    const grades = gradeTexts.map((gradeText) => {
      const grade = Number(gradeText);
      // "2.0" is how spreadsheets and pandas write the grade 2.
      if (!(Number.isInteger(grade) && grade >= 0 && grade <= MAX_WIDE_GRADE) || !/^\d+(\.0+)?$/.test(gradeText))
        throw new EvaluationDataError(
          file,
          line.number,
          `grade must be a whole number from 0 to ${MAX_GRADE} (or, on a wider scale such as 1–7, up to ${MAX_WIDE_GRADE}), got "${gradeText}"`,
        );
      return grade;
    });
    if (grades.length > 1) sideBySide += 1;
    if (resumeId === '' || jobId === '')
      throw new EvaluationDataError(file, line.number, `the ${resumeId === '' ? 'resume' : 'job'} id is empty`);
    // A judged item missing from the collection is left out, as trec_eval does, with a warning naming the lines.
    if (!resumeIds.has(resumeId)) {
      unknown.resume.push(line.number);
      continue;
    }
    if (!jobIds.has(jobId)) {
      unknown.job.push(line.number);
      continue;
    }
    const key = `${resumeId}\t${jobId}`;
    let pair = byPair.get(key);
    if (pair === undefined) byPair.set(key, (pair = { resumeId, jobId, sum: 0, count: 0 }));
    else repeated += 1;
    for (const grade of grades) {
      pair.sum += grade;
      pair.count += 1;
      if (grade < lowest) lowest = grade;
      if (grade > highest) highest = grade;
    }
  }
  const lineList = (numbers: readonly number[]) =>
    `${numbers.length === 1 ? 'line' : `${numbers.length} lines:`} ${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ', …' : ''}`;
  if (unknown.resume.length > 0)
    warn(`${basename(file)}: a resume id not in resumes.jsonl: judgement left out (${lineList(unknown.resume)})`);
  if (unknown.job.length > 0)
    warn(`${basename(file)}: a job id not in jobs.jsonl: judgement left out (${lineList(unknown.job)})`);
  if (sideBySide > 0)
    warn(
      `${basename(file)}: ${sideBySide} row${sideBySide === 1 ? '' : 's'} with more than one grade (one per annotator): each pair gets the mean of its grades`,
    );
  if (repeated > 0)
    warn(
      `${basename(file)}: ${repeated} repeated judgement${repeated === 1 ? '' : 's'} of a pair already judged (several annotators): each pair gets the mean of its grades`,
    );
  if (byPair.size === 0 && unknown.resume.length + unknown.job.length === 0)
    throw new EvaluationDataError(file, undefined, 'holds no judgement (resumeId<TAB>jobId<TAB>grade lines)');
  if (byPair.size === 0)
    throw new EvaluationDataError(
      file,
      undefined,
      'no judgement names both a resume of resumes.jsonl and a job of jobs.jsonl (are the columns resumeId, jobId, grade?)',
    );
  // The 0–3 scale is read as it is; a wider one is counted from its lowest grade, so that grade gains nothing in nDCG,
  // and grades above the scale's middle are relevant.
  const wide = highest > MAX_GRADE;
  const offset = wide ? lowest : 0;
  const relevantGrade = wide ? Math.floor((highest - lowest) / 2) + 1 : undefined;
  if (wide)
    warn(
      `${basename(file)}: grades run from ${lowest} to ${highest}, over the 0–${MAX_GRADE} scale: read as 0–${highest - lowest} (minus ${lowest}); relevant for MAP, MRR and recall from grade ${relevantGrade! + lowest}`,
    );
  const judgements = [...byPair.values()].map(({ resumeId, jobId, sum, count }) => ({
    resumeId,
    jobId,
    grade: sum / count - offset,
  }));
  return { judgements, relevantGrade };
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
  checkTextArgument('datasetName', 'directory', directory);
  const name = basename(directory);
  return SPLIT_FOLDERS.has(name) ? `${basename(dirname(directory))}/${name}` : name;
}

/**
 * Reads a labelled set from `directory`: `jobs.jsonl` (one job per line: `id`, `title`, `description`, other Job
 * fields optional, `source` defaults to `eval`; numeric ids, nulls and free-text location, salary and experience are read too), `resumes.jsonl` (`id`, `text`, other Resume fields optional),
 * `qrels.tsv` (`resumeId<TAB>jobId<TAB>grade`, grade 0–3, or a wider scale such as 1–7 counted from its lowest grade;
 * a pair judged twice, on two rows or with a grade per annotator side by side, gets the mean grade; an id missing from the jsonl files is left out with a warning; an optional
 * header line; `#` comment lines) and an
 * optional `README.md` whose `query: resume` or `query: job` line sets the default direction.
 * Pairs that `qrels.tsv` does not list are unjudged. Throws {@link EvaluationDataError} naming the file and line.
 */
export async function loadEvaluationDataset(directory: string): Promise<EvaluationDataset> {
  // A directory that is no string was node's TypeError (The "paths[0]" argument must be of type string).
  checkTextArgument('loadEvaluationDataset', 'directory', directory);
  const root = resolve(directory);
  const warnings = new Warnings();
  const jobs = await loadJobs(join(root, 'jobs.jsonl'), warnings);
  const resumes = await loadResumes(join(root, 'resumes.jsonl'), warnings);
  const qrelsFile = join(root, 'qrels.tsv');
  const qrelsLines = (await readLines(qrelsFile, true))!;
  const qrelsWarnings: string[] = [];
  const { judgements, relevantGrade } = loadJudgements(
    qrelsFile,
    qrelsLines,
    new Set(resumes.map((resume) => resume.id)),
    new Set(jobs.map((job) => job.id)),
    (message) => qrelsWarnings.push(message),
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
    ...(relevantGrade === undefined ? {} : { relevantGrade }),
    warnings: [...warnings.list(), ...qrelsWarnings],
  };
}
