import { parseJob, readJobRequirements } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  compareSkillRequirements,
  findJobSkills,
  isHardSkillCategory,
  jobText,
  requirementSkills,
} from './job-requirements.js';

const job = parseJob({
  id: 'j',
  source: 'test',
  title: 'Backend Engineer',
  description:
    'Requirements:\n- Python and PostgreSQL; Python daily\n- Communication skills\n\nNice to have:\n- Terraform',
});

describe('findJobSkills', () => {
  it("orders core's reading required first, then by frequency, then by name", () => {
    const skills = findJobSkills(job).map((skill) => `${skill.skill}${skill.required ? '' : '?'}`);
    expect(skills.slice(0, 1)).toEqual(['Python']);
    expect(skills.at(-1)).toBe('Terraform?');
    expect(skills).toEqual(expect.arrayContaining(['PostgreSQL', 'Communication']));
  });
});

describe('requirementSkills', () => {
  it('merges required and preferred skills of one reading', () => {
    const requirements = readJobRequirements(job);
    expect(requirementSkills(requirements)).toHaveLength(
      requirements.requiredSkills.length + requirements.preferredSkills.length,
    );
  });
});

describe('isHardSkillCategory', () => {
  it('treats soft skills and spoken languages as keywords, unknown skills as hard', () => {
    expect(isHardSkillCategory('soft-skill')).toBe(false);
    expect(isHardSkillCategory('language')).toBe(false);
    expect(isHardSkillCategory('database')).toBe(true);
    expect(isHardSkillCategory(undefined)).toBe(true);
  });
});

describe('jobText and compareNames', () => {
  it('joins title and description, and orders names without the locale', () => {
    expect(jobText(job).startsWith('Backend Engineer\n')).toBe(true);
    expect(['b', 'A', 'a'].sort(compareNames)).toEqual(['A', 'a', 'b']);
  });
});

describe('compareSkillRequirements', () => {
  it('puts required before preferred, then the more frequent, then by name', () => {
    const skill = (name: string, required: boolean, frequency: number) => ({
      skill: name,
      required,
      frequency,
      foundIn: [],
    });
    const sorted = [skill('b', false, 9), skill('c', true, 1), skill('a', true, 1), skill('d', true, 2)].sort(
      compareSkillRequirements,
    );
    expect(sorted.map((item) => item.skill)).toEqual(['d', 'a', 'c', 'b']);
  });
});
