import { describe, expect, it } from 'vitest';
import { isSkillGroupLabel, leadingSkillGroupLabel } from './group-labels.js';

describe('isSkillGroupLabel', () => {
  it('knows the names résumés give their skill groups', () => {
    for (const label of [
      'Programming Languages',
      'Databases',
      'Tools',
      'Operating System',
      'CI Tools',
      'Test Management Tool',
      'App/Web Servers',
      "Framework's",
      'Middleware',
      'Domain',
      'Secondary Skills',
      'Web Technologies',
    ])
      expect(isSkillGroupLabel(label), label).toBe(true);
  });

  it('is not fooled by skills, sentences or other labels', () => {
    for (const label of [
      'Python',
      'Cloud Computing',
      'Project 1',
      'Client Background',
      'Worked with many of the tools',
      '',
    ])
      expect(isSkillGroupLabel(label), label).toBe(false);
  });
});

describe('leadingSkillGroupLabel', () => {
  it('finds the plural group name before a table row’s first item', () => {
    expect(leadingSkillGroupLabel('Operating Systems Windows 7, ubuntu Linux')).toBe('Operating Systems');
    expect(leadingSkillGroupLabel('Programming Languages Python, TCL')).toBe('Programming Languages');
    expect(leadingSkillGroupLabel('Web Technologies Python, JAVA')).toBe('Web Technologies');
  });

  it('leaves skills that start with a group word whole', () => {
    expect(leadingSkillGroupLabel('Cloud Computing')).toBeUndefined();
    expect(leadingSkillGroupLabel('Database Administration')).toBeUndefined();
    expect(leadingSkillGroupLabel('Programming Languages')).toBeUndefined();
  });
});

describe('group label arguments', () => {
  it('refuses a text that is not a string, naming the argument', () => {
    expect(() => isSkillGroupLabel(null as unknown as string)).toThrow(/isSkillGroupLabel.*text.*must be a string/);
    expect(() => leadingSkillGroupLabel(3 as unknown as string)).toThrow(
      /leadingSkillGroupLabel.*line.*must be a string/,
    );
  });
});
