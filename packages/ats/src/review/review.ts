import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { dateSchema, nonEmptyStringSchema, parseWith, ValidationError } from '@rolefit/core';
import { checkTextArgument } from '@rolefit/core/internal';
import { z } from 'zod';

const stringSchema = z.string();
const stringListSchema = z.array(z.string());
const booleanSchema = z.boolean();
const scoreSchema = z.number().min(0, 'must be at least 0').max(100, 'must be at most 100');

/** Zod schema of a tailoring review record (what {@link createTailoringReview} validates against). */
export const tailoringReviewSchema = z
  .object({
    /** The source resume the generated one was tailored from. */
    resumeId: nonEmptyStringSchema,
    jobId: nonEmptyStringSchema,
    /** Which generator (model, prompt version) wrote the tailored resume. */
    generatorName: nonEmptyStringSchema,
    generatedText: nonEmptyStringSchema,
    /** ATS score of the generated resume against the job, 0–100. */
    atsScore: scoreSchema,
    /** True when a rater found every claim supported by the source resume, false when not, null when not yet rated. */
    truthful: booleanSchema.nullable(),
    /** Claims in the generated resume that the source resume does not support. */
    unsupportedClaims: stringListSchema.default([]),
    rater: nonEmptyStringSchema.optional(),
    ratedAt: dateSchema.optional(),
    /** The job ad's text, needed to export fine-tuning examples. */
    jobText: stringSchema.optional(),
    /** The source resume's text, needed to export fine-tuning examples. */
    sourceResumeText: stringSchema.optional(),
  })
  .strict();

/** A review of one generated (tailored) resume: its ATS score and whether a person found it truthful (the tailoring review step; "feedback" in Rolefit means a person's feedback on jobs). */
export type TailoringReview = z.output<typeof tailoringReviewSchema>;

/** A review as accepted on input: `ratedAt` may be an ISO string, `unsupportedClaims` may be left out. */
export interface TailoringReviewInput {
  resumeId: string;
  jobId: string;
  generatorName: string;
  generatedText: string;
  atsScore: number;
  truthful: boolean | null;
  unsupportedClaims?: string[] | undefined;
  rater?: string | undefined;
  ratedAt?: Date | string | number | undefined;
  jobText?: string | undefined;
  sourceResumeText?: string | undefined;
}

/** Validates and normalises a tailoring review record; throws a ValidationError naming each bad field (entity `TailoringReview`). */
export function createTailoringReview(input: TailoringReviewInput): TailoringReview {
  const parsed = parseWith(tailoringReviewSchema, 'TailoringReview', input);
  const record: TailoringReview = {
    resumeId: parsed.resumeId,
    jobId: parsed.jobId,
    generatorName: parsed.generatorName,
    generatedText: parsed.generatedText,
    atsScore: parsed.atsScore,
    truthful: parsed.truthful,
    unsupportedClaims: parsed.unsupportedClaims,
  };
  // Optional fields are left out rather than set to undefined, so records round-trip through JSON unchanged.
  if (parsed.rater !== undefined) record.rater = parsed.rater;
  if (parsed.ratedAt !== undefined) record.ratedAt = parsed.ratedAt;
  if (parsed.jobText !== undefined) record.jobText = parsed.jobText;
  if (parsed.sourceResumeText !== undefined) record.sourceResumeText = parsed.sourceResumeText;
  return record;
}

/**
 * Appends one record as a JSON line. The file is rewritten to a temporary file and renamed over the old one,
 * so a reader never sees half a line; concurrent writers to one file must be serialised by the caller.
 */
export async function appendTailoringReview(
  path: string,
  record: TailoringReviewInput | TailoringReview,
): Promise<void> {
  const line = `${JSON.stringify(createTailoringReview(record))}\n`;
  await mkdir(dirname(path), { recursive: true });
  let existing = '';
  try {
    existing = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A file cut off mid-line (an older non-atomic writer) still gets the new record on a line of its own.
  const separator = existing !== '' && !existing.endsWith('\n') ? '\n' : '';
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, existing + separator + line, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Reads every record of a JSONL review file (blank lines skipped); a bad line throws an error naming the file and line. */
export async function readTailoringReviews(path: string): Promise<TailoringReview[]> {
  checkTextArgument('readTailoringReviews', 'path', path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: TailoringReview[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
    try {
      records.push(createTailoringReview(value as TailoringReviewInput));
    } catch (error) {
      if (error instanceof ValidationError) throw new Error(`${path}:${index + 1}: ${error.message}`);
      throw error;
    }
  });
  return records;
}
