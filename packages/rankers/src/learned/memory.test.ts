import { ValidationError, parseJob } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainDesirabilityModel, type JobRating } from './desirability.js';
import { loadFeedbackClassifier } from './feedback-classifier.js';
import { scorePredictions } from './ridge.js';
import { blendWithMemory, memoryPrediction, neighbourMean, rankAmong } from './memory.js';
import { predictTextRidge, spaceTerms, trainTextRidge, type TextRidgeRow } from './text-ridge.js';
import { tfidfVector } from './tfidf.js';

describe('memory: neighbours and ranks', () => {
  it('the neighbour mean weighs the k most similar by their similarity', () => {
    // The three most similar (0.9, 0.6, 0.3) with targets 1, 0, 1: (0.9 + 0.3) / 1.8.
    expect(neighbourMean([0.3, 0.9, 0.1, 0.6], [1, 1, 0, 0], 3, 0.5)).toBeCloseTo(1.2 / 1.8, 12);
    expect(neighbourMean([0.3, 0.9, 0.1, 0.6], [1, 1, 0, 0], 1, 0.5)).toBe(1);
    // Nothing similar: the fallback.
    expect(neighbourMean([0, 0], [1, 0], 2, 0.25)).toBe(0.25);
  });

  it('a rank among reference values is strictly increasing in (0, 1) and interpolates', () => {
    const sorted = [0.1, 0.2, 0.2, 0.5];
    const values = Array.from({ length: 81 }, (_unused, index) => -1 + index * 0.025);
    const ranks = values.map((value) => rankAmong(sorted, value));
    ranks.forEach((rank, index) => {
      expect(rank).toBeGreaterThan(0);
      expect(rank).toBeLessThan(1);
      if (index > 0) expect(rank).toBeGreaterThanOrEqual(ranks[index - 1]!);
    });
    // Halfway between the third (0.2, at 2.5 / 4) and the fourth (0.5, at 3.5 / 4).
    expect(rankAmong(sorted, 0.35)).toBeCloseTo(3 / 4, 12);
    expect(rankAmong(sorted, 0.9)).toBeGreaterThan(rankAmong(sorted, 0.6));
  });
});

/**
 * Jobs whose grade is an exclusive or of two word choices ("alpha" or "apple", "bravo" or "berry"): 3 when both
 * choices are the first or both the second, 0 otherwise. No weight per word can say that; the nearest rated jobs can.
 */
function xorRows(count: number, seed: number): TextRidgeRow[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_unused, index) => {
    const first = index % 2 === 0;
    const second = Math.floor(index / 2) % 2 === 0;
    const noise = Array.from({ length: 3 }, () => `n${Math.floor(random() * 100)}`).join(' ');
    const words = `${first ? 'alpha' : 'apple'} ${second ? 'bravo' : 'berry'}`;
    const description = `${words} ${words} ${words} ${noise}`;
    const grade = first === second ? 3 : 0;
    const job = parseJob({ id: `x${seed}-${index}`, source: 'test', title: 'Role', description });
    return { job, dense: [random()], target: grade / 3, grade };
  });
}

/** Pairwise AUC of scores over the rows' grades. */
const auc = (rows: readonly TextRidgeRow[], scores: readonly number[]) =>
  scorePredictions(
    scores,
    rows.map((row) => row.grade),
    rows.map((row) => row.target),
  ).auc;

describe('text ridge with a memory', () => {
  const settings = { objective: 'pairwise' as const, lambdas: [0.1, 1] };

  it('the CV blends in the nearest rated jobs where the ridge cannot separate the grades', () => {
    const train = xorRows(80, 1);
    const test = xorRows(40, 2);
    const plain = trainTextRidge(train, true, settings).state;
    const fit = trainTextRidge(train, true, { ...settings, memory: { k: [3, 5], weights: [0.5, 1] } });
    const memory = fit.state.memory!;
    expect(memory.weight).toBeGreaterThan(0);
    expect([3, 5]).toContain(memory.k);
    expect(memory.vectors).toHaveLength(80);
    expect(fit.outOfFold.every(Number.isFinite)).toBe(true);
    const score = (state: typeof plain) => test.map((row) => predictTextRidge(state, row.job, row.dense));
    expect(auc(test, score(plain))).toBeLessThan(0.75);
    expect(auc(test, score(fit.state))).toBeGreaterThan(0.9);
    // A prediction is the ridge's output blended with the memory's mean of the neighbours' targets.
    const job = test[0]!.job;
    const ridge = predictTextRidge({ ...fit.state, memory: undefined }, job, test[0]!.dense);
    const vector = tfidfVector(memory.vocabulary, spaceTerms(job, memory.space, memory.bigrams));
    expect(predictTextRidge(fit.state, job, test[0]!.dense)).toBeCloseTo(
      blendWithMemory(memory, ridge, memoryPrediction(memory, vector)),
      12,
    );
    // Deterministic; the rank blend and the lead space are chosen the same way.
    expect(trainTextRidge(train, true, { ...settings, memory: { k: [3, 5], weights: [0.5, 1] } }).state).toEqual(
      fit.state,
    );
    const ranked = trainTextRidge(train, true, {
      ...settings,
      memory: { k: [3], weights: [1], blend: 'rank', space: 'auto' },
    });
    expect(ranked.state.memory!.blend).toBe('rank');
    expect(ranked.state.memory!.memoryReference).toHaveLength(80);
    expect(auc(test, score(ranked.state))).toBeGreaterThan(0.9);
  });

  it('a kernel-ridge memory (Gaussian kernel of the cosine) learns what the linear ridge cannot, and saves as version 6', async () => {
    const train = xorRows(80, 1);
    const test = xorRows(40, 2);
    const plain = trainTextRidge(train, true, settings).state;
    const fit = trainTextRidge(train, true, { ...settings, memory: { model: 'kernel', weights: [0.5, 1] } });
    const memory = fit.state.memory!;
    expect(memory.kernel).toBeDefined();
    expect([1, 3, 10]).toContain(memory.kernel!.gamma);
    expect(memory.weight).toBeGreaterThan(0);
    expect(memory.kernel!.alpha).toHaveLength(80);
    const score = (state: typeof plain) => test.map((row) => predictTextRidge(state, row.job, row.dense));
    expect(auc(test, score(plain))).toBeLessThan(0.75);
    expect(auc(test, score(fit.state))).toBeGreaterThan(0.9);
    const ratings: JobRating[] = train.slice(0, 40).map((row) => ({ job: row.job, rating: row.grade as 0 | 3 }));
    const model = await trainDesirabilityModel(ratings, { text: { memory: { model: 'kernel', weights: [1] } } });
    expect(model.model.version).toBe(6);
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-memory-'));
    try {
      const path = join(directory, 'taste.json');
      await model.save(path);
      const loaded = await loadFeedbackClassifier(path);
      const jobs = test.slice(0, 8).map((row) => row.job);
      expect(await loaded.score({}, jobs)).toEqual(await model.score({}, jobs));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('refuses unknown memory keys, neighbour counts below 1, weights outside [0, 1] and unknown spaces', () => {
    const train = xorRows(12, 3);
    for (const memory of [
      { neighbours: [3] },
      { k: [0] },
      { k: [2.5] },
      { k: [] },
      { weights: [1.5] },
      { space: 'title' },
      { blend: 'mean' },
      { model: 'forest' },
      { model: 'kernel', gammas: [0] },
      { model: 'kernel', gammas: [] },
      { model: 'kernel', blend: 'rank' },
    ])
      expect(() => trainTextRidge(train, true, { memory } as never)).toThrow(ValidationError);
  });

  it('a desirability model with a memory saves as version 5 and loads back with the same scores', async () => {
    const ratings: JobRating[] = xorRows(40, 4).map((row) => ({ job: row.job, rating: row.grade as 0 | 3 }));
    const model = await trainDesirabilityModel(ratings, { text: { memory: { k: [3], weights: [1] } } });
    expect(model.model.version).toBe(5);
    expect(model.model.ridge!.memory!.weight).toBe(1);
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-memory-'));
    try {
      const path = join(directory, 'taste.json');
      await model.save(path);
      expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(5);
      const loaded = await loadFeedbackClassifier(path);
      const jobs = xorRows(8, 5).map((row) => row.job);
      expect(await loaded.score({}, jobs)).toEqual(await model.score({}, jobs));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
    // Without a memory the format stays version 4.
    expect((await trainDesirabilityModel(ratings)).model.version).toBe(4);
    await expect(trainDesirabilityModel(ratings, { text: { memory: { k: [0] } } })).rejects.toThrow(ValidationError);
  });
});
