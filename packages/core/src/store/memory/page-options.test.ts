import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/index.js';
import { sampleJobs } from '../../samples/index.js';
import { createMemoryStore } from './index.js';

/** The ValidationError a call rejects with, or undefined when it resolves. */
async function refusal(call: () => Promise<unknown>): Promise<ValidationError | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
}

// Limits and offsets of the list and search calls (round 13: probed with the values a caller computes by mistake).
// The list calls come first: the old code answered them wrongly at once, while its searchJobs never returned.
describe('MemoryStore limits and offsets', () => {
  const filled = async () => {
    const store = createMemoryStore();
    await store.upsertJobs(sampleJobs.slice(0, 12));
    await store.upsertJobVectors([{ id: sampleJobs[0]!.id, vector: new Float32Array([1, 0]) }]);
    return store;
  };

  it('refuses a limit or offset that is no number ≥ 0 with a ValidationError naming it', async () => {
    const store = await filled();
    const vector = new Float32Array([1, 0]);
    for (const [call, setting] of [
      // listJobs({}, { limit: -1 }) gave every job but the last, and an offset of -2 the last two or none.
      [() => store.listJobs({}, { limit: -1 }), 'limit'],
      [() => store.listJobs({}, { offset: -2, limit: 2 }), 'offset'],
      [() => store.listJobs({}, { limit: Number.NaN }), 'limit'],
      [() => store.listResumes({ limit: '3' as never }), 'limit'],
      [() => store.listMatches('ada', { offset: Number.NaN }), 'offset'],
      // searchJobs looped for ever on these: a depth of NaN or below 0 never grows past the hits.
      [() => store.searchJobs('engineer', { limit: Number.NaN }), 'limit'],
      [() => store.searchJobs('engineer', { limit: -1, filter: { workplace: ['remote'] } }), 'limit'],
      [() => store.searchJobsByVector(vector, { limit: Number.NaN }), 'limit'],
    ] as const) {
      const error = await refusal(call);
      expect(error, String(call)).toBeInstanceOf(ValidationError);
      expect(error?.setting, String(call)).toBe(setting);
    }
  });

  it('answers a limit of 0 with nothing, and Infinity or a fraction as before', async () => {
    const store = await filled();
    // Old code: a limit of 0 asked the index for 0 hits, then 0 × 8, for ever.
    expect(await store.searchJobs('engineer', { limit: 0 })).toEqual([]);
    expect(await store.searchJobs('engineer', { limit: 0, filter: { workplace: ['remote'] } })).toEqual([]);
    expect(await store.listJobs({}, { limit: 0 })).toEqual([]);
    expect(await store.listJobs({}, { limit: Number.POSITIVE_INFINITY })).toHaveLength(12);
    expect(await store.listJobs({}, { limit: 2.5 })).toHaveLength(2);
    const all = await store.searchJobs('engineer');
    expect(all.length).toBeGreaterThan(1);
    expect(await store.searchJobs('engineer', { limit: Number.POSITIVE_INFINITY })).toEqual(all);
  });

  // Round 14: a fraction under 1 reached the index, which threw RangeError 'Invalid array length' in the middle of a
  // search and left scores behind: every later search missed the jobs they belonged to.
  it('reads a fractional limit as its whole part, in searchJobs as in listJobs, and loses no job after one', async () => {
    const store = await filled();
    const all = await store.searchJobs('engineer');
    const filter = { sources: [...new Set(all.map((hit) => hit.job.source))] };
    expect(await store.searchJobs('engineer', { limit: 0.5 })).toEqual([]);
    expect(await store.searchJobs('engineer', { limit: Number.MIN_VALUE })).toEqual([]);
    expect(await store.searchJobs('engineer', { limit: 1.5 })).toHaveLength(1);
    // With a filter the old code returned 2 jobs for 1.5 (the first count ≥ 1.5) and 1 for 0.5.
    expect(await store.searchJobs('engineer', { limit: 1.5, filter })).toHaveLength(1);
    expect(await store.searchJobs('engineer', { limit: 0.5, filter })).toEqual([]);
    expect(await store.searchJobs('engineer')).toEqual(all);
    // With more hits than the index keeps for a limit (4 × limit + 64), 0.5 reached `hits.length = 0.5`.
    const many = createMemoryStore();
    await many.upsertJobs(Array.from({ length: 80 }, (_, n) => ({ ...sampleJobs[0]!, id: `many-${n}` })));
    expect(await many.searchJobs('engineer', { limit: 0.5 })).toEqual([]);
    expect(await many.searchJobs('engineer')).toHaveLength(80);
  });
});
