import { z } from 'zod';
import { dateSchema, rawRecordSchema, skillListSchema } from './common.js';
import { idSchema, longTextSchema, shortTextSchema } from './limits.js';
import { safeUrlSchema } from './strict.js';

/** A course that teaches skills. */
export const courseSchema = z.object({
  id: idSchema,
  source: shortTextSchema,
  url: safeUrlSchema.optional(),
  title: shortTextSchema,
  provider: shortTextSchema.optional(),
  description: longTextSchema.default(''),
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
