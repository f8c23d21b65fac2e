import { z } from 'zod';
import { employmentTypeSchema, experienceLevelSchema, workStyleSchema, workplaceSchema } from './common.js';
import { salaryPeriodSchema } from './salary.js';
import { moneyAmountSchema, strictObject } from './strict.js';

/** The lowest pay a person accepts. */
export const minimumSalarySchema = strictObject({
  amount: moneyAmountSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  period: salaryPeriodSchema.default('year'),
});
/** The lowest pay a person accepts. */
export type MinimumSalary = z.output<typeof minimumSalarySchema>;

/** What a person is looking for. */
export const profileSchema = strictObject({
  id: z.string().trim().min(1).optional(),
  desiredTitles: z.array(z.string().trim().min(1)).default([]),
  /** Free-form places, e.g. "Austin, TX" or "Remote". */
  locations: z.array(z.string().trim().min(1)).default([]),
  workplace: z.array(workplaceSchema).default([]),
  employmentTypes: z.array(employmentTypeSchema).default([]),
  experienceLevels: z.array(experienceLevelSchema).default([]),
  minSalary: minimumSalarySchema.optional(),
  /** Free text: what the person wants and avoids. */
  preferences: z.string().optional(),
  /** Desk (mental), hands-on (physical) or mixed work. */
  workStyle: workStyleSchema.optional(),
});
/** A validated profile. */
export type Profile = z.output<typeof profileSchema>;
/** A profile as accepted on input. */
export type ProfileInput = z.input<typeof profileSchema>;
