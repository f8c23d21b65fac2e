import { createRandom, parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { CONVEX_GRADE_TARGETS, calibratedScore, fitGradeCuts, gradeOf, predictTextRidge, softUnit, trainTextRidge, type TextRidgeRow } from './text-ridge.js';

describe('grade cut-points', () => {
  it('puts the cuts between the grades when the scores separate them', () => {
    const cuts = fitGradeCuts([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0, 0, 1, 2, 3, 3]);
    expect(cuts[0]).toBeCloseTo(0.25, 12);
    expect(cuts[1]).toBeCloseTo(0.35, 12);
    expect(cuts[2]).toBeCloseTo(0.45, 12);
  });

  it('maximises exact accuracy, leaving a grade out when that is better', () => {
    // Grade 1 sits among the 0s: the best cuts give it no interval (5 of 6 right).
    const scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    const grades = [0, 1, 0, 2, 3, 3];
    const cuts = fitGradeCuts(scores, grades);
    expect(scores.filter((score, index) => gradeOf(score, cuts) === grades[index]).length).toBe(5);
  });

  it('the calibrated score rounds to the grade and keeps the order', () => {
    const cuts: [number, number, number] = [0.2, 0.5, 0.55];
    const values = Array.from({ length: 201 }, (_unused, index) => -1 + index * 0.015);
    const scores = values.map((value) => calibratedScore(value, cuts));
    values.forEach((value, index) => {
      expect(Math.round(scores[index]! * 3)).toBe(gradeOf(value, cuts));
      expect(scores[index]!).toBeGreaterThan(0);
      expect(scores[index]!).toBeLessThan(1);
      if (index > 0) expect(scores[index]!).toBeGreaterThan(scores[index - 1]!);
    });
    expect(softUnit(0.5)).toBe(0.5);
    expect(softUnit(5)).toBeLessThan(1);
  });
});

describe('text ridge', () => {
  const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
  /** Jobs whose grade follows the title ("machine learning" good, "bus driver" bad) under random description noise. */
  function rows(count: number, seed: number): TextRidgeRow[] {
    const random = createRandom(seed);
    return Array.from({ length: count }, (_unused, index) => {
      const grade = index % 4;
      const title = grade >= 2 ? (grade === 3 ? 'Machine Learning Engineer' : 'Software Engineer') : grade === 1 ? 'Sales Associate' : 'Bus Driver';
      const noise = Array.from({ length: 30 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const job = parseJob({ id: `j${seed}-${index}`, source: 'test', title, description: noise });
      return { job, dense: [random()], target: grade / 3, grade };
    });
  }

  it('CV gives the title space weight when the title carries the grade, and ranks unseen jobs by it', () => {
    const { state, outOfFold } = trainTextRidge(rows(60, 1), true, { lambdas: [0.01, 0.1, 1] });
    expect(state.selection.mix.title).toBeGreaterThan(0);
    expect([0.01, 0.1, 1]).toContain(state.selection.lambda);
    expect(state.selection.auc).toBeGreaterThan(0.95);
    expect(outOfFold).toHaveLength(60);
    expect(state.gradeCuts).toHaveLength(3);
    const test = rows(20, 2);
    const scores = test.map((row) => predictTextRidge(state, row.job, row.dense));
    const mean = (grade: number) => {
      const picked = scores.filter((_score, index) => test[index]!.grade === grade);
      return picked.reduce((sum, value) => sum + value, 0) / picked.length;
    };
    expect(mean(3)).toBeGreaterThan(mean(2));
    expect(mean(2)).toBeGreaterThan(mean(1));
    expect(mean(1)).toBeGreaterThan(mean(0));
  });

  it('is deterministic and survives a JSON round trip', () => {
    const data = rows(40, 3);
    const first = trainTextRidge(data, true).state;
    expect(trainTextRidge(data, true).state).toEqual(first);
    const copy = JSON.parse(JSON.stringify(first)) as typeof first;
    expect(predictTextRidge(copy, data[0]!.job, data[0]!.dense)).toBeCloseTo(predictTextRidge(first, data[0]!.job, data[0]!.dense), 12);
  });

  it('fits the grade targets when given (ordinal only) and records them', () => {
    const data = rows(40, 6);
    const coded = trainTextRidge(data, true, { gradeTargets: CONVEX_GRADE_TARGETS, lambdas: [0.1] });
    expect(coded.state.selection.gradeTargets).toEqual([0, 0.2, 0.5, 1]);
    // The unpenalised intercept is the mean target: the convex coding's, not grade / 3's.
    const mean = data.reduce((sum, row) => sum + CONVEX_GRADE_TARGETS[row.grade]!, 0) / data.length;
    const fitted = data.map((row) => predictTextRidge(coded.state, row.job, row.dense));
    expect(fitted.reduce((sum, value) => sum + value, 0) / data.length).toBeCloseTo(mean, 9);
    const plain = trainTextRidge(data, false, { gradeTargets: CONVEX_GRADE_TARGETS, lambdas: [0.1] });
    expect(plain.state.selection.gradeTargets).toBeUndefined();
  });

  it('trains on a handful of ratings without failing', () => {
    const { state } = trainTextRidge(rows(3, 4), true);
    expect(Number.isFinite(predictTextRidge(state, rows(1, 5)[0]!.job, [0.5]))).toBe(true);
  });
});
