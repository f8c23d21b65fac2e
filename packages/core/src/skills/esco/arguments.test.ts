// findOccupations and relatedSkills refuse an argument of the wrong kind with a ValidationError naming it, where they
// threw a TypeError from inside (`parts is not iterable`, `reading 'trim'`).
import { describe, expect, it } from 'vitest';
import { findOccupations, relatedSkills } from './index.js';

describe('the occupation knowledge checks its arguments', () => {
  it('refuses a value of the wrong kind, naming it', async () => {
    await expect(findOccupations(null as never)).rejects.toThrow(
      'Invalid findOccupations: text: must be a string or a list of { text, weight }, got null',
    );
    await expect(findOccupations([null] as never)).rejects.toThrow('Invalid findOccupations: text.0: must be');
    await expect(relatedSkills(undefined as never)).rejects.toThrow(
      'Invalid relatedSkills: skill: must be a string, got undefined',
    );
  });

  it('answers valid input as before', async () => {
    expect((await findOccupations('Registered nurse on a hospital ward'))[0]?.label).toMatch(/nurse/i);
    expect(await relatedSkills('no such skill at all')).toEqual([]);
  });
});
