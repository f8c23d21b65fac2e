// Type-level checks of what an integrator of @rolefit/career relies on, imported by package name as an app would:
// required and optional options of the career factories, precise reports.
import { createMemoryStore, type JobInput, type Resume } from '@rolefit/core';
import {
  type GapSkill,
  rankCoursesForSkills,
  recommendSpecialisations,
  type SkillCourses,
  type SkillGapPath,
  skillGapPath,
  type Specialisation,
  type SpecialisationReport,
} from '@rolefit/career';
import { assertType, describe, expectTypeOf, it } from 'vitest';

declare const resume: Resume;
declare const jobs: readonly JobInput[];

describe('recommendSpecialisations', () => {
  it('takes the postings from a store or a list, and answers a report', () => {
    expectTypeOf(recommendSpecialisations({ jobs })).toEqualTypeOf<Promise<SpecialisationReport>>();
    assertType<Promise<SpecialisationReport>>(recommendSpecialisations({ store: createMemoryStore(), resume }));
    assertType<Promise<SpecialisationReport>>(
      recommendSpecialisations({ jobs, profile: { desiredTitles: ['nurse'] }, weights: { fit: 2 }, limit: 5 }),
    );
  });

  it('does not compile without postings, or with misspelt options', () => {
    // @ts-expect-error postings are needed: a store or jobs
    recommendSpecialisations({ resume });
    // @ts-expect-error postings are needed: a store or jobs
    recommendSpecialisations({});
    // @ts-expect-error salary weight is spelt salary, not pay
    recommendSpecialisations({ jobs, weights: { pay: 1 } });
    // @ts-expect-error the store is a Store, not a list
    recommendSpecialisations({ store: jobs });
    // @ts-expect-error maxJobs is a number
    recommendSpecialisations({ jobs, maxJobs: 'all' });
  });

  it('reports specialisations with precise fields', async () => {
    const report = await recommendSpecialisations({ jobs });
    const first = report.specialisations[0];
    expectTypeOf(first).toEqualTypeOf<Specialisation | undefined>();
    if (!first) return;
    expectTypeOf(first.scores.score).toEqualTypeOf<number>();
    // Scored only when the profile states what they need.
    expectTypeOf(first.scores.workStyle).toEqualTypeOf<number | undefined>();
    expectTypeOf(first.courseSearch.url).toEqualTypeOf<string>();
    expectTypeOf(first.evidence.newestPostedAt).toEqualTypeOf<string | undefined>();
  });
});

describe('skillGapPath', () => {
  it('requires the resume', () => {
    expectTypeOf(skillGapPath({ resume, targetJobs: jobs })).toEqualTypeOf<Promise<SkillGapPath>>();
    // @ts-expect-error the resume is required
    skillGapPath({ targetJobs: jobs });
    // @ts-expect-error targets is spelt targetJobs
    skillGapPath({ resume, targets: jobs });
  });

  it('requires targets, and a corpus to look a specialisation or feedback up in', async () => {
    const [specialisation] = (await recommendSpecialisations({ jobs })).specialisations;
    if (!specialisation) return;
    assertType<Promise<SkillGapPath>>(skillGapPath({ resume, specialisation, jobs }));
    assertType<Promise<SkillGapPath>>(skillGapPath({ resume, feedback: [], store: createMemoryStore() }));
    // @ts-expect-error no targets: the corpus alone names none
    skillGapPath({ resume, jobs });
    // @ts-expect-error no targets
    skillGapPath({ resume });
    // @ts-expect-error a specialisation's posting ids are looked up in jobs or a store
    skillGapPath({ resume, specialisation });
    // @ts-expect-error liked jobs are looked up in jobs or a store
    skillGapPath({ resume, feedback: [] });
  });

  it('answers gaps with a closed stage union', async () => {
    const path = await skillGapPath({ resume, targetJobs: jobs });
    expectTypeOf(path.gaps).toEqualTypeOf<GapSkill[]>();
    expectTypeOf<GapSkill['stage']>().toEqualTypeOf<'foundations' | 'core' | 'specialise'>();
    expectTypeOf(path.targets.source).toEqualTypeOf<'jobs' | 'specialisation' | 'feedback'>();
  });
});

describe('rankCoursesForSkills', () => {
  it('takes skill names or gap skills and courses', () => {
    expectTypeOf(rankCoursesForSkills(['sql'], [])).toEqualTypeOf<SkillCourses[]>();
    assertType<SkillCourses[]>(rankCoursesForSkills([{ skill: 'sql' }], [], { level: 'beginner', limit: 3 }));
    // @ts-expect-error mixed is a course level, not one to ask for
    rankCoursesForSkills(['sql'], [], { level: 'mixed' });
  });
});
