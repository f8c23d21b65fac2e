import { describe, expect, it } from 'vitest';
import { findEducationRequirement, highestDegree, scoreEducation } from './education.js';

describe('findEducationRequirement', () => {
  it("reads core's degree requirement from a job text", () => {
    expect(findEducationRequirement('B.Tech or BCA required; MCA preferred.')).toEqual({
      level: 'bachelor',
      preferred: false,
      equivalentAllowed: false,
    });
    expect(findEducationRequirement('HND in Business or equivalent experience')).toEqual({
      level: 'diploma',
      preferred: false,
      equivalentAllowed: true,
    });
  });
});

describe('highestDegree', () => {
  it('reads international degrees in resumes', () => {
    expect(highestDegree(['Diplom-Ingenieur, TU Berlin'])).toBe('master');
    expect(highestDegree(['HND Computing'])).toBe('diploma');
  });

  it('reads an education section in education mode, where a bare "Master" or "BE" is a degree', () => {
    expect(highestDegree(['Master, Universidad de Chile', 'BE, Anna University'], { mode: 'education' })).toBe(
      'master',
    );
    expect(highestDegree(['Master, Universidad de Chile'])).toBeUndefined();
    expect(highestDegree(['Certified Scrum Master'], { mode: 'education' })).toBeUndefined();
  });
});

describe('scoreEducation', () => {
  it('counts a post-secondary diploma half a step above high school', () => {
    const associate = { level: 'associate' as const, preferred: false, equivalentAllowed: false };
    expect(scoreEducation(associate, 'diploma', false)).toBe(50);
    expect(scoreEducation(associate, 'high-school', false)).toBe(50);
    expect(scoreEducation({ ...associate, level: 'bachelor' }, 'high-school', false)).toBe(25);
    expect(scoreEducation(associate, 'master', false)).toBe(100);
    expect(scoreEducation({ ...associate, preferred: true }, undefined, false)).toBe(60);
  });
});
