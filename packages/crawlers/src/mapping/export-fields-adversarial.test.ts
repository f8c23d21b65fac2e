import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../../../core/src/testing/scaling.js';
import { jobInputFromExport } from './export-fields.js';

describe('jobInputFromExport on hostile records', () => {
  // A CSV header names its columns once and every record carries them: a header of one huge column name was normalised
  // for the aliases again for each record, so n records under an n-character name cost n² (measured, load 6: 65 records
  // under a 64 KB name 116 ms, twice both 373 ms; with names over 64 characters passed over, 3.6 ms and 0.9 ms).
  it('reads n records under a column name of n characters in linear time', () => {
    expectLinearTime(
      (records: Array<Record<string, unknown>>) => {
        for (const record of records) jobInputFromExport(record);
      },
      (size) => {
        const name = `Job ${'Title '.repeat(Math.floor(size / 6))}`;
        return Array.from({ length: Math.floor(size / 1_000) }, (_, index) => ({
          [name]: 'x',
          id: `${index}`,
          title: 'Welder',
        }));
      },
      { size: 65_536, maxSize: 262_144 },
    );
  });

  it('never reads a value from a column name longer than any alias', () => {
    const input = jobInputFromExport({ [`company${'_'.repeat(100)}name`]: 'Acme', title: 'Welder' });
    expect(input).not.toHaveProperty('company');
  });
});
