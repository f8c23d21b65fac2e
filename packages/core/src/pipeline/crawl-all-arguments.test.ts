// crawlAll, createKeywordMatcher and blacklistReason refuse arguments of the wrong kind with a ValidationError naming
// them (round 17 of ADVERSARIAL.md); they were TypeErrors from inside: crawlAll(null) "Cannot destructure property
// 'crawlers'", crawlAll({}) "crawlers is not iterable", createKeywordMatcher(42) "keywords.map is not a function".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseJob } from '../schemas/index.js';
import { blacklistReason, crawlAll, createKeywordMatcher } from './crawl-all.js';

const job = parseJob({ id: 'a', source: 'test', title: 'Java developer', company: 'Acme', description: 'Java' });
const crawler = { name: 'one', async *crawl() {} };

const refusals: Array<[string, () => unknown, string]> = [
  ['crawlAll', () => crawlAll(null as never), 'Invalid crawlAll: options: must be CrawlAllOptions'],
  [
    'crawlAll',
    () => crawlAll({} as never),
    'Invalid CrawlAllOptions: crawlers: must be a list of Crawlers, got undefined',
  ],
  ['crawlAll', () => crawlAll({ crawlers: 'x' } as never), 'crawlers: must be a list of Crawlers, got a string'],
  ['crawlAll', () => crawlAll({ crawlers: [crawler, {}] } as never), 'crawlers.1: must be a Crawler'],
  ['crawlAll', () => crawlAll({ crawlers: [crawler], blacklist: 42 } as never), 'blacklist: must be a CrawlBlacklist'],
  [
    'crawlAll',
    () => crawlAll({ crawlers: [crawler], blacklist: { keywords: 'java' } } as never),
    'blacklist.keywords: must be a list of strings, got a string',
  ],
  [
    'crawlAll',
    () => crawlAll({ crawlers: [crawler], blacklist: { keywords: ['java', 7] } } as never),
    'keywords.1: must be a string, got a number (7)',
  ],
  ['crawlAll', () => crawlAll({ crawlers: [crawler], onProgress: 'log' } as never), 'onProgress: must be a function'],
  [
    'createKeywordMatcher',
    () => createKeywordMatcher(42 as never),
    'keywords: must be a list of strings, got a number',
  ],
  ['createKeywordMatcher', () => createKeywordMatcher(null as never), 'keywords: must be a list of strings, got null'],
  ['createKeywordMatcher', () => createKeywordMatcher(['a', null] as never), 'keywords.1: must be a string, got null'],
  [
    'blacklistReason',
    () => blacklistReason(null as never, {}),
    'Invalid blacklistReason: job: must be a Job, got null',
  ],
  ['blacklistReason', () => blacklistReason(job, undefined as never), 'blacklist: must be a CrawlBlacklist'],
  [
    'blacklistReason',
    () => blacklistReason(job, { companies: 'Acme' } as never),
    'blacklist.companies: must be a list',
  ],
  ['blacklistReason', () => blacklistReason(job, {}, 'java' as never), 'matchKeyword: must be a function'],
];

describe('arguments of the wrong kind', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(message);
    });

  it('still reads good ones', async () => {
    expect(blacklistReason(job, { keywords: ['java'] })).toEqual({ reason: 'keyword', match: 'java' });
    expect(blacklistReason(job, { companies: ['ACME'] })).toEqual({ reason: 'company', match: 'Acme' });
    expect(blacklistReason(job, { companies: null, keywords: null } as never)).toBeUndefined();
    const run = crawlAll({ crawlers: [crawler], blacklist: { keywords: ['java'] } });
    for await (const _ of run) throw new Error('no jobs expected');
    await expect(run.summary).resolves.toMatchObject({ total: 0 });
  });
});
