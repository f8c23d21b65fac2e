import { describe, expect, it } from 'vitest';
import { buildEmber, emberTitle, parsePythonStringList } from './ember.js';
import { expectWellFormed, hasData, realContext } from './test-helpers.js';

describe('parsePythonStringList', () => {
  it('reads both quote styles and Python escapes', () => {
    expect(parsePythonStringList(`['a', "b's", 'c\\nd', '\\x41\\u00e9']`)).toEqual(['a', "b's", 'c\nd', 'Aé']);
    expect(parsePythonStringList('[]')).toEqual([]);
    expect(() => parsePythonStringList("['open")).toThrow(/unterminated/);
    expect(() => parsePythonStringList('no list')).toThrow(/not a Python list/);
  });
});

describe('emberTitle', () => {
  it('takes the first line that is not a heading, cut to 10 words', () => {
    expect(emberTitle(['**Job Description**', '', 'Senior Data Engineer'])).toBe('Senior Data Engineer');
    expect(emberTitle(['one two three four five six seven eight nine ten eleven'])).toBe(
      'one two three four five six seven eight nine ten',
    );
    expect(emberTitle(['Overview:'])).toBe('Job posting');
  });
});

// Built from the real ember-profile-job-labels files in ../shared/data.
describe.skipIf(!hasData)('ember on the real data', () => {
  it('keeps the 48 labelled postings, saved as 2 and discarded as 0, none on both sides', () => {
    const set = buildEmber(realContext());
    expectWellFormed(set, { oneQuery: true });
    const { train, test } = set.splits;
    expect(train.qrels.length + test.qrels.length).toBe(48);
    expect([...train.qrels, ...test.qrels].filter((row) => row.grade === 2)).toHaveLength(11);
    const trainJobs = new Set(train.jobs.map((job) => job.id));
    expect(test.jobs.some((job) => trainJobs.has(job.id))).toBe(false);
    expect(train.resumes[0]?.text.length).toBeGreaterThan(1000);
  });
});
