import { describe, expect, it } from 'vitest';
import { classifyHeading } from './headings.js';
import { splitSections } from './split-sections.js';

// Misspelt headings as resumes write them ("ACADEMEIC CREDENTIALS" is in the DataTurks set, ../shared/data/dataturks-dev);
// the other lines are hand-written.
describe('classifyHeading with a misspelt word', () => {
  it('reads a capitalised heading with one misspelt word', () => {
    expect(classifyHeading('ACADEMEIC CREDENTIALS')).toBe('education');
    expect(classifyHeading('WORK EXPERIANCE')).toBe('experience');
    expect(classifyHeading('EXPEREINCE')).toBe('experience');
    expect(classifyHeading('TECHNICAL SKLLS')).toBe('skills');
    expect(classifyHeading('CARRER OBJECTIVE:')).toBe('summary');
  });

  it('does not correct other words, other case, two misspellings or a changed last letter', () => {
    // Another word or form, not a typo.
    expect(classifyHeading('EXPERIENCED')).toBeUndefined();
    expect(classifyHeading('SKILLED')).toBeUndefined();
    // Only headings written in capitals are corrected: in other case the line may be a name or a sentence's words.
    expect(classifyHeading('Academeic Credentials')).toBeUndefined();
    expect(classifyHeading('ACADEMEIC CREDENTALS')).toBeUndefined();
    expect(classifyHeading('EDUCATIOM')).toBeUndefined();
    expect(classifyHeading('EXPERIANCE WITH JAVA')).toBeUndefined();
    expect(classifyHeading('JOHN SUMMERS')).toBeUndefined();
  });

  it('turns no body line into a heading', () => {
    const text = [
      'JANE DOE',
      'EXPERIANCE',
      'Data Analyst at Acme',
      'Experianced in SQL and Python.',
      'SQL EXPERT',
      'ACADEMEIC CREDENTIALS',
      '2015 Master of Computer Application',
    ].join('\n');
    expect(splitSections(text).map((section) => [section.kind, section.heading])).toEqual([
      ['other', ''],
      ['experience', 'EXPERIANCE'],
      ['education', 'ACADEMEIC CREDENTIALS'],
    ]);
  });
});
