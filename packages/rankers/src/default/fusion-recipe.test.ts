import { parseJob, parseResume } from '@rolefit/core';
import { sampleJobs as sampleInputs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createFusionRanker } from '../fusion/index.js';
import {
  createDefaultRanker,
  DEFAULT_RANKER_CANDIDATES,
  DEFAULT_RANKER_CHOICE,
  defaultFusionMembers,
  defaultFusionRecipe,
} from './default-ranker.js';

const resume = parseResume(sampleResumes[0]);
const jobs = sampleInputs.map((job) => parseJob(job));
const now = () => new Date('2026-06-01T00:00:00Z');

describe('defaultFusionMembers and defaultFusionRecipe', () => {
  it('fused together score every job as createDefaultRanker does (the evaluation harness fits on them)', async () => {
    const members = defaultFusionMembers({ multiFactor: { now } });
    const fused = createFusionRanker({ rankers: members, ...defaultFusionRecipe() });
    const expected = await createDefaultRanker({ multiFactor: { now } }).rank({ resume }, jobs);
    const got = await fused.rank({ resume }, jobs);
    expect(got.map((match) => [match.jobId, match.score])).toEqual(expected.map((match) => [match.jobId, match.score]));
  });

  it('name only the members a recipe weighs, and give extra members their own weights', () => {
    const chosen = DEFAULT_RANKER_CANDIDATES[DEFAULT_RANKER_CHOICE]!;
    const bm25Only = { ...chosen, bm25: 1, multiFactor: 0, occupation: 0 };
    expect(defaultFusionMembers({}, bm25Only).map((ranker) => ranker.name)).toEqual(['bm25']);
    expect(defaultFusionRecipe(0, bm25Only).weights).toEqual([1]);
    const members = defaultFusionMembers();
    const recipe = defaultFusionRecipe(2);
    expect(recipe.weights).toHaveLength(members.length + 2);
    expect(recipe.weights?.every((weight) => weight > 0)).toBe(true);
  });
});
