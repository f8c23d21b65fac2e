import { z } from 'zod';
import { cappedArray, cappedString, MAX_SHORT_TEXT_LENGTH, MAX_SKILLS } from './limits.js';
import { ON_STRINGS_ONLY } from './length-checks.js';

/** Where the work happens. */
export const workplaceSchema = z.enum(['onsite', 'remote', 'hybrid']);
/** Where the work happens. */
export type Workplace = z.infer<typeof workplaceSchema>;

/** Kind of contract. */
export const employmentTypeSchema = z.enum([
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
]);
/** Kind of contract. */
export type EmploymentType = z.infer<typeof employmentTypeSchema>;

/** Seniority, in LinkedIn's six levels. */
export const experienceLevelSchema = z.enum([
  'internship',
  'entry',
  'associate',
  'mid-senior',
  'director',
  'executive',
]);
/** Seniority, in LinkedIn's six levels. */
export type ExperienceLevel = z.infer<typeof experienceLevelSchema>;

/** Whether a person prefers desk work, hands-on work, or both. */
export const workStyleSchema = z.enum(['mental', 'physical', 'mixed']);
/** Whether a person prefers desk work, hands-on work, or both. */
export type WorkStyle = z.infer<typeof workStyleSchema>;

/** A date given as a Date, an ISO string, a "YYYY-MM" string or epoch milliseconds. */
export const dateSchema = z.preprocess(
  (value) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value.trim()))
      return new Date(`${value.trim()}-01T00:00:00.000Z`);
    if (typeof value === 'string' || typeof value === 'number') return new Date(value);
    return value;
  },
  z.date({ error: 'must be a valid date (Date, ISO string, YYYY-MM or epoch ms)' }),
);

/** A non-empty string with surrounding whitespace removed. */
export const nonEmptyStringSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty', ...ON_STRINGS_ONLY });

/**
 * A list of distinct skill names, trimmed, empties dropped: at most `MAX_SKILLS` names of at most
 * `MAX_SHORT_TEXT_LENGTH` characters each.
 */
export const skillListSchema = cappedArray(
  cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH'),
  MAX_SKILLS,
  'MAX_SKILLS',
)
  .default([])
  .transform((skills) => {
    const seen = new Set<string>();
    const result: string[] = [];
    for (const raw of skills) {
      const skill = raw.trim();
      const key = skill.toLowerCase();
      if (skill && !seen.has(key)) {
        seen.add(key);
        result.push(skill);
      }
    }
    return result;
  });

/** Deepest nesting of arrays and objects a source's own record (`raw`) may have. */
export const MAX_RAW_DEPTH = 64;

/**
 * Why `value` cannot be written out as JSON and read back as it was, or undefined: a bigint, symbol or function
 * (`JSON.stringify` throws or drops it), a Map or Set (written as `{}`, its entries lost), a cycle, or arrays and objects
 * nested deeper than `limit` (the write would overflow the stack). Iterative; an object reached again is explored again
 * only at a shallower depth, so shared parts cost at most `limit` passes each.
 */
function rawRecordProblem(value: unknown, limit: number): string | undefined {
  const onPath = new Set<object>();
  const exploredAt = new Map<object, number>();
  const stack: Array<[item: unknown, depth: number, leaving: boolean]> = [[value, 1, false]];
  while (stack.length > 0) {
    const [item, depth, leaving] = stack.pop()!;
    if (leaving) {
      onPath.delete(item as object);
      continue;
    }
    if (typeof item === 'bigint') return 'must not hold a bigint (JSON cannot write one)';
    if (typeof item === 'symbol' || typeof item === 'function') return `must not hold a ${typeof item} (JSON drops it)`;
    if (typeof item !== 'object' || item === null) continue;
    if (onPath.has(item)) return 'must not contain itself (JSON cannot write a cycle)';
    if (item instanceof Map || item instanceof Set)
      return `must not hold a ${item instanceof Map ? 'Map' : 'Set'} (JSON writes it as {} and its entries are lost)`;
    if (depth > limit) return `must not nest arrays and objects deeper than ${limit}`;
    const explored = exploredAt.get(item);
    if (explored !== undefined && explored <= depth) continue;
    exploredAt.set(item, depth);
    onPath.add(item);
    stack.push([item, depth, true]);
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1, false]);
  }
  return undefined;
}

/**
 * A source's own record, kept as it is, if it can be written out as JSON and read back: nothing JSON cannot write
 * (bigint, Map, Set, functions, cycles) and no deeper than {@link MAX_RAW_DEPTH}. Such a record, accepted, made every
 * later journal append and save of the store throw; a deeper one (a crafted record of `[[[[…` in a feed or a store
 * file) would overflow the stack when written.
 */
export const rawRecordSchema = z.unknown().superRefine((value, context) => {
  const problem = rawRecordProblem(value, MAX_RAW_DEPTH);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
