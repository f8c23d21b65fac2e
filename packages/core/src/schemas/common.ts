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
