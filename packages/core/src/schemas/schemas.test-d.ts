import { expectTypeOf, it } from 'vitest';
import type { Job, JobInput, Match, Resume, Salary } from './index.js';
import { parseJob } from './index.js';

it('infers output types with dates as Date and defaults filled', () => {
  expectTypeOf(parseJob).returns.toEqualTypeOf<Job>();
  expectTypeOf<Job['postedAt']>().toEqualTypeOf<Date | undefined>();
  expectTypeOf<Job['skills']>().toEqualTypeOf<string[]>();
  expectTypeOf<Job['description']>().toEqualTypeOf<string>();
  expectTypeOf<Salary['period']>().toEqualTypeOf<'hour' | 'day' | 'week' | 'month' | 'year'>();
  expectTypeOf<Resume['experience'][number]['end']>().toEqualTypeOf<Date | null | undefined>();
  expectTypeOf<Match['score']>().toBeNumber();
});

it('accepts looser input types', () => {
  expectTypeOf<{ id: string; source: string; title: string }>().toExtend<JobInput>();
  expectTypeOf<JobInput['skills']>().toEqualTypeOf<string[] | undefined>();
});
