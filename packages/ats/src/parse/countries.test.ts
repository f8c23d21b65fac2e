import { describe, expect, it } from 'vitest';
import { parseEducationSection } from './education.js';
import { parseResumeText } from './parse-resume-text.js';

// Core knows every country's English names (tools/country-names.mjs, from CLDR); the résumé readers ask it through
// isPlaceName. These cases read résumés with countries core did not know before, and people named as a country.
const NOW = new Date(Date.UTC(2026, 0, 1));
const fields = (text: string) =>
  parseEducationSection(text, { now: NOW }).map((entry) => [entry.degree, entry.field, entry.institution]);

describe('countries in résumés', () => {
  it('reads the field after any country in the Kaggle template (FINANCE/15891494: "Sierra Leone")', () => {
    expect(
      fields(
        [
          '2013',
          'Fourah Bay College',
          'City , State , Sierra Leone Accounting and Finance',
          'Bachelor of Science',
          '2009',
          'Harbor College',
          'City , State , Botswana Business Administration',
          'Bachelor of Arts',
          '2005',
          'Westfield University',
          'City , State , Ivory Coast Computer Science',
          'Master of Science',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bachelor of Science', 'Accounting and Finance', 'Fourah Bay College'],
      ['Bachelor of Arts', 'Business Administration', 'Harbor College'],
      ['Master of Science', 'Computer Science', 'Westfield University'],
    ]);
  });

  it("reads a person named as a country as the person's name ('Chad Smith', 'Jordan Lee', 'Sierra Jones')", () => {
    for (const name of ['Chad Smith', 'Jordan Lee', 'Sierra Jones', 'Kenya Brown', 'Guinea Okafor', 'Mali Patel']) {
      const handle = name.toLowerCase().replace(' ', '.');
      const text = [
        name,
        `${handle}@example.com | (555) 123-4567`,
        '',
        'Experience',
        'Data Analyst, Acme Corp, Austin, TX',
        'Jan 2019 - Present',
        '',
        'Education',
        'Bachelor of Science in Statistics, Harbor University, 2018',
      ].join('\n');
      expect(parseResumeText(text, { now: NOW }).contact.name, name).toBe(name);
    }
  });

  it("reads a person named as a country beside a title, where the e-mail spells the surname ('Chad Smith')", () => {
    for (const name of ['Chad Smith', 'Togo Mensah', 'Sudan Kapoor']) {
      // csmith@…: the e-mail spells a word of the name but not all of it, so each word must name no place.
      const handle = `${name[0]}${name.split(' ')[1]}`.toLowerCase();
      const text = [
        `Senior Data Engineer | ${name}`,
        `${handle}@example.com`,
        '',
        'Experience',
        'Data Engineer, Acme Corp, Austin, TX',
        'Jan 2019 - Present',
      ].join('\n');
      expect(parseResumeText(text, { now: NOW }).contact.name, name).toBe(name);
    }
  });
});
