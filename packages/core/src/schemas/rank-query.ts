import { z } from 'zod';
import { checkRecordArgument, invalidArgument } from '../errors/argument.js';
import { ValidationError } from '../errors/index.js';
import type { RankQuery } from '../interfaces/index.js';
import { longTextSchema } from './limits.js';
import { profileSchema } from './profile.js';
import { resumeSchema } from './resume.js';

// The query's own fields; other keys pass (recommend hands its whole request, filter and limit included, to the ranker).
const rankQueryPartsSchema = z.object({
  query: z.looseObject({
    resume: resumeSchema.optional(),
    profile: profileSchema.optional(),
    text: longTextSchema.optional(),
  }),
});

// Resume entries whose dates rankers read with getTime(): the schema turns an ISO string into a Date, a ranker reading
// the query as given does not.
const DATED_LISTS = ['experience', 'education'] as const;

/**
 * Checks a ranking query as every ranker's `rank` reads it: an object whose `resume` and `profile`, when present, are
 * valid (their schemas, as `parseResume` and `parseProfile` check them; a resume's dates `Date` objects, as
 * `parseResume` makes them) and whose `text` is a string of at most `MAX_LONG_TEXT_LENGTH` (1,000,000) characters;
 * else core's ValidationError naming the field (`Invalid Ranker.rank: query.resume.skills: …`). Returns the query as
 * given.
 */
export function checkRankQuery(fn: string, query: unknown): RankQuery {
  const record = checkRecordArgument(fn, 'query', query, 'a RankQuery ({ resume, profile, text })');
  const result = rankQueryPartsSchema.safeParse({ query: record });
  if (!result.success) throw ValidationError.fromZod(fn, result.error);
  const resume = record.resume as Record<string, unknown> | undefined;
  for (const list of DATED_LISTS) {
    const entries = resume?.[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: Record<string, unknown>, index) => {
      for (const field of ['start', 'end'] as const) {
        const value = entry[field];
        if (value !== undefined && value !== null && !(value instanceof Date))
          throw invalidArgument(
            fn,
            `query.resume.${list}.${index}.${field}`,
            'must be a Date (read the resume with parseResume, which turns ISO strings and YYYY-MM into dates)',
          );
      }
    });
  }
  return query as RankQuery;
}
