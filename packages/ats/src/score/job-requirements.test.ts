import { parseJob, readJobRequirements } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { compareNames, findJobSkills, isHardSkillCategory, jobText, requirementSkills } from './job-requirements.js';

const job = parseJob({
  id: 'j',
  source: 'test',
  title: 'Backend Engineer',
  description: 'Requirements:\n- Python and PostgreSQL; Python daily\n- Communication skills\n\nNice to have:\n- Terraform',
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
    expect(requirementSkills(requirements)).toHaveLength(requirements.requiredSkills.length + requirements.preferredSkills.length);
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
