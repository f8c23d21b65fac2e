import { z } from 'zod';
import { dateSchema } from './common.js';
import { idSchema, longTextSchema } from './limits.js';
import { strictObject } from './strict.js';

/** A person's explicit action on a job. */
export const feedbackActionSchema = z.enum(['apply', 'dismiss', 'hire']);
/** A person's explicit action on a job. */
export type FeedbackAction = z.infer<typeof feedbackActionSchema>;

/** What a person thought of a job: a 0–3 rating, an action, or both. */
export const feedbackSchema = strictObject({
  id: idSchema.optional(),
  /** Who gave it: a resume or profile id. */
  subjectId: idSchema,
  jobId: idSchema,
  /** 0 = not at all … 3 = ideal. */
  rating: z.number().int('must be a whole number').min(0).max(3).optional(),
  action: feedbackActionSchema.optional(),
  note: longTextSchema.optional(),
  timestamp: dateSchema.default(() => new Date()),
}).refine((feedback) => feedback.rating !== undefined || feedback.action !== undefined, {
  message: 'feedback needs a rating or an action',
  path: ['rating'],
});
/** Validated feedback. */
export type Feedback = z.output<typeof feedbackSchema>;
/** Feedback as accepted on input. */
export type FeedbackInput = z.input<typeof feedbackSchema>;
