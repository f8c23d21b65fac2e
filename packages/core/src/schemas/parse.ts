import { z } from 'zod';
import { describeValue, invalidArgument } from '../errors/argument.js';
import { ValidationError } from '../errors/index.js';
import { courseSchema, type Course } from './course.js';
import { feedbackSchema, type Feedback } from './feedback.js';
import { capJobDescriptionInput, jobSchema, type Job } from './job.js';
import { matchSchema, type Match } from './match.js';
import { profileSchema, type Profile } from './profile.js';
import { resumeSchema, type Resume } from './resume.js';

/** Every entity schema, by the name used in errors and JSON Schema titles. */
export const schemas = {
  Job: jobSchema,
  Resume: resumeSchema,
  Profile: profileSchema,
  Feedback: feedbackSchema,
  Match: matchSchema,
  Course: courseSchema,
} as const;

/** Name of an entity schema. */
export type EntityName = keyof typeof schemas;

/**
 * The ValidationError for a `schema` argument that is no zod schema (`parseWith(undefined, …)` was "Cannot read
 * properties of undefined (reading 'safeParse')"), naming `fn`; nothing when it is one.
 */
function checkSchemaArgument(fn: string, schema: unknown, what = 'a zod schema (with safeParse)'): void {
  if (typeof (schema as { safeParse?: unknown } | null | undefined)?.safeParse !== 'function')
    throw invalidArgument(fn, 'schema', `must be ${what}, got ${describeValue(schema)}`);
}

/** Validates `value` against `schema`, throwing a ValidationError that names each bad field. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, entity: string, value: unknown): z.output<Schema> {
  checkSchemaArgument('parseWith', schema);
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}

/** Result of a safe parse: the value, or the error that names each bad field. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: ValidationError };

/** Validates without throwing. */
export function safeParseWith<Schema extends z.ZodType>(
  schema: Schema,
  entity: string,
  value: unknown,
): SafeParseResult<z.output<Schema>> {
  checkSchemaArgument('safeParseWith', schema);
  const result = schema.safeParse(value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, error: ValidationError.fromZod(entity, result.error) };
}

/**
 * Validates and normalises a job posting; a description over `MAX_JOB_DESCRIPTION_LENGTH` is cut (before validation),
 * with a note. Fields past the caps of `limits.ts` (`MAX_SHORT_TEXT_LENGTH`, `MAX_SKILLS`, …) are a ValidationError.
 */
export const parseJob = (value: unknown): Job => parseWith(jobSchema, 'Job', capJobDescriptionInput(value));
/** Validates and normalises a resume. */
export const parseResume = (value: unknown): Resume => parseWith(resumeSchema, 'Resume', value);
/** Validates and normalises a profile. */
export const parseProfile = (value: unknown): Profile => parseWith(profileSchema, 'Profile', value);
/** Validates and normalises feedback. */
export const parseFeedback = (value: unknown): Feedback => parseWith(feedbackSchema, 'Feedback', value);
/** Validates a match. */
export const parseMatch = (value: unknown): Match => parseWith(matchSchema, 'Match', value);
/** Validates and normalises a course. */
export const parseCourse = (value: unknown): Course => parseWith(courseSchema, 'Course', value);

/** JSON Schema (draft 2020-12) of what an entity accepts as input; dates are ISO strings. */
export function toJsonSchema(entity: EntityName): Record<string, unknown> {
  // Any other name reached zod as `undefined`: "Cannot use 'in' operator to search for '_idmap' in undefined".
  if (typeof entity !== 'string' || !Object.hasOwn(schemas, entity))
    throw invalidArgument(
      'toJsonSchema',
      'entity',
      `must be one of ${Object.keys(schemas).join(', ')}, got ${typeof entity === 'string' ? JSON.stringify(entity.slice(0, 100)) : describeValue(entity)}`,
    );
  const jsonSchema = z.toJSONSchema(schemas[entity], {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const definition = (context.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      // Dates travel as ISO 8601 strings (or YYYY-MM, or epoch ms) in JSON.
      if (definition.type === 'date' || (definition.type === 'pipe' && isDatePipe(context.zodSchema))) {
        for (const key of Object.keys(context.jsonSchema)) delete (context.jsonSchema as Record<string, unknown>)[key];
        Object.assign(context.jsonSchema, {
          type: ['string', 'number'],
          description: 'ISO 8601 date-time, YYYY-MM, or epoch milliseconds',
        });
      }
    },
  });
  return { title: entity, ...jsonSchema };
}

function isDatePipe(schema: unknown): boolean {
  const definition = (schema as { _zod: { def: { out?: { _zod?: { def?: { type?: string } } } } } })._zod.def;
  return definition.out?._zod?.def?.type === 'date';
}
