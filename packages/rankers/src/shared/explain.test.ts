import { describe, expect, it } from 'vitest';
import { describeSkillCoverage } from './explain.js';

describe('describeSkillCoverage', () => {
  it('counts the job skills the person has, names up to the first missing ones, and says when the job names none', () => {
    expect(describeSkillCoverage(['Python', 'SQL'], [])).toBe('matches 2 of 2 skills');
    expect(describeSkillCoverage(['Python'], ['Kubernetes', 'Terraform'])).toBe(
      'matches 1 of 3 skills (missing Kubernetes, Terraform)',
    );
    expect(describeSkillCoverage([], ['A', 'B', 'C', 'D', 'E'])).toBe(
      'matches 0 of 5 skills (missing A, B, C and 2 more)',
    );
    expect(describeSkillCoverage([], [])).toBe('the job names no skills');
  });
});
