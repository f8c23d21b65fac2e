import { describe, expect, it } from 'vitest';
import { clean, random, seedFor, shuffle, splitByItem, splitByQuery } from './context.js';
import type { DevSetData } from './types.js';

const job = (id: string) => ({ id, source: 'test', title: id, description: '' });

describe('dev-set helpers', () => {
  it('gives each purpose its own fixed seed, and shuffles a copy reproducibly', () => {
    expect(seedFor('ember')).toBe(seedFor('ember'));
    expect(seedFor('ember')).not.toBe(seedFor('job-views'));
    const items = [1, 2, 3, 4, 5, 6];
    expect(shuffle(items, random(7))).toEqual(shuffle(items, random(7)));
    expect([...shuffle(items, random(7))].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('cleans a source cell to one line, with "NA" and missing values as empty', () => {
    expect(clean('  a \n b\t')).toBe('a b');
    expect(clean('NA')).toBe('');
    expect(clean(undefined)).toBe('');
    expect(clean(12)).toBe('12');
  });

  it('splits by query: every query on one side, half (rounded up) in train, only the judged jobs kept', () => {
    const all: DevSetData = {
      jobs: ['x', 'y', 'z'].map(job),
      resumes: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
      qrels: [
        { resumeId: 'a', jobId: 'x', grade: 1 },
        { resumeId: 'b', jobId: 'y', grade: 2 },
        { resumeId: 'c', jobId: 'z', grade: 3 },
        { resumeId: 'c', jobId: 'x', grade: 0 },
      ],
    };
    const { train, test } = splitByQuery(all, 'test-set');
    expect(train.resumes).toHaveLength(2);
    expect(test.resumes).toHaveLength(1);
    expect(train.qrels.length + test.qrels.length).toBe(4);
    for (const split of [train, test])
      expect(new Set(split.jobs.map((entry) => entry.id))).toEqual(new Set(split.qrels.map((row) => row.jobId)));
    expect(splitByQuery(all, 'test-set')).toEqual({ train, test });
  });

  it('splits one query by item, keeping a group (a repost) on one side and each grade in both halves', () => {
    const ids = ['j1', 'j2', 'j3', 'j4', 'j5', 'j6'];
    const all: DevSetData = {
      jobs: ids.map(job),
      resumes: [{ id: 'me', text: '' }],
      qrels: ids.map((jobId, index) => ({ resumeId: 'me', jobId, grade: index < 4 ? 0 : 2 })),
    };
    const groupOf = (jobId: string) => (jobId === 'j1' || jobId === 'j2' ? 'repost' : jobId);
    const { train, test } = splitByItem(all, 'test-items', groupOf);
    const trainJobs = new Set(train.jobs.map((entry) => entry.id));
    expect(trainJobs.has('j1')).toBe(trainJobs.has('j2'));
    for (const split of [train, test]) expect(new Set(split.qrels.map((row) => row.grade))).toEqual(new Set([0, 2]));
  });
});
