// clusterJobs and rankCoursesForSkills refuse a list of the wrong shape with a ValidationError naming it. Before,
// `clusterJobs(null)` was "jobs is not iterable" and `rankCoursesForSkills([42], courses)` "raw.trim is not a function".
import { parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { clusterJobs } from './cluster.js';
import { rankCoursesForSkills, sampleCourses } from './courses.js';

describe('a data argument of the wrong shape', () => {
  it('a ValidationError naming it', () => {
    expect(() => clusterJobs(null as never)).toThrow('Invalid clusterJobs: jobs: must be a list of jobs, got null');
    expect(() => clusterJobs([{ id: 'j' }] as never)).toThrow('Invalid clusterJobs: jobs.0: must be a Job');
    expect(() => rankCoursesForSkills([42] as never, sampleCourses)).toThrow(
      'gapSkills.0: must be a skill or { skill }',
    );
    expect(() => rankCoursesForSkills(['SQL'], 'courses' as never)).toThrow('Invalid rankCoursesForSkills: courses');
  });

  it('valid input answers as before', () => {
    const job = parseJob({ id: 'j', source: 'test', title: 'Data analyst', description: '', skills: ['SQL'] });
    expect(clusterJobs([job]).length).toBe(1);
    expect(rankCoursesForSkills(['SQL'], sampleCourses)[0]?.skill).toBe('SQL');
  });
});
