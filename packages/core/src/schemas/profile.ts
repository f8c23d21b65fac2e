import { z } from 'zod';
import { employmentTypeSchema, experienceLevelSchema, workStyleSchema, workplaceSchema } from './common.js';
import { salaryPeriodSchema } from './salary.js';
import { cappedArray, idSchema, longTextSchema, MAX_LIST_LENGTH, shortTextSchema } from './limits.js';
import { moneyAmountSchema, strictObject } from './strict.js';

const list = <Item extends z.ZodType>(item: Item) => cappedArray(item, MAX_LIST_LENGTH, 'MAX_LIST_LENGTH');

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
  id: idSchema.optional(),
  desiredTitles: list(shortTextSchema).default([]),
  /** Free-form places, e.g. "Austin, TX" or "Remote". */
  locations: list(shortTextSchema).default([]),
  workplace: list(workplaceSchema).default([]),
  employmentTypes: list(employmentTypeSchema).default([]),
  experienceLevels: list(experienceLevelSchema).default([]),
  minSalary: minimumSalarySchema.optional(),
  /** Free text: what the person wants and avoids. */
  preferences: longTextSchema.optional(),
  /** Desk (mental), hands-on (physical) or mixed work. */
  workStyle: workStyleSchema.optional(),
});
/** A validated profile. */
export type Profile = z.output<typeof profileSchema>;
/** A profile as accepted on input. */
export type ProfileInput = z.input<typeof profileSchema>;
