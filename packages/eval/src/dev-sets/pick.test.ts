import { describe, expect, it } from 'vitest';
import { random } from './context.js';
import { perQuery, pickFew, pickMany, randomNdcg, sample } from './pick.js';

const graded = (grades: number[]) => grades.map((grade, index) => [`item-${index}`, grade] as const);

describe('picking candidates', () => {
  it('samples without replacement, at most what there is', () => {
    const drawn = sample([1, 2, 3, 4, 5], 3, random(1));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
    expect(sample([1, 2], 5, random(1)).sort()).toEqual([1, 2]);
  });

  it('"many" takes up to perGrade of each grade and the negatives, hard ones first', () => {
    const pool = graded([3, 3, 3, 2, 1, 1, 0, 0, 0, 0, 0]);
    const hard = new Set(['item-6', 'item-7']);
    const picked = pickMany(pool, { perGrade: 2, negatives: 3, hard: 2 }, (item) => hard.has(item), random(2));
    expect(picked.map(([, grade]) => grade)).toEqual([3, 3, 2, 1, 1, 0, 0, 0]);
    expect(new Set(picked.slice(5, 7).map(([item]) => item))).toEqual(hard);
  });

  it('"few" takes 2 of the best grade, 1 of the next, then the negatives; nothing without a positive', () => {
    const picked = pickFew(graded([2, 2, 2, 1, 0, 0, 0]), { negatives: 2, hard: 0 }, () => false, random(3));
    expect(picked.map(([, grade]) => grade)).toEqual([2, 2, 1, 0, 0]);
    const noNext = pickFew(graded([3, 3, 3, 0]), { negatives: 1, hard: 0 }, () => false, random(3));
    expect(noNext.map(([, grade]) => grade)).toEqual([3, 3, 3, 0]);
    expect(pickFew(graded([0, 0]), { negatives: 1, hard: 0 }, () => false, random(3))).toEqual([]);
  });

  it('describes judged items per query and the nDCG@10 of a random order', () => {
    const qrels = [
      { resumeId: 'a', jobId: 'x', grade: 3 },
      { resumeId: 'a', jobId: 'y', grade: 0 },
      { resumeId: 'b', jobId: 'x', grade: 1 },
    ];
    expect(perQuery(qrels, 'resumeId')).toBe('1–2 (median 2)');
    expect(perQuery([], 'resumeId')).toBe('0');
    // Query a: the relevant item is first or second with equal chance, (1 + 1/log2 3) / 2; query b: always 1.
    expect(randomNdcg(qrels, 'resumeId')).toBeCloseTo(((1 + 1 / Math.log2(3)) / 2 + 1) / 2, 12);
  });
});
