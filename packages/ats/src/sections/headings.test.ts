import { describe, expect, it } from 'vitest';
import { classifyHeading, isEntrySubheading } from './headings.js';

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
