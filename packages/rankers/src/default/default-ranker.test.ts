import { parseJob, parseResume } from '@rolefit/core';
import { sampleJobs as sampleInputs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createMultiFactorRanker, MULTI_FACTOR_CANDIDATES } from '../multi-factor/index.js';
import {
  createDefaultRanker,
  createRankerFromRecipe,
  DEFAULT_RANKER_CANDIDATES,
  DEFAULT_RANKER_CHOICE,
  defaultRankerCandidates,
  multiFactorAblations,
  multiFactorCandidates,
} from './default-ranker.js';

const resume = parseResume(sampleResumes[0]);
const sampleJobs = sampleInputs.map((job) => parseJob(job));
const now = () => new Date('2026-06-01T00:00:00Z');

describe('createDefaultRanker', () => {
  it('is the chosen candidate: its members fused, every job scored in [0, 1] with each member in the breakdown', async () => {
    expect(DEFAULT_RANKER_CANDIDATES[DEFAULT_RANKER_CHOICE]).toBeDefined();
    const ranker = createDefaultRanker({ multiFactor: { now } });
    expect(ranker.name).toBe('fusion');
    const matches = await ranker.rank({ resume }, sampleJobs);
    expect(matches).toHaveLength(sampleJobs.length);
    for (const match of matches) {
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
      const recipe = DEFAULT_RANKER_CANDIDATES[DEFAULT_RANKER_CHOICE]!;
      const members = [
        ...(recipe.bm25 > 0 ? ['bm25'] : []),
        ...(recipe.multiFactor > 0 ? ['multi-factor'] : []),
        ...((recipe.occupation ?? 0) > 0 ? ['occupation'] : []),
      ];
      expect(Object.keys(match.breakdown)).toEqual(expect.arrayContaining(members));
      expect(match.ranker).toBe('fusion');
    }
    expect(matches.map((match) => match.score)).toEqual(
      [...matches.map((match) => match.score)].sort((left, right) => right - left),
    );
  });

  it('ranks like its single member when the recipe has one and no expansion step', async () => {
    const onlyBm25 = createRankerFromRecipe(
      { bm25: 1, multiFactor: 0, method: 'rrf', pseudoRelevance: false },
      { name: 'only' },
    );
    const mine = await onlyBm25.rank({ resume }, sampleJobs);
    const plain = await createBm25Ranker().rank({ resume }, sampleJobs);
    expect(mine.map((match) => match.jobId)).toEqual(plain.map((match) => match.jobId));
    expect(mine.every((match) => match.ranker === 'only')).toBe(true);
    const onlyMultiFactor = createRankerFromRecipe(
      { bm25: 0, multiFactor: 1, method: 'rrf', pseudoRelevance: false },
      { multiFactor: { now } },
    );
    const multiFactor = await createMultiFactorRanker({ now }).rank({ resume }, sampleJobs);
    expect((await onlyMultiFactor.rank({ resume }, sampleJobs)).map((match) => match.jobId)).toEqual(
      multiFactor.map((match) => match.jobId),
    );
  });

  it('behaves on batches from 2 to 10,000 jobs: same order as both members where they agree, scores in [0, 1]', async () => {
    const ranker = createDefaultRanker({ multiFactor: { now } });
    const nurse = parseResume({
      id: 'nurse',
      text: 'Registered nurse, ICU, patient care, medication administration, BLS',
    });
    const ward = parseJob({
      id: 'ward',
      source: 's',
      title: 'Registered Nurse',
      description: 'ICU patient care and medication administration; BLS required',
    });
    const truck = parseJob({
      id: 'truck',
      source: 's',
      title: 'Truck Driver',
      description: 'Long haul routes, CDL required',
    });
    for (const jobs of [
      [ward, truck],
      [truck, ward],
    ])
      expect((await ranker.rank({ resume: nurse }, jobs)).map((match) => match.jobId)).toEqual(['ward', 'truck']);
    const five = [
      truck,
      ward,
      ...['Warehouse operative', 'Line cook', 'Cashier'].map((title, index) =>
        parseJob({ id: `other-${index}`, source: 's', title, description: `${title} shifts` }),
      ),
    ];
    expect((await ranker.rank({ resume: nurse }, five))[0]!.jobId).toBe('ward');
    const many = Array.from({ length: 10_000 }, (_, index) =>
      parseJob({
        id: `job-${index}`,
        source: 's',
        title: index % 97 === 0 ? 'ICU Registered Nurse' : `Operative ${index % 50}`,
        description: index % 97 === 0 ? 'patient care, BLS' : 'warehouse picking and packing',
      }),
    );
    const matches = await ranker.rank({ resume: nurse }, many, { limit: 50 });
    expect(matches).toHaveLength(50);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(0);
    // Every nursing job (one in 97) ranks above every warehouse job.
    expect(matches.slice(0, Math.ceil(10_000 / 97)).every((match) => Number(match.jobId.slice(4)) % 97 === 0)).toBe(
      true,
    );
  }, 120_000);

  it('keeps its fused order on batches of 2 and 3 jobs, where the expansion step would have one best job', async () => {
    // Every sample resume against consecutive runs of the sample postings (62 invented postings, core's samples).
    const recipe = DEFAULT_RANKER_CANDIDATES[DEFAULT_RANKER_CHOICE]!;
    expect(recipe.pseudoRelevance).not.toBe(false);
    const ranker = createDefaultRanker({ multiFactor: { now } });
    const withoutStep = createRankerFromRecipe({ ...recipe, pseudoRelevance: false }, { multiFactor: { now } });
    let compared = 0;
    for (const input of sampleResumes) {
      const person = parseResume(input);
      for (const size of [2, 3])
        for (let start = 0; start + size <= sampleJobs.length; start += size) {
          const batch = sampleJobs.slice(start, start + size);
          const order = async (chosen: typeof ranker) =>
            (await chosen.rank({ resume: person }, batch)).map((match) => match.jobId);
          expect(await order(ranker)).toEqual(await order(withoutStep));
          compared += 1;
        }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it('refuses a recipe with no member', () => {
    expect(() => createRankerFromRecipe({ bm25: 0, multiFactor: 0, method: 'rrf', pseudoRelevance: false })).toThrow(
      /needs bm25, multiFactor or occupation/,
    );
  });

  it('builds every candidate of both families, each ranking the samples under its own name', async () => {
    const families = [
      defaultRankerCandidates({ multiFactor: { now } }),
      multiFactorCandidates({ now }),
      multiFactorAblations({ now }),
    ];
    expect(Object.keys(families[0]!)).toEqual(Object.keys(DEFAULT_RANKER_CANDIDATES));
    expect(Object.keys(families[1]!)).toEqual(Object.keys(MULTI_FACTOR_CANDIDATES));
    for (const family of families) {
      for (const [name, create] of Object.entries(family)) {
        const ranker = create();
        const matches = await ranker.rank({ resume }, sampleJobs.slice(0, 12));
        expect(matches, name).toHaveLength(12);
      }
    }
  });
});

describe('ranker settings typed by hand', () => {
  it('refuse an unknown (mistyped) key, naming it and the nearest known one', async () => {
    const { ValidationError } = await import('@rolefit/core');
    const { createFusionRanker } = await import('../fusion/index.js');
    const { createOccupationRanker } = await import('../occupation/index.js');
    const { createPseudoRelevanceRanker } = await import('../pseudo-relevance/index.js');
    const cases: Array<[() => unknown, RegExp]> = [
      [() => createMultiFactorRanker({ weigths: { skills: 1 } } as never), /weigths.*weights/],
      [() => createBm25Ranker({ fieldWeight: { title: 2 } } as never), /fieldWeight.*fieldWeights/],
      [() => createFusionRanker({ rankers: [createBm25Ranker()], methd: 'rrf' } as never), /methd.*method/],
      [() => createDefaultRanker({ multifactor: {} } as never), /multifactor.*multiFactor/],
      [() => createOccupationRanker({ relatedCredits: 0.5 } as never), /relatedCredits.*relatedCredit/],
      [() => createPseudoRelevanceRanker({ ranker: createBm25Ranker(), dpeth: 3 } as never), /dpeth.*depth/],
    ];
    for (const [create, message] of cases) {
      let caught: unknown;
      try {
        create();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as Error).message).toMatch(message);
    }
  });
});
