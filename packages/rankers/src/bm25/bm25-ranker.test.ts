import { parseJob, parseMatch, parseResume, ValidationError, type Job } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  allJobs,
  dataAnalystJob,
  frontendJob,
  javaJob,
  javascriptResume,
  nodeBackendJob,
  nurseResume,
  nursingJob,
  plainTextResume,
  skillListOnlyJob,
  rankOf,
  rankedIds,
  testTaxonomy,
} from '../testing/fixtures.js';
import { createBm25Ranker } from './index.js';

const ids = rankedIds;
const position = rankOf;

describe('createBm25Ranker', () => {
  it('ranks a Node.js backend job above nursing and Java jobs for a JavaScript resume', async () => {
    const matches = await createBm25Ranker().rank({ resume: javascriptResume }, allJobs);
    expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, nursingJob));
    expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, javaJob));
    expect(matches[0]?.jobId).toBe(nodeBackendJob.id);
  });

  it('ranks the nursing job first for a nurse', async () => {
    const matches = await createBm25Ranker().rank({ resume: nurseResume }, allJobs);
    expect(matches[0]?.jobId).toBe(nursingJob.id);
  });

  it('returns one valid Match per job, scores in [0, 1], best first', async () => {
    const matches = await createBm25Ranker().rank({ resume: javascriptResume }, allJobs);
    expect(matches).toHaveLength(allJobs.length);
    expect(new Set(ids(matches))).toEqual(new Set(allJobs.map((job) => job.id)));
    for (const match of matches) {
      expect(parseMatch(match)).toEqual(match);
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(Object.keys(match.breakdown)).toEqual(['bm25']);
      expect(match.breakdown.bm25).toBe(match.score);
      expect(match.ranker).toBe('bm25');
    }
    for (let index = 1; index < matches.length; index++)
      expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
  });

  it('does not give a poor best match a perfect score', async () => {
    const matches = await createBm25Ranker().rank({ resume: nurseResume }, [javaJob, frontendJob]);
    for (const match of matches) expect(match.score).toBeLessThan(0.5);
  });

  it('gives the same order whatever the input order, with ties broken by job id', async () => {
    const twin = (id: string): Job => ({ ...skillListOnlyJob, id });
    const jobs = [...allJobs, twin('z-twin'), twin('a-twin')];
    const ranker = createBm25Ranker();
    const forward = await ranker.rank({ resume: javascriptResume }, jobs);
    const backward = await ranker.rank({ resume: javascriptResume }, [...jobs].reverse());
    expect(backward).toEqual(forward);
    const twins = forward.filter((match) => match.jobId.endsWith('twin') || match.jobId === skillListOnlyJob.id);
    expect(new Set(twins.map((match) => match.score)).size).toBe(1);
    expect(twins.map((match) => match.jobId)).toEqual(['a-twin', skillListOnlyJob.id, 'z-twin']);
  });

  it('honours limit and keeps the best', async () => {
    const ranker = createBm25Ranker();
    const all = await ranker.rank({ resume: javascriptResume }, allJobs);
    const top = await ranker.rank({ resume: javascriptResume }, allJobs, { limit: 2 });
    expect(top).toEqual(all.slice(0, 2));
    expect(await ranker.rank({ resume: javascriptResume }, allJobs, { limit: 0 })).toEqual([]);
    await expect(ranker.rank({ resume: javascriptResume }, allJobs, { limit: -1 })).rejects.toThrow(ValidationError);
    // null and a numeric string passed `>= 0` before: no matches, or the limit taken as a string.
    for (const limit of [null, '3'] as unknown as number[])
      await expect(ranker.rank({ resume: javascriptResume }, allJobs, { limit })).rejects.toThrow(
        /RankOptions: limit: must be a number ≥ 0/,
      );
  });

  it('works on a resume that has only plain text', async () => {
    const matches = await createBm25Ranker().rank({ resume: plainTextResume }, allJobs);
    const best = matches[0];
    expect([nodeBackendJob.id, skillListOnlyJob.id]).toContain(best?.jobId);
    expect(best?.score).toBeGreaterThan(0);
    expect(position(matches, nodeBackendJob)).toBeLessThan(position(matches, nursingJob));
  });

  it('works on free query text alone', async () => {
    const matches = await createBm25Ranker().rank({ text: 'data analyst SQL Tableau dashboards' }, allJobs);
    expect(matches[0]?.jobId).toBe(dataAnalystJob.id);
  });

  it('scores a job that carries only a skill list and reports its matched skills', async () => {
    const matches = await createBm25Ranker({ taxonomy: testTaxonomy }).rank({ resume: javascriptResume }, allJobs);
    const match = matches.find((candidate) => candidate.jobId === skillListOnlyJob.id);
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.matchedSkills).toEqual(['Node.js', 'Express']);
    expect(match?.missingSkills).toEqual(['MongoDB']);
    expect(match?.explanation).toMatch(/^(Strong|Some) keyword overlap; matches 2 of 3 skills \(missing MongoDB\)$/);
    expect(match?.score).toBeGreaterThan(matches.find((candidate) => candidate.jobId === nursingJob.id)!.score);
  });

  it('reports job skills in canonical spelling, matched through the taxonomy', async () => {
    const job = parseJob({ id: 'x:1', source: 'test', title: 'Engineer', skills: ['nodejs', 'Postgres', 'Golang'] });
    const [match] = await createBm25Ranker({ taxonomy: testTaxonomy }).rank({ resume: javascriptResume }, [job]);
    expect(match?.matchedSkills).toEqual(['Node.js', 'PostgreSQL']);
    expect(match?.missingSkills).toEqual(['Go']);
  });

  it('scores a job higher the more of the query it holds', async () => {
    const withSkills = (id: string, skills: string[]) => parseJob({ id, source: 'test', title: 'Engineer', skills });
    const jobs = [
      withSkills('one', ['Node.js', 'Java']),
      withSkills('two', ['Node.js', 'TypeScript']),
      withSkills('four', ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker']),
      withSkills('none', ['Java']),
    ];
    const matches = await createBm25Ranker().rank({ text: 'Node.js TypeScript PostgreSQL Docker Kubernetes' }, jobs);
    expect(ids(matches)).toEqual(['four', 'two', 'one', 'none']);
    expect(matches.at(-1)?.score).toBe(0);
  });

  it('scores a job that holds all of a short query near 1, and part of it lower', async () => {
    const matches = await createBm25Ranker().rank({ text: 'Tableau dashboards' }, allJobs);
    expect(matches[0]?.jobId).toBe(dataAnalystJob.id);
    expect(matches[0]?.score).toBeGreaterThan(0.8);
    expect(matches[1]?.score).toBe(0);
  });

  it('scores every job 0 when there is nothing to match on, ordered by id', async () => {
    const matches = await createBm25Ranker().rank({}, allJobs);
    expect(matches.every((match) => match.score === 0)).toBe(true);
    expect(ids(matches)).toEqual(allJobs.map((job) => job.id).sort());
  });

  it('uses the configured name and rejects bad settings', async () => {
    const ranker = createBm25Ranker({ name: 'keywords', k1: 1.5, b: 0.5, fieldWeights: { title: 5 } });
    expect(ranker.name).toBe('keywords');
    const [match] = await ranker.rank({ resume: javascriptResume }, [nodeBackendJob]);
    expect(match?.ranker).toBe('keywords');
    expect(() => createBm25Ranker({ b: 2 })).toThrow(ValidationError);
    expect(() => createBm25Ranker({ halfScoreCoverage: 0.5 })).toThrow(ValidationError);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createBm25Ranker().rank({ resume: javascriptResume }, allJobs, { signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('handles an empty job list', async () => {
    expect(await createBm25Ranker().rank({ resume: parseResume({ id: 'r', text: 'anything' }) }, [])).toEqual([]);
  });
});
