import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/index.js';
import { parseStoredJob } from './stored-job.js';

// Records as an earlier version of this store could have written them (hand-written).
const stored = {
  id: 'job-1',
  source: 'test',
  title: 'Welder',
  skills: ['welding'],
  postedAt: '2026-02-15T00:00:00.000Z',
};

describe('parseStoredJob', () => {
  it('reads a valid record as the job schema does, with no note', () => {
    const job = parseStoredJob('record', { ...stored });
    expect(job.postedAt).toEqual(new Date('2026-02-15T00:00:00.000Z'));
    expect(job.notes).toBeUndefined();
  });

  it('drops fields the schema does not know, at the top level and inside nested objects, and notes each', () => {
    const job = parseStoredJob('record', {
      ...stored,
      remote: true,
      location: { city: 'Oslo', zip: '0150' },
      salary: { period: 'year', min: 1000, bonus: 5 },
      experienceYears: { min: 2, ideal: 3 },
      notes: ['description cut'],
    });
    expect(job).not.toHaveProperty('remote');
    expect(job.location).toEqual({ city: 'Oslo' });
    expect(job.salary).not.toHaveProperty('bonus');
    expect(job.experienceYears).toEqual({ min: 2 });
    expect(job.notes).toEqual([
      'description cut',
      "dropped 'experienceYears.ideal', 'location.zip', 'remote', 'salary.bonus' when read from the store: fields jobs no longer have",
    ]);
  });

  it('leaves the record it is given as it was (a damaged one is kept as written)', () => {
    const record = { ...stored, remote: true, location: { city: 'Oslo', zip: '0150' } };
    const written = JSON.stringify(record);
    parseStoredJob('record', record);
    expect(JSON.stringify(record)).toBe(written);
    const invalid = { ...record, title: 7 };
    const invalidWritten = JSON.stringify(invalid);
    expect(() => parseStoredJob('record', invalid)).toThrow(ValidationError);
    expect(JSON.stringify(invalid)).toBe(invalidWritten);
  });

  it('names at most 10 dropped fields in its note', () => {
    const record: Record<string, unknown> = { ...stored };
    for (let index = 0; index < 5000; index += 1) record[`old${String(index).padStart(4, '0')}`] = index;
    const job = parseStoredJob('record', record);
    expect(Object.keys(job)).not.toContain('old0000');
    expect(job.notes).toEqual([
      `dropped ${Array.from({ length: 10 }, (_, index) => `'old000${index}'`).join(', ')} and 4990 more when read from the store: fields jobs no longer have`,
    ]);
  });

  it('refuses a known field with an invalid value, naming only that field', () => {
    for (const record of [
      { ...stored, title: 7, remote: true },
      { ...stored, location: { city: 5, zip: '0150' } },
      { ...stored, salary: { period: 'year', min: 5, max: 1, bonus: 2 } },
    ]) {
      const error = (() => {
        try {
          parseStoredJob('record', record);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toHaveLength(1);
      expect((error as ValidationError).fields[0]).toMatch(/^(title|location\.city|salary\.min)$/);
    }
  });

  it('refuses what is not a job object', () => {
    for (const record of [null, 7, 'job', [], { id: 'x' }])
      expect(() => parseStoredJob('record', record)).toThrow(ValidationError);
  });
});
