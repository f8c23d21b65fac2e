// The job-requirement readers refuse an argument of the wrong kind with a ValidationError naming the function and the
// argument (`Invalid readSeniority: title: must be a string, got null`), where they threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { formatAlternatives, skillRequirementGroups } from './alternatives.js';
import { acceptsEquivalentExperience, findDegreeMentions, highestDegreeLevel } from './degrees.js';
import {
  plainJobDescription,
  readDegreeRequirement,
  readJobRequirements,
  readJobSkills,
  readYearsRequirement,
  skillConfidence,
} from './read.js';
import { experienceLevelOfTitle, readSeniority, roleWords, withoutQualifyingSeniority } from './seniority.js';

const refusals: Array<[string, () => unknown, string]> = [
  ['acceptsEquivalentExperience', () => acceptsEquivalentExperience(null as never), 'text: must be a string, got null'],
  ['findDegreeMentions', () => findDegreeMentions(42 as never), 'text: must be a string, got a number (42)'],
  [
    'highestDegreeLevel',
    () => highestDegreeLevel(undefined as never),
    'texts: must be a list of strings, got undefined',
  ],
  ['highestDegreeLevel', () => highestDegreeLevel(['BSc', null] as never), 'texts.1: must be a string, got null'],
  ['formatAlternatives', () => formatAlternatives('SQL' as never), 'names: must be a list of names, got a string'],
  [
    'skillRequirementGroups',
    () => skillRequirementGroups([null] as never),
    'skills.0: must be { skill, alternatives }',
  ],
  ['skillRequirementGroups', () => skillRequirementGroups([{}] as never), 'skills.0.skill: must be a string'],
  ['skillConfidence', () => skillConfidence({ skill: 'SQL' } as never), 'skill.evidence: must be'],
  ['plainJobDescription', () => plainJobDescription(null as never), 'job: must be a Job, got null'],
  ['readJobRequirements', () => readJobRequirements(undefined as never), 'job: must be a Job, got undefined'],
  ['readJobSkills', () => readJobSkills('Analyst' as never), 'job: must be a Job, got a string'],
  // A Job's fields of the wrong type (a job read from a file without parseJob; found by the round-10 fuzzer).
  [
    'readJobRequirements',
    () => readJobRequirements({ title: 'Analyst', description: 42 } as never),
    'job.description: must be a string, got a number (42)',
  ],
  [
    'readJobRequirements',
    () => readJobRequirements({ title: [] } as never),
    'job.title: must be a string, got an array',
  ],
  [
    'readJobRequirements',
    () => readJobRequirements({ title: 'Analyst', company: {} } as never),
    'job.company: must be a string, got an object',
  ],
  [
    'readJobRequirements',
    () => readJobRequirements({ title: 'Analyst', skills: 'SQL' } as never),
    'job.skills: must be a list of strings, got a string',
  ],
  [
    'readJobSkills',
    () => readJobSkills({ title: 'Analyst', skills: ['SQL', 7] } as never),
    'job.skills.1: must be a string, got a number (7)',
  ],
  [
    'readJobRequirements',
    () => readJobRequirements({ title: 'Analyst', experienceYears: 3 } as never),
    'job.experienceYears: must be { min, max? }, got a number (3)',
  ],
  [
    'readJobRequirements',
    () => readJobRequirements({ title: 'Analyst' } as never, { description: null } as never),
    'settings.description: must be a string, got null',
  ],
  ['readJobSkills', () => readJobSkills({ title: 'Analyst' } as never, null as never), 'settings: must be'],
  ['plainJobDescription', () => plainJobDescription({ description: true } as never), 'job.description: must be'],
  ['readDegreeRequirement', () => readDegreeRequirement({} as never), 'description: must be a string, got an object'],
  ['readYearsRequirement', () => readYearsRequirement([] as never), 'description: must be a string, got an array'],
  ['skillConfidence', () => skillConfidence(null as never), 'skill: must be a JobSkillRequirement, got null'],
  ['readSeniority', () => readSeniority(null as never), 'title: must be a string, got null'],
  ['experienceLevelOfTitle', () => experienceLevelOfTitle(7 as never), 'title: must be a string, got a number (7)'],
  ['roleWords', () => roleWords(undefined as never), 'title: must be a string, got undefined'],
  ['withoutQualifyingSeniority', () => withoutQualifyingSeniority(null as never), 'words: must be a list of words'],
];

describe('the job-requirement readers check their argument', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => expect(call).toThrow(`Invalid ${name}: ${message}`));

  it('read valid input as before', () => {
    expect(readSeniority('Senior Data Analyst')).toBe('senior');
    expect(experienceLevelOfTitle('Junior Developer')).toBe('entry');
    expect(roleWords('Senior Data Analyst')).toEqual(['data', 'analyst']);
    expect(formatAlternatives(['SQL', 'Python', 'R'])).toBe('SQL, Python or R');
    expect(highestDegreeLevel(["Bachelor's degree in CS", 'MSc Statistics'])).toBe('master');
    expect(readYearsRequirement('3+ years of experience with SQL')).toEqual({ min: 3 });
    expect(plainJobDescription({ description: '<p>SQL</p>' })).toBe('SQL');
    // Absent and null fields read as empty, as before.
    const nulls = { title: 'Analyst', description: null, company: null, skills: null, experienceYears: null };
    expect(readJobRequirements(nulls as never).seniority).toBeUndefined();
  });
});
