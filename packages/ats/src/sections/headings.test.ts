import { describe, expect, it } from 'vitest';
import {
  classifyHeading,
  isEntrySubheading,
  isLeadershipHeading,
  isVolunteeringHeading,
  unspaceLetters,
} from './headings.js';

describe('unspaceLetters', () => {
  it('joins letters spaced out into their words, words two spaces apart or more', () => {
    expect(unspaceLetters('E X P E R I E N C E')).toBe('EXPERIENCE');
    expect(unspaceLetters('W O R K  H I S T O R Y')).toBe('WORK HISTORY');
    expect(unspaceLetters('J O H N   S M I T H')).toBe('JOHN SMITH');
    // Words written as words are left as they are.
    expect(unspaceLetters('Work History')).toBe('Work History');
    expect(unspaceLetters('A. B. Smith')).toBe('A. B. Smith');
  });
});

describe('classifyHeading', () => {
  it.each([
    'Community Service',
    'COMMUNITY SERVICE:',
    'Community Service and Volunteer Work',
    'Volunteer Activities',
    'Volunteer Associations',
  ])('reads %j as a section of its own, not more of the section above', (line) => {
    expect(classifyHeading(line)).toBe('other');
  });
});

describe('isVolunteeringHeading', () => {
  it('reads the headings of volunteering, and no other heading or job title', () => {
    for (const heading of ['Community Service', 'COMMUNITY SERVICE', 'Volunteer Work', 'Volunteering', 'Volunteer'])
      expect(isVolunteeringHeading(heading), heading).toBe(true);
    for (const heading of ['Volunteer Coordinator', 'Work History', 'Customer Service', 'Community Outreach', ''])
      expect(isVolunteeringHeading(heading), heading).toBe(false);
  });
});

describe('isLeadershipHeading', () => {
  it("reads the headings of a student's leadership roles, and no other heading or job title", () => {
    for (const heading of [
      'Leadership Experience',
      'LEADERSHIP EXPERIENCE',
      'Campus Leadership Experience',
      'Extracurricular Experience',
    ])
      expect(isLeadershipHeading(heading), heading).toBe(true);
    for (const heading of [
      'Leadership',
      'Executive Leadership Team',
      'Professional Experience',
      'Leadership Coach',
      '',
    ])
      expect(isLeadershipHeading(heading), heading).toBe(false);
  });
});

describe('isEntrySubheading', () => {
  it.each([
    'Key Responsibilities',
    'Roles and Responsibilities',
    'Roles & Responsibilities:',
    'ROLE & RESPONSIBILITIES',
    'Job Responsibilities',
    'Responsibilities:',
    'Duties and Responsibilities',
    'Responsibilities Handled',
    '• Key Achievements',
    'Achievements',
    'Accomplishments',
  ])('reads %j as a sub-heading of an experience entry', (line) => {
    expect(isEntrySubheading(line)).toBe(true);
  });

  it.each([
    'responsibilities:',
    'Responsibilities include managing the team',
    'Key Skills',
    'Work Experience',
    'Project Management',
    'Took on additional responsibilities',
  ])('reads %j as none', (line) => {
    expect(isEntrySubheading(line)).toBe(false);
  });

  it('leaves the section headings to classifyHeading', () => {
    expect(classifyHeading('Key Responsibilities')).toBeUndefined();
    expect(classifyHeading('Key Achievements')).toBe('other');
  });
});
