import { parseJob, ValidationError, type ScoredJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { fuseJobLists } from './index.js';

const hits = (...ids: string[]): ScoredJob[] =>
  ids.map((id, index) => ({ job: parseJob({ id, source: 's', title: id }), score: 100 - index }));

describe('fuseJobLists (core reciprocal rank fusion over ScoredJob lists)', () => {
  it('sums 1 / (k + rank) over the lists, ignoring the original scores, and keeps the jobs', () => {
    const fused = fuseJobLists([hits('a', 'b', 'c'), hits('c', 'a')], { rrfK: 60 });
    expect(fused.map((hit) => hit.job.id)).toEqual(['a', 'c', 'b']);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]!.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(fused[2]!.score).toBeCloseTo(1 / 62, 12);
    expect(fused[0]!.job.title).toBe('a');
  });

  it('rewards agreement over a single top rank, keeps first-seen order on ties, and limits', () => {
    expect(fuseJobLists([hits('x', 'y'), hits('z', 'y')], { rrfK: 1 }).map((hit) => hit.job.id)).toEqual([
      'y',
      'x',
      'z',
    ]);
    expect(fuseJobLists([hits('p'), hits('q')]).map((hit) => hit.job.id)).toEqual(['p', 'q']);
    expect(fuseJobLists([hits('a', 'b', 'c')], { limit: 2 })).toHaveLength(2);
    expect(fuseJobLists([])).toEqual([]);
    expect(() => fuseJobLists([], { rrfK: -1 })).toThrow(ValidationError);
  });
});
