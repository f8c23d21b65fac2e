import { describe, expect, it } from 'vitest';
import { capJobDescription, MAX_JOB_DESCRIPTION_LENGTH } from './job.js';

describe('capJobDescription', () => {
  it('gives back a job within the limit itself, unchanged', () => {
    const job = { description: 'a'.repeat(MAX_JOB_DESCRIPTION_LENGTH), notes: ['kept'] };
    expect(capJobDescription(job)).toBe(job);
  });

  it('cuts a longer description at its last space or line break and adds a note, leaving the job given alone', () => {
    const words = 'word '.repeat(MAX_JOB_DESCRIPTION_LENGTH / 5 + 10);
    const job = { id: 'j1', description: words, notes: ['earlier note'] };
    const capped = capJobDescription(job);
    expect(capped).not.toBe(job);
    expect(job.description).toBe(words);
    expect(capped.id).toBe('j1');
    expect(capped.description.length).toBeLessThanOrEqual(MAX_JOB_DESCRIPTION_LENGTH);
    expect(capped.description.endsWith('word')).toBe(true);
    expect(capped.notes).toEqual([
      'earlier note',
      `description cut from ${words.length} to ${capped.description.length} characters (the limit is ${MAX_JOB_DESCRIPTION_LENGTH})`,
    ]);
  });

  it('cuts at the limit itself when there is no break near it, and starts the notes when there were none', () => {
    const capped = capJobDescription<{ description: string; notes?: string[] }>({
      description: 'x'.repeat(MAX_JOB_DESCRIPTION_LENGTH + 1),
    });
    expect(capped.description).toHaveLength(MAX_JOB_DESCRIPTION_LENGTH);
    expect(capped.notes).toHaveLength(1);
  });
});
