import { z } from 'zod';
import { longTextSchema } from './limits.js';
import { moneyAmountSchema, strictObject } from './strict.js';

/** How often a salary amount is paid. */
export const salaryPeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);
/** How often a salary amount is paid. */
export type SalaryPeriod = z.infer<typeof salaryPeriodSchema>;

/** Units of each period in a working year (40 h weeks, 52 weeks, 260 working days). */
export const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

/** Converts an amount paid per `period` to its yearly equivalent. */
export function annualize(amount: number, period: SalaryPeriod): number {
  return Math.round(amount * PERIODS_PER_YEAR[period] * 100) / 100;
}

/**
 * A pay range. `annualMin`/`annualMax` are the same range per year, in the same currency;
 * they are filled in from min/max/period when absent.
 */
export const salarySchema = strictObject({
  min: moneyAmountSchema.optional(),
  max: moneyAmountSchema.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
    .optional(),
  period: salaryPeriodSchema,
  annualMin: moneyAmountSchema.optional(),
  annualMax: moneyAmountSchema.optional(),
  /** The text the salary was read from, kept for audit. */
  text: longTextSchema.optional(),
})
  .refine((salary) => salary.min === undefined || salary.max === undefined || salary.min <= salary.max, {
    message: 'min must not exceed max',
    path: ['min'],
  })
  .refine((salary) => salary.min !== undefined || salary.max !== undefined, {
    message: 'a salary needs min or max',
    path: ['min'],
  })
  .transform((salary) => ({
    ...salary,
    annualMin: salary.annualMin ?? (salary.min === undefined ? undefined : annualize(salary.min, salary.period)),
    annualMax: salary.annualMax ?? (salary.max === undefined ? undefined : annualize(salary.max, salary.period)),
  }));

/** A pay range with its yearly equivalent. */
export type Salary = z.output<typeof salarySchema>;
/** A pay range as accepted on input (annual figures optional). */
export type SalaryInput = z.input<typeof salarySchema>;
