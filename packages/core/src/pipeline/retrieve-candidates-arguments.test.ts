// retrieveCandidates and core's other entry points refuse a data argument of the wrong shape with a ValidationError
// naming it; before, `retrieveCandidates(null)` was "Cannot destructure property 'store' of 'request' as it is null"
// and `reciprocalRankFusion(null)` "Cannot read properties of null (reading 'forEach')".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { extractSkills } from '../skills/index.js';
import { reciprocalRankFusion } from '../fusion/index.js';
import { profileToJobFilter } from '../filter/index.js';
import { summarizeMatch } from '../notifiers/index.js';
import { parseJob } from '../schemas/index.js';
import { sampleJobs } from '../samples/index.js';
import { createMemoryStore } from '../store/index.js';
import { retrieveCandidates } from './index.js';

const request = (over: Record<string, unknown>) =>
  ({ store: createMemoryStore(), query: { text: 'sql' }, filter: {}, ...over }) as never;

describe('a data argument of the wrong shape', () => {
  it('retrieveCandidates: a ValidationError naming the request field', async () => {
    await expect(retrieveCandidates(null as never)).rejects.toThrow(
      'Invalid RetrieveCandidatesRequest: (root): must be a settings object, got null',
    );
    await expect(retrieveCandidates(request({ store: {} }))).rejects.toThrow('store: must be a Store');
    await expect(retrieveCandidates(request({ query: 'sql' }))).rejects.toThrow('query: must be a RankQuery');
    await expect(retrieveCandidates(request({ exclude: ['a'] }))).rejects.toThrow('exclude: must be a Set');
    await expect(retrieveCandidates(request({ stores: 1 }))).rejects.toThrow("unknown key 'stores'");
    await expect(retrieveCandidates(request({}))).resolves.toMatchObject({ jobs: [] });
  });

  it('the text readers, fusion, summaries and filters', () => {
    expect(() => extractSkills(null as never)).toThrow('Invalid extractSkills: text: must be a string, got null');
    expect(() => extractSkills({ length: Object.create(null) } as never)).toThrow(ValidationError);
    expect(() => reciprocalRankFusion(null as never)).toThrow('Invalid reciprocalRankFusion: lists: must be');
    expect(() => reciprocalRankFusion(['ab'] as never)).toThrow('lists.0: must be a list of ids, got a string');
    const job = parseJob(sampleJobs[0]!);
    expect(() => summarizeMatch(job, undefined as never)).toThrow('Invalid summarizeMatch: match: must be a Match');
    expect(() => profileToJobFilter(null as never)).toThrow('Invalid profileToJobFilter: profile');
    expect(profileToJobFilter({ locations: ['Berlin'] } as never)).toEqual({ locations: ['Berlin'] });
  });
});
