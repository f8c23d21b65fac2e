import { parseJob, parseResume, type Ranker } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createDefaultRanker } from '../default/index.js';
import { createFusionRanker } from '../fusion/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import { createOccupationRanker } from '../occupation/index.js';
import { createPseudoRelevanceRanker } from '../pseudo-relevance/index.js';
import { orderMatches } from './ranking.js';

// Round 8 of ADVERSARIAL.md: a batch naming one id twice gave BM25, multi-factor and the occupation ranker a match for
// each (two matches with one jobId), while fusion kept the first; rank(query, null) was a TypeError in every ranker,
// and the occupation ranker ranked for a null query.
const jobs = sampleJobs.slice(0, 4).map((job) => parseJob(job));
const [first, second, third] = jobs as [(typeof jobs)[0], (typeof jobs)[0], (typeof jobs)[0]];
const query = { resume: parseResume(sampleResumes[1]!) };
const rankers: Array<[string, () => Ranker]> = [
  ['bm25', () => createBm25Ranker()],
  ['multi-factor', () => createMultiFactorRanker()],
  ['occupation', () => createOccupationRanker()],
  ['fusion', () => createFusionRanker({ rankers: [createBm25Ranker(), createOccupationRanker()] })],
  ['pseudo-relevance', () => createPseudoRelevanceRanker({ ranker: createBm25Ranker() })],
  ['default', () => createDefaultRanker()],
];

describe.each(rankers)('%s ranker: the arguments of rank', (_name, make) => {
  it('ranks jobs that share an id as one job, the first given', async () => {
    // The second job under the first one's id: the batch holds three jobs but two ids.
    const batch = [first, { ...second, id: first.id }, third];
    const matches = await make().rank(query, batch);
    expect(matches.map((match) => match.jobId).sort()).toEqual([first.id, third.id].sort());
    const alone = await make().rank(query, [first, third]);
    expect(matches.find((match) => match.jobId === first.id)?.matchedSkills).toEqual(
      alone.find((match) => match.jobId === first.id)?.matchedSkills,
    );
  });

  it('refuses jobs that are no list and a query that is no object with a ValidationError naming them', async () => {
    for (const bad of [null, undefined, 'jobs', { length: 1 }])
      await expect(make().rank(query, bad as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'jobs' });
    for (const bad of [null, 'Python'])
      await expect(make().rank(bad as never, jobs)).rejects.toMatchObject({ name: 'ValidationError', field: 'query' });
  });

  it('refuses a query whose text, resume or profile is of the wrong kind, naming the field', async () => {
    // From JavaScript these were TypeErrors from inside ("part.trim is not a function", "resume.skills.join is not a
    // function", "entry.start.getTime is not a function").
    const cases: Array<[unknown, string]> = [
      [{ text: 42 }, 'query.text'],
      [{ text: 'x'.repeat(1_000_001) }, 'query.text'],
      [{ resume: { ...query.resume, skills: 'SQL' } }, 'query.resume.skills'],
      [
        { resume: { ...query.resume, experience: [{ title: 'Cook', start: '2020-01' }] } },
        'query.resume.experience.0.start',
      ],
      [{ profile: { desiredTitles: 'Cook' } }, 'query.profile.desiredTitles'],
    ];
    for (const [bad, field] of cases)
      await expect(make().rank(bad as never, jobs)).rejects.toMatchObject({ name: 'ValidationError', field });
  });

  it('refuses options that are no object and a signal that is no AbortSignal, naming them', async () => {
    // Round 8's leftovers: rank(query, jobs, null) was a TypeError ("reading 'signal'") and a signal of 42 one too
    // ("throwIfAborted is not a function").
    for (const bad of [null, 42, 'fast', []])
      await expect(make().rank(query, jobs, bad as never)).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'options',
      });
    for (const bad of [null, 42, {}])
      await expect(make().rank(query, jobs, { signal: bad as never })).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'signal',
      });
    const controller = new AbortController();
    expect(await make().rank(query, jobs, { signal: controller.signal, limit: 2 })).toHaveLength(2);
    controller.abort();
    await expect(make().rank(query, jobs, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('orderMatches', () => {
  it('keeps the first match of each job id, then sorts and cuts', () => {
    const match = (jobId: string, score: number) => ({
      jobId,
      score,
      breakdown: {},
      matchedSkills: [],
      missingSkills: [],
      ranker: 't',
      explanation: '',
    });
    const ordered = orderMatches([match('a', 0.1), match('b', 0.5), match('a', 0.9), match('c', 0.3)], { limit: 2 });
    expect(ordered.map((item) => [item.jobId, item.score])).toEqual([
      ['b', 0.5],
      ['c', 0.3],
    ]);
  });
});
