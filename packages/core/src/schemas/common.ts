import { z } from 'zod';

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
export const nonEmptyStringSchema = z.string().trim().min(1, 'must not be empty');

/** A list of distinct skill names, trimmed, empties dropped. */
export const skillListSchema = z
  .array(z.string())
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

/** How deep arrays and objects nest in `value`, counted up to `limit + 1` (iterative: no stack to overflow). */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const seen = new Set<object>();
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    deepest = Math.max(deepest, depth);
    if (depth > limit) break;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * A source's own record, kept as it is, but no deeper than {@link MAX_RAW_DEPTH}: a deeper one (a crafted record of
 * `[[[[…` in a feed or a store file) would overflow the stack when it is written out as JSON.
 */
export const rawRecordSchema = z.unknown().refine((value) => nestingDepth(value, MAX_RAW_DEPTH) <= MAX_RAW_DEPTH, {
  message: `must not nest arrays and objects deeper than ${MAX_RAW_DEPTH}`,
});
