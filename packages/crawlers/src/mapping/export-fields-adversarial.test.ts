import { describe, expect, it } from 'vitest';
import { recordsUnderLongName } from './adversarial-inputs.js';
import { jobInputFromExport } from './export-fields.js';

describe('jobInputFromExport on hostile records', () => {
  // Its time at n and 2n (65,536 → 131,072 characters and more) is measured by `pnpm bench --only adversarial` (no
  // timings in tests).
  it('reads 131 records under a column name of 131,072 characters, each with its own id and title', () => {
    const records = recordsUnderLongName(131_072);
    expect(records).toHaveLength(131);
    records.forEach((record, index) => {
      const input = jobInputFromExport(record);
      expect(input).toMatchObject({ id: `${index}`, title: 'Welder' });
    });
  });

  it('never reads a value from a column name longer than any alias', () => {
    const input = jobInputFromExport({ [`company${'_'.repeat(100)}name`]: 'Acme', title: 'Welder' });
    expect(input).not.toHaveProperty('company');
  });
});
