import { describe, expect, it } from 'vitest';
import { jobInputFromRecord, resumeInputFromRecord } from './records.js';

const collect = () => {
  const notes: string[] = [];
  return { notes, note: (field: string, what: string) => notes.push(`${field} ${what}`) };
};

describe('jobInputFromRecord', () => {
  it('reads numeric ids, nulls, skill strings and free-text fields, and notes what it leaves out', () => {
    const { notes, note } = collect();
    const input = jobInputFromRecord(
      {
        id: 5,
        title: 'Nurse',
        description: null,
        skills: 'Triage | ICU\nBLS',
        location: 'Remote - US',
        salary: 90_000,
        employmentType: 'gig',
        experienceYears: 'several years',
        extra: null,
      },
      note,
    );
    expect(input).toEqual({
      id: '5',
      title: 'Nurse',
      description: '',
      skills: ['Triage', 'ICU', 'BLS'],
      location: { country: 'US', workplace: 'remote' },
    });
    expect(notes).toEqual([
      'salary is a bare number with no currency or period: left out',
      'experienceYears "several years" gives no years: left out',
      'employmentType "gig" is not a known employment type: left out',
    ]);
  });

  it('leaves values that are already valid alone and never drops id or title', () => {
    const { notes, note } = collect();
    const record = {
      id: 'j1',
      title: '',
      description: 'x',
      skills: ['Go'],
      experienceLevel: 'entry',
      experienceYears: { min: 1, max: 3 },
    };
    expect(jobInputFromRecord(record, note)).toEqual(record);
    expect(jobInputFromRecord({ title: 'T', description: 'x' }, note)).toEqual({ title: 'T', description: 'x' });
    expect(notes).toEqual([]);
  });
});

describe('resumeInputFromRecord', () => {
  it('reads numeric ids, a missing text and skill strings', () => {
    const { notes, note } = collect();
    expect(resumeInputFromRecord({ id: 3, skills: 'Go, Rust', totalYears: 'many', summary: null }, note)).toEqual({
      id: '3',
      text: '',
      skills: ['Go', 'Rust'],
    });
    expect(notes).toEqual(['totalYears "many" is not valid: left out']);
  });
});
