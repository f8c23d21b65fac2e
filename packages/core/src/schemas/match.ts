import { z } from 'zod';
import { nonEmptyStringSchema } from './common.js';

const unitInterval = z.number().min(0, 'must be in [0, 1]').max(1, 'must be in [0, 1]');

/** A job's score for one person, with the reasons. */
export const matchSchema = z.object({
  jobId: nonEmptyStringSchema,
  /** 0 = no fit … 1 = perfect fit, comparable within one ranker. */
  score: unitInterval,
  /** Each factor's own score in [0, 1], e.g. `{ skills: 0.8, experience: 0.5 }`. */
  breakdown: z.record(z.string(), unitInterval).default({}),
  matchedSkills: z.array(z.string()).default([]),
  missingSkills: z.array(z.string()).default([]),
  /** Which ranker produced it. */
  ranker: nonEmptyStringSchema,
  /** A one-line reason a person can read. */
  explanation: z.string().optional(),
});
/** A validated match. */
export type Match = z.output<typeof matchSchema>;
/** A match as accepted on input. */
export type MatchInput = z.input<typeof matchSchema>;
