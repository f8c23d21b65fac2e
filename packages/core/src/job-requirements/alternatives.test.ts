import { describe, expect, it } from 'vitest';
import { alternativeGroups, formatAlternatives, MAX_ALTERNATIVES, skillRequirementGroups } from './alternatives.js';
import { readJobRequirements } from './read.js';

const googleAd = {
  title: 'Data Scientist',
  skills: [] as string[],
  description: [
    'Minimum qualifications:',
    "Bachelor's degree or equivalent practical experience.",
    '1 year of experience with statistical modeling, forecasting or machine learning. Experience with R, SAS or Python.',
    'Experience with SQL and Tableau.',
  ].join('\n'),
};

/** The groups of alternatives among a job's skills, as sorted name lists. */
function groupsOf(job: { title: string; description: string; skills?: string[] }): string[][] {
  const read = readJobRequirements({ skills: [], ...job });
  return skillRequirementGroups([...read.requiredSkills, ...read.preferredSkills])
    .filter((group) => group.length > 1)
    .map((group) => group.map((skill) => skill.skill));
}

describe('skills named as alternatives', () => {
  it('reads "R, SAS or Python" as one requirement met by any of them', () => {
    const read = readJobRequirements(googleAd);
    const python = read.requiredSkills.find((skill) => skill.skill === 'Python');
    expect(python?.alternatives).toEqual(['R', 'SAS']);
    expect(groupsOf(googleAd)).toContainEqual(['R', 'SAS', 'Python']);
    // "SQL and Tableau": both asked.
    expect(read.requiredSkills.find((skill) => skill.skill === 'SQL')?.alternatives).toBeUndefined();
  });

  it.each([
    ['Experience with Java and/or Kotlin.', ['Java', 'Kotlin']],
    [
      'Experience with one of AWS, Azure, Google Cloud Platform.',
      ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud Platform'],
    ],
    ['Knowledge of a BI tool such as Tableau, Power BI or Looker.', ['Tableau', 'Power BI', 'Looker']],
    ['Experience with BI tools (e.g. Tableau, Power BI).', ['Tableau', 'Power BI']],
    ['Strong Java/Kotlin skills.', ['Java', 'Kotlin']],
  ])('reads %j as alternatives', (sentence, expected) => {
    const groups = groupsOf({ title: 'Engineer', description: `Requirements:\n${sentence}` });
    expect(groups.map((group) => [...group].sort())).toContainEqual([...expected].sort());
  });

  it.each([
    'Experience with Java, Kotlin and SQL.',
    'Experience with Java, Kotlin, and SQL.',
    'Experience with Java and Kotlin.',
    'Experience with Java, Kotlin.',
  ])('reads %j as skills all asked', (sentence) => {
    expect(groupsOf({ title: 'Engineer', description: `Requirements:\n${sentence}` })).toEqual([]);
  });

  it('leaves out of a group a skill the ad also asks on its own', () => {
    const job = {
      title: 'Analyst',
      skills: [],
      description: 'Requirements:\nExpert in Python.\nExperience with R or Python.',
    };
    const read = readJobRequirements(job);
    expect(read.requiredSkills.find((skill) => skill.skill === 'Python')?.alternatives).toBeUndefined();
    expect(read.requiredSkills.find((skill) => skill.skill === 'R')?.alternatives).toBeUndefined();
  });

  it('reads no group in a job whose skills list the employer gave', () => {
    const job = { ...googleAd, skills: ['R', 'SAS', 'Python', 'SQL', 'Tableau'] };
    const read = readJobRequirements(job);
    expect(read.requiredSkills.every((skill) => skill.alternatives === undefined)).toBe(true);
  });

  it('reads a list longer than a group of alternatives as no group, in time linear in its length', () => {
    const mentions = Array.from({ length: 200_000 }, (_, index) => ({ start: index * 4, end: index * 4 + 1 }));
    const text = mentions.map((_, index) => (index === mentions.length - 2 ? 'A or' : 'A, ')).join('');
    const groups = alternativeGroups(text, mentions);
    expect(groups.every((group) => group === -1)).toBe(true);
    const short = alternativeGroups('A, B or C', [
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 8, end: 9 },
    ]);
    expect([...short]).toEqual([0, 0, 0]);
    expect(MAX_ALTERNATIVES).toBeGreaterThanOrEqual(5);
  });

  it('reads "or or or" and long hostile lists without a group or a hang', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => `Skill${index}`).join(', ');
    const hostile = [`Experience with ${items} or Python.`, 'or '.repeat(100_000), 'Python or or or R or or Java'];
    for (const description of hostile) {
      const read = readJobRequirements({
        title: 'Engineer',
        skills: [],
        description: `Requirements:\n${description}`,
      });
      for (const skill of [...read.requiredSkills, ...read.preferredSkills])
        expect(skill.alternatives?.length ?? 0).toBeLessThan(MAX_ALTERNATIVES);
    }
  });

  it('formats a group as a choice', () => {
    expect(formatAlternatives(['R'])).toBe('R');
    expect(formatAlternatives(['R', 'SAS'])).toBe('R or SAS');
    expect(formatAlternatives(['R', 'SAS', 'Python'])).toBe('R, SAS or Python');
  });

  it('groups a list of skills into requirements, each group where its first member stands', () => {
    const skills = [
      { skill: 'SQL' },
      { skill: 'R', alternatives: ['SAS', 'Python'] },
      { skill: 'Tableau' },
      { skill: 'Python', alternatives: ['R', 'SAS'] },
    ];
    expect(skillRequirementGroups(skills).map((group) => group.map((skill) => skill.skill))).toEqual([
      ['SQL'],
      ['R', 'Python'],
      ['Tableau'],
    ]);
  });
});
