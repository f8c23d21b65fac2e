import { describe, expect, it } from 'vitest';
import { NOW, allJobs, backendProfile, javascriptResume, nurseResume, plainTextResume } from '../testing/fixtures.js';
import { MULTI_FACTOR_CANDIDATES, MULTI_FACTOR_CHOICE, SHIPPED_MULTI_FACTOR_SETTINGS } from './candidates.js';
import { createMultiFactorRanker, DEFAULT_RELATED_SKILL_CREDIT } from './multi-factor-ranker.js';
import { DEFAULT_MULTI_FACTOR_WEIGHTS } from './weights.js';

describe('MULTI_FACTOR_CHOICE', () => {
  it('names a candidate, and the shipped settings are that candidate', () => {
    expect(Object.keys(MULTI_FACTOR_CANDIDATES)).toContain(MULTI_FACTOR_CHOICE);
    expect(SHIPPED_MULTI_FACTOR_SETTINGS).toBe(MULTI_FACTOR_CANDIDATES[MULTI_FACTOR_CHOICE]);
    expect(DEFAULT_RELATED_SKILL_CREDIT).toBe(SHIPPED_MULTI_FACTOR_SETTINGS.relatedSkillCredit);
    expect(DEFAULT_MULTI_FACTOR_WEIGHTS).toMatchObject(SHIPPED_MULTI_FACTOR_SETTINGS.weights!);
  });

  it('is what multi-factor does without settings: same scores and breakdowns as the candidate spelled out', async () => {
    const people = [
      { resume: javascriptResume },
      { resume: nurseResume },
      { resume: plainTextResume },
      { profile: backendProfile },
    ];
    const byDefault = createMultiFactorRanker({ now: () => NOW });
    const spelledOut = createMultiFactorRanker({ now: () => NOW, ...MULTI_FACTOR_CANDIDATES[MULTI_FACTOR_CHOICE] });
    for (const person of people) {
      const expected = await spelledOut.rank(person, allJobs);
      const actual = await byDefault.rank(person, allJobs);
      expect(actual.map(({ jobId, score, breakdown }) => ({ jobId, score, breakdown }))).toEqual(
        expected.map(({ jobId, score, breakdown }) => ({ jobId, score, breakdown })),
      );
    }
  });

  it('differs from the other candidates on the sample jobs (the comparison above can fail)', async () => {
    const person = { resume: javascriptResume };
    const scores = async (settings: object) =>
      (await createMultiFactorRanker({ now: () => NOW, ...settings }).rank(person, allJobs)).map(
        (match) => `${match.jobId} ${match.score}`,
      );
    const shipped = await scores({});
    let differing = 0;
    for (const [name, candidate] of Object.entries(MULTI_FACTOR_CANDIDATES))
      if (name !== MULTI_FACTOR_CHOICE && JSON.stringify(await scores(candidate)) !== JSON.stringify(shipped))
        differing++;
    expect(differing).toBe(Object.keys(MULTI_FACTOR_CANDIDATES).length - 1);
  });
});
