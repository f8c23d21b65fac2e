import { parseJob, parseLocationText, parseResume, type Job } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createPersonSkills, createSkillResolver } from '../shared/skills.js';
import { NOW, javaJob, javascriptResume, nodeBackendJob, nursingJob, testTaxonomy } from '../testing/fixtures.js';
import { jobExperienceRange, personYearsOfExperience, scoreExperience } from './experience-factor.js';
import { analyzeJobSkills, descriptionText } from './job-skills.js';
import { scoreLocation, scoreRecency, scoreSalary, scoreTitle, titleWords } from './preference-factors.js';
import { scoreSkills } from './skills-factor.js';

const resolver = createSkillResolver(testTaxonomy);
const jobSkills = (job: Job) => analyzeJobSkills(job, descriptionText(job), resolver);
const personWith = (skills: string[], text = '') => createPersonSkills(resolver, skills, text);
const job = (input: Partial<Parameters<typeof parseJob>[0]>) =>
  parseJob({ id: 'j', source: 'test', title: 'Engineer', ...input });

describe('scoreSkills', () => {
  it('scores skills the ad names as alternatives as one requirement, met by any of them', () => {
    const skills = jobSkills(
      job({ description: 'Requirements:\nExperience with Java, Go or Python.\nExperience with Docker.' }),
    );
    expect(skills.map((skill) => [skill.name, ...(skill.alternatives ?? []).map((other) => other.name)])).toEqual([
      ['Java', 'Go', 'Python'],
      ['Docker'],
    ]);
    // Python alone meets "Java, Go or Python": half the requirements, not a third of the skills.
    const result = scoreSkills(personWith(['Python']), skills);
    expect(result.score).toBeCloseTo(0.5, 10);
    expect(result.matched).toEqual(['Python']);
    expect(result.missing).toEqual(['Docker']);
    expect(scoreSkills(personWith(['Docker']), skills).missing).toEqual(['Java, Go or Python']);
  });

  it('rises as the person covers more of the job skills', () => {
    const skills = jobSkills(nodeBackendJob);
    const scores = [
      [],
      ['Node.js'],
      ['Node.js', 'TypeScript'],
      ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'AWS'],
      nodeBackendJob.skills,
    ].map((listed) => scoreSkills(personWith(listed), skills).score);
    expect(scores[0]).toBe(0);
    for (let index = 1; index < scores.length; index++) expect(scores[index]!).toBeGreaterThan(scores[index - 1]!);
    expect(scores.at(-1)).toBe(1);
  });

  it('counts a missing nice-to-have skill less than a missing required one', () => {
    const skills = jobSkills(nodeBackendJob);
    const lacksOptional = scoreSkills(
      personWith(['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'AWS', 'Kubernetes']),
      skills,
    );
    const lacksRequired = scoreSkills(
      personWith(['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'Kubernetes', 'Terraform']),
      skills,
    );
    expect(lacksOptional.score).toBeGreaterThan(lacksRequired.score);
    // 5 required + 2 × 0.5 optional = 6; lacking Terraform leaves 5.5.
    expect(lacksOptional.score).toBeCloseTo(5.5 / 6, 12);
  });

  it('lists missing skills with required ones first', () => {
    const result = scoreSkills(personWith(['Node.js', 'Docker']), jobSkills(nodeBackendJob));
    expect(result.matched).toEqual(['Node.js', 'Docker']);
    expect(result.missing).toEqual(['TypeScript', 'PostgreSQL', 'AWS', 'Kubernetes', 'Terraform']);
  });

  it('finds the person skills in their text and through aliases', () => {
    const person = personWith(['nodejs'], 'I deploy to AWS with Docker and write TypeScript.');
    expect(scoreSkills(person, jobSkills(nodeBackendJob)).matched).toEqual(['Node.js', 'TypeScript', 'Docker', 'AWS']);
  });

  it('is neutral when the job names no skills', () => {
    expect(scoreSkills(personWith(['Python']), []).score).toBe(0.5);
  });
});

describe('scoreExperience', () => {
  it('is 1 within the range and lower the further below it', () => {
    const range = { min: 5, max: 8 };
    expect(scoreExperience(6, range)).toBe(1);
    expect(scoreExperience(5, range)).toBe(1);
    expect(scoreExperience(8, range)).toBe(1);
    const oneShort = scoreExperience(4, range);
    const fiveShort = scoreExperience(0, range);
    expect(oneShort).toBeLessThan(1);
    expect(fiveShort).toBeLessThan(oneShort);
    expect(fiveShort).toBeLessThan(0.2);
  });

  it('penalises over-qualification less than under-qualification by the same gap', () => {
    const range = { min: 3, max: 5 };
    expect(scoreExperience(9, range)).toBeLessThan(1);
    // Four years over the maximum against four years under the minimum.
    expect(scoreExperience(9, range)).toBeGreaterThan(scoreExperience(1, { min: 5 }));
    expect(scoreExperience(40, range)).toBeGreaterThanOrEqual(0.3);
  });

  it('does not penalise experience above an open-ended minimum', () => {
    expect(scoreExperience(25, { min: 5 })).toBe(1);
  });

  it('is neutral when either side is unknown', () => {
    expect(scoreExperience(undefined, { min: 5 })).toBe(0.5);
    expect(scoreExperience(5, undefined)).toBe(0.5);
  });
});

describe('jobExperienceRange', () => {
  it('takes the stated years first', () => {
    expect(jobExperienceRange(nodeBackendJob)).toEqual({ min: 5, source: 'stated' });
  });

  it('parses the description when no years are stated', () => {
    expect(jobExperienceRange(job({ description: 'You bring 3-5 years of experience with Python.' }))).toEqual({
      min: 3,
      max: 5,
      source: 'description',
    });
  });

  it('falls back to the experience level, then to seniority words in the title', () => {
    expect(jobExperienceRange(job({ experienceLevel: 'entry' }))).toEqual({ min: 0, max: 2, source: 'level' });
    expect(jobExperienceRange(job({ title: 'Senior Data Engineer' }))).toEqual({ min: 4, source: 'title' });
    expect(jobExperienceRange(job({ title: 'Junior QA Tester' }))).toEqual({ min: 0, max: 2, source: 'title' });
    expect(jobExperienceRange(job({ title: 'Engineer' }))).toBeUndefined();
  });
});

describe('personYearsOfExperience', () => {
  it('prefers totalYears, then dated entries, then the text', () => {
    expect(
      personYearsOfExperience({ resume: parseResume({ id: 'r', totalYears: 3, text: '10 years of experience' }) }, NOW),
    ).toBe(3);
    const years = personYearsOfExperience({ resume: javascriptResume }, NOW);
    // June 2017 to June 2025, a gap of a month or so between jobs.
    expect(years).toBeGreaterThan(7.5);
    expect(years).toBeLessThan(8.1);
    expect(personYearsOfExperience({ text: 'Nurse with 12 years of experience in pediatrics' }, NOW)).toBe(12);
    expect(personYearsOfExperience({ text: 'I like people' }, NOW)).toBeUndefined();
  });
});

describe('scoreTitle', () => {
  const desired = (title: string, weight = 1) => ({ words: titleWords(title), weight });

  it('matches role words, ignoring seniority and developer/engineer spelling', () => {
    expect(scoreTitle([desired('Backend Developer')], 'Senior Backend Engineer')).toBe(1);
    expect(scoreTitle([desired('Backend Engineer')], 'Registered Nurse - ICU')).toBe(0);
    expect(scoreTitle([desired('Backend Engineer')], 'Frontend Engineer')).toBeGreaterThan(0);
    expect(scoreTitle([desired('Backend Engineer')], 'Frontend Engineer')).toBeLessThan(0.6);
  });

  it('takes the best title and counts weights', () => {
    expect(scoreTitle([desired('Nurse'), desired('Java Developer', 0.8)], javaJob.title)).toBeCloseTo(0.8, 12);
    expect(scoreTitle([], javaJob.title)).toBe(0.5);
  });
});

describe('scoreLocation', () => {
  it('is 1 when the person has no wish, or the place and workplace fit', () => {
    expect(scoreLocation({ places: [], workplaces: [] }, nursingJob.location)).toBe(1);
    expect(scoreLocation({ places: ['Austin, TX'], workplaces: ['hybrid'] }, nodeBackendJob.location)).toBe(1);
  });

  it("fits a place by any name core's place table has for the job's country", () => {
    expect(scoreLocation({ places: ['Korea'], workplaces: [] }, parseLocationText('Seoul, South Korea'))).toBe(1);
    expect(scoreLocation({ places: ['Georgia'], workplaces: [] }, parseLocationText('Batumi, Georgia'))).toBe(1);
    expect(scoreLocation({ places: ['Moldova'], workplaces: [] }, parseLocationText('Chisinau, Moldova'))).toBe(1);
    expect(scoreLocation({ places: ['Romania'], workplaces: [] }, parseLocationText('Chisinau, Moldova'))).toBe(0);
  });

  it('accepts remote jobs anywhere for a person open to remote work', () => {
    expect(scoreLocation({ places: ['Berlin'], workplaces: ['remote'] }, { country: 'US', workplace: 'remote' })).toBe(
      1,
    );
  });

  it('penalises another city, another way of working and unknown locations', () => {
    expect(scoreLocation({ places: ['Chicago'], workplaces: [] }, nodeBackendJob.location)).toBe(0);
    expect(scoreLocation({ places: [], workplaces: ['remote'] }, nodeBackendJob.location)).toBeCloseTo(0.3, 12);
    expect(scoreLocation({ places: ['Austin'], workplaces: [] }, undefined)).toBe(0.5);
  });
});

describe('scoreSalary', () => {
  const minimum = { amount: 140_000, currency: 'USD', period: 'year' as const };

  it('is 1 when the whole range meets the minimum and lower as pay falls short', () => {
    expect(scoreSalary(minimum, nodeBackendJob.salary)).toBe(1);
    const straddles = scoreSalary(
      minimum,
      job({ salary: { min: 120_000, max: 160_000, currency: 'USD', period: 'year' } }).salary,
    );
    const below = scoreSalary(
      minimum,
      job({ salary: { min: 100_000, max: 130_000, currency: 'USD', period: 'year' } }).salary,
    );
    const farBelow = scoreSalary(
      minimum,
      job({ salary: { min: 50_000, max: 70_000, currency: 'USD', period: 'year' } }).salary,
    );
    expect(straddles).toBeGreaterThan(0.7);
    expect(straddles).toBeLessThan(1);
    expect(below).toBeLessThan(straddles);
    expect(farBelow).toBeLessThan(below);
  });

  it('annualises hourly pay', () => {
    // $38–52 an hour is about $79k–108k a year.
    expect(scoreSalary(minimum, nursingJob.salary)).toBeLessThan(0.7);
    expect(scoreSalary({ amount: 70, currency: 'USD', period: 'hour' }, nodeBackendJob.salary)).toBe(1);
  });

  it('is neutral for unknown pay or another currency, and 1 without a minimum', () => {
    expect(scoreSalary(minimum, undefined)).toBe(0.5);
    expect(scoreSalary({ ...minimum, currency: 'EUR' }, nodeBackendJob.salary)).toBe(0.5);
    expect(scoreSalary(undefined, nodeBackendJob.salary)).toBe(1);
  });
});

describe('scoreRecency', () => {
  it('halves every half-life and is neutral without a date', () => {
    expect(scoreRecency(NOW, NOW)).toBe(1);
    expect(scoreRecency(new Date(NOW.getTime() - 30 * 86_400_000), NOW)).toBeCloseTo(0.5, 12);
    expect(scoreRecency(new Date(NOW.getTime() - 7 * 86_400_000), NOW, 7)).toBeCloseTo(0.5, 12);
    expect(scoreRecency(new Date(NOW.getTime() + 86_400_000), NOW)).toBe(1);
    expect(scoreRecency(undefined, NOW)).toBe(0.5);
  });
});
