// Career's settings and reader refuse values of the wrong kind with a ValidationError naming them (round 18 of
// ADVERSARIAL.md). They were TypeErrors from inside: clusterJobs' `resolver` "resolver.resolve is not a function",
// a `taxonomy` of 'x' "Invalid value used as weak map key" (skillGapPath) or "taxonomy.canonicalize is not a function"
// (rankCoursesForSkills), skillGapPath's `ranker` "ranker.rank is not a function", and WorkNatureReader.of(null)
// "(reading 'title')", a job without a description "(reading 'slice')".
import { parseJob, ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { clusterJobs } from './cluster.js';
import { rankCoursesForSkills, sampleCourses } from './courses.js';
import { skillGapPath } from './skill-gap.js';
import { loadWorkNatureReader } from './work-nature/work-nature.js';

const jobs = [
  { id: 'a', source: 'test', title: 'Data analyst', description: 'SQL and Python', skills: ['SQL', 'Python'] },
  { id: 'b', source: 'test', title: 'Data analyst', description: 'SQL and Tableau', skills: ['SQL', 'Tableau'] },
];
const resume = { id: 'r', skills: ['SQL'] };

describe('career settings of the wrong kind', () => {
  const cases: Array<[string, () => unknown, string]> = [
    [
      'clusterJobs resolver 42',
      () =>
        clusterJobs(
          jobs.map((job) => parseJob(job)),
          { resolver: 42 as never },
        ),
      'Invalid ClusterSettings: resolver: must be a SkillResolver (createSkillResolver()), got a number (42)',
    ],
    [
      'clusterJobs resolver {}',
      () =>
        clusterJobs(
          jobs.map((job) => parseJob(job)),
          { resolver: {} as never },
        ),
      'Invalid ClusterSettings: resolver: must be a SkillResolver',
    ],
    [
      'rankCoursesForSkills taxonomy x',
      () => rankCoursesForSkills(['SQL'], sampleCourses, { taxonomy: 'x' as never }),
      'Invalid CourseRankingOptions: taxonomy: must be a SkillTaxonomy (createSkillTaxonomy()), got a string',
    ],
    [
      'rankCoursesForSkills taxonomy {}',
      () => rankCoursesForSkills(['SQL'], sampleCourses, { taxonomy: {} as never }),
      'Invalid CourseRankingOptions: taxonomy: must be a SkillTaxonomy',
    ],
    [
      'skillGapPath taxonomy 42',
      () => skillGapPath({ targetJobs: jobs, resume, taxonomy: 42 as never }),
      'Invalid SkillGapOptions: taxonomy: must be a SkillTaxonomy (createSkillTaxonomy()), got a number (42)',
    ],
    [
      'skillGapPath ranker x',
      () => skillGapPath({ targetJobs: jobs, resume, ranker: 'x' as never }),
      'Invalid SkillGapOptions: ranker: must be a Ranker (an object with a name and rank()), got a string',
    ],
    [
      'skillGapPath ranker {}',
      () => skillGapPath({ targetJobs: jobs, resume, ranker: {} as never }),
      'Invalid SkillGapOptions: ranker: must be a Ranker',
    ],
  ];
  for (const [name, call, message] of cases)
    it(`${name}: ${message}`, async () => {
      const refused = await Promise.resolve()
        .then(call)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as Error).message).toContain(message);
    });

  it('good settings answer as before', async () => {
    expect(clusterJobs(jobs.map((job) => parseJob(job))).length).toBeGreaterThan(0);
    expect(rankCoursesForSkills(['SQL'], sampleCourses)[0]?.skill).toBe('SQL');
    expect((await skillGapPath({ targetJobs: jobs, resume })).gaps.map((gap) => gap.skill)).toContain('Python');
  });
});

describe('WorkNatureReader.of with a job of the wrong kind', () => {
  const cases: Array<[unknown, string]> = [
    [null, 'Invalid WorkNatureReader.of: job: must be a Job ({ title, description }), got null'],
    ['Nurse', 'Invalid WorkNatureReader.of: job: must be a Job ({ title, description }), got a string'],
    [{ title: 42, description: '' }, 'Invalid WorkNatureReader.of: job.title: must be a string, got a number (42)'],
    [{ title: 'Nurse' }, 'Invalid WorkNatureReader.of: job.description: must be a string, got undefined'],
  ];
  for (const [job, message] of cases)
    it(message, async () => {
      const reader = await loadWorkNatureReader();
      expect(() => reader.of(job as never)).toThrow(ValidationError);
      expect(() => reader.of(job as never)).toThrow(message);
    });

  it('a job answers as before', async () => {
    const reader = await loadWorkNatureReader();
    expect(reader.of({ title: 'Registered nurse', description: 'Patient care on a hospital ward.' })).toBeDefined();
  });
});
