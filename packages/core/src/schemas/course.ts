import { z } from 'zod';
import { dateSchema, nonEmptyStringSchema, rawRecordSchema, skillListSchema } from './common.js';
import { safeUrlSchema } from './strict.js';

/** A course that teaches skills. */
export const courseSchema = z.object({
  id: nonEmptyStringSchema,
  source: nonEmptyStringSchema,
  url: safeUrlSchema.optional(),
  title: nonEmptyStringSchema,
  provider: z.string().trim().min(1).optional(),
  description: z.string().default(''),
  skills: skillListSchema,
  level: z.enum(['beginner', 'intermediate', 'advanced', 'mixed']).optional(),
  durationHours: z.number().positive().optional(),
  rating: z.number().min(0).max(5).optional(),
  free: z.boolean().optional(),
  crawledAt: dateSchema.optional(),
  raw: rawRecordSchema.optional(),
});
/** A validated course. */
export type Course = z.output<typeof courseSchema>;
/** A course as accepted on input. */
export type CourseInput = z.input<typeof courseSchema>;
