import { describe, expect, it } from 'vitest';
import { parseProfile, parseResume } from '../schemas/index.js';
import { personText, personTextParts } from './person-text.js';

describe('personTextParts / personText', () => {
  it('lists desired titles, skills, summary, experience, resume text and query text in that order, skipping blanks', () => {
    const resume = parseResume({
      id: 'r',
      skills: ['Node.js', 'machine learning'],
      summary: 'Backend engineer',
      experience: [{ title: 'Engineer', company: 'Acme', description: 'Built APIs', highlights: ['Cut latency'] }],
      text: 'Full resume text',
    });
    const profile = parseProfile({ id: 'p', desiredTitles: ['Staff Engineer'] });
    expect(personTextParts({ resume, profile, text: '  ' })).toEqual([
      'Staff Engineer',
      'Node.js, machine learning',
      'Backend engineer',
      'Engineer',
      'Built APIs',
      'Cut latency',
      'Full resume text',
    ]);
    expect(personText({ text: 'search phrase', profile })).toBe('Staff Engineer\nsearch phrase');
    expect(personText({})).toBe('');
  });

  it('takes 300,000 desired titles and highlights (a spread of them overflowed the stack with a RangeError)', () => {
    const titles = Array.from({ length: 300_000 }, (_, index) => `Title ${index}`);
    // Past the schemas' MAX_LIST_LENGTH, so put in after parsing: personText takes any Profile and Resume object.
    const profile = { ...parseProfile({ id: 'p' }), desiredTitles: titles };
    const parsed = parseResume({ id: 'r', experience: [{ title: 'Engineer' }] });
    const resume = { ...parsed, experience: [{ ...parsed.experience[0]!, highlights: titles }] };
    expect(personTextParts({ resume, profile })).toHaveLength(600_001);
  });
});
