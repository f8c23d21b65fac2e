// MemoryStore's methods refuse arguments of the wrong kind with a ValidationError naming them (round 17 of
// ADVERSARIAL.md); they were TypeErrors from inside: upsertJobs(undefined) "(reading 'map')", searchJobs(undefined)
// "(reading 'indexOf')", listResumes(null) "(reading 'limit')", addFeedback(undefined) "(reading 'id')",
// addMatches('s', undefined) "(reading 'map')", getEmbeddings(42) "keys.map is not a function".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/validation-error.js';
import { createMemoryStore } from './memory-store.js';

describe('MemoryStore methods: arguments of the wrong kind', () => {
  const store = createMemoryStore();
  const cases: Array<[() => Promise<unknown>, string]> = [
    [
      () => store.upsertJobs(undefined as never),
      'Invalid Store.upsertJobs: inputs: must be a list of jobs, got undefined',
    ],
    [() => store.upsertJobs({} as never), 'Invalid Store.upsertJobs: inputs: must be a list of jobs, got an object'],
    [() => store.searchJobs(undefined as never), 'Invalid Store.searchJobs: query: must be a string, got undefined'],
    [() => store.searchJobs('sql', null as never), 'Invalid Store.searchJobs: options: must be SearchOptions'],
    [
      () => store.listResumes(null as never),
      'Invalid Store: page: must be PageOptions ({ limit?, offset? }), got null',
    ],
    [() => store.listJobs(undefined, 'x' as never), 'Invalid Store: page: must be PageOptions'],
    [() => store.listMatches('s', 42 as never), 'Invalid Store: page: must be PageOptions'],
    [() => store.addFeedback(undefined as never), 'Invalid Store.addFeedback: input: must be a FeedbackInput'],
    [
      () => store.addMatches(42 as never, []),
      'Invalid Store.addMatches: subjectId: must be a string, got a number (42)',
    ],
    [() => store.addMatches('s', undefined as never), 'Invalid Store.addMatches: matches: must be a list of matches'],
    [() => store.getEmbeddings(42 as never), 'Invalid Store.getEmbeddings: keys: must be a list of keys'],
  ];
  for (const [call, message] of cases)
    it(message, async () => {
      await expect(call()).rejects.toThrow(ValidationError);
      await expect(call()).rejects.toThrow(message);
    });

  it('answers good calls as before', async () => {
    await store.upsertJobs([{ id: 'a', source: 'test', title: 'SQL analyst' }]);
    expect((await store.searchJobs('sql')).map((hit) => hit.job.id)).toEqual(['a']);
    expect(await store.listResumes()).toEqual([]);
    expect(await store.getEmbeddings(['k'])).toEqual([undefined]);
  });
});
