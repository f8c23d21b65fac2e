import { describe, expect, it } from 'vitest';
import { clusterJobs, rankCoursesForSkills, recommendSpecialisations, skillGapPath } from './index.js';
import { validationMessageOf } from '../../core/src/testing/validation-message.js';

// The career tools refuse a mistyped option (issue #17, item 6) before doing any work, naming the nearest known one.
describe('career options refuse unknown keys', () => {
  it.each([
    ['skillGapPath', () => skillGapPath({ resume: {}, targetJob: [] } as never), 'targetJob', 'targetJobs'],
    ['clusterJobs', () => clusterJobs([], { treshold: 0.3 } as never), 'treshold', 'threshold'],
    ['recommendSpecialisations', () => recommendSpecialisations({ jobs: [], limt: 3 } as never), 'limt', 'limit'],
    [
      'recommendSpecialisations (cluster)',
      () => recommendSpecialisations({ jobs: [], cluster: { titleWeigth: 0.3 } } as never),
      'titleWeigth',
      'titleWeight',
    ],
    [
      'recommendSpecialisations (weights)',
      () => recommendSpecialisations({ jobs: [], weights: { demmand: 0.3 } } as never),
      'demmand',
      'demand',
    ],
    ['rankCoursesForSkills', () => rankCoursesForSkills([], [], { levels: 'beginner' } as never), 'levels', 'level'],
  ])('%s', async (_name, run, typo, known) => {
    expect(await validationMessageOf(run)).toContain(`unknown key '${typo}' (did you mean '${known}'?)`);
  });
});
