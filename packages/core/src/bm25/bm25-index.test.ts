import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { createBm25Index } from './index.js';

describe('createBm25Index', () => {
  const build = () => {
    const index = createBm25Index({ fieldWeights: { title: 3, description: 1 } });
    index.add('backend', { title: 'Backend Engineer', description: 'Node.js and PostgreSQL services' });
    index.add('nurse', { title: 'Registered Nurse', description: 'Patient care in the ICU' });
    index.add('frontend', { title: 'Frontend Engineer', description: 'React and TypeScript; some Node.js' });
    return index;
  };

  it('ranks the document with the rarer, repeated, title-weighted terms first', () => {
    const hits = build().search('node.js backend engineer');
    expect(hits.map((hit) => hit.id)).toEqual(['backend', 'frontend']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('weights title terms above description terms', () => {
    const index = createBm25Index({ fieldWeights: { title: 3, description: 1 } });
    index.add('a', { title: 'Welder', description: 'Shop floor work' });
    index.add('b', { title: 'Shop assistant', description: 'Welder helper' });
    expect(index.search('welder')[0]?.id).toBe('a');
  });

  it('replaces and removes documents', () => {
    const index = build();
    index.add('nurse', 'Backend developer');
    expect(index.search('patient')).toEqual([]);
    expect(index.remove('nurse')).toBe(true);
    expect(index.remove('nurse')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.has('backend')).toBe(true);
  });

  it('restricts to candidates, honours limit, and scores unknown ids as 0', () => {
    const index = build();
    expect(index.search('engineer', { candidates: new Set(['frontend']) }).map((hit) => hit.id)).toEqual(['frontend']);
    expect(index.search('engineer', { limit: 1 })).toHaveLength(1);
    const scores = index.scoreAll('icu', ['nurse', 'missing', 'backend']);
    expect(scores[0]!.score).toBeGreaterThan(0);
    expect(scores.slice(1).map((hit) => hit.score)).toEqual([0, 0]);
  });

  it('bounds every score by maxScore, counting query terms no document holds', () => {
    const index = build();
    for (const query of ['node.js backend engineer', 'icu patient care', 'kubernetes']) {
      const ceiling = index.maxScore(query);
      expect(ceiling).toBeGreaterThan(0);
      for (const hit of index.search(query)) expect(hit.score).toBeLessThan(ceiling);
    }
    expect(index.maxScore('kubernetes kubernetes')).toBeCloseTo(2 * index.maxScore('kubernetes'), 10);
    expect(index.maxScore('')).toBe(0);
  });

  it('stays correct after many removals compact the postings', () => {
    const index = createBm25Index();
    for (let number = 0; number < 3000; number += 1)
      index.add(`doc-${number}`, number % 3 === 0 ? `welder number ${number}` : `cashier number ${number}`);
    for (let number = 0; number < 3000; number += 1)
      if (number % 3 !== 0 || number >= 2000) index.remove(`doc-${number}`);
    expect(index.size).toBe(667);
    expect(index.search('cashier')).toEqual([]);
    const welders = index.search('welder');
    expect(welders).toHaveLength(667);
    expect(welders.every((hit) => Number(hit.id.slice(4)) % 3 === 0 && Number(hit.id.slice(4)) < 2000)).toBe(true);
    index.add('doc-0', 'cashier again');
    expect(index.search('cashier').map((hit) => hit.id)).toEqual(['doc-0']);
  });

  // Round 14: a search that threw while its hits were read (a fractional limit under 1 did, in MemoryStore's
  // searchJobs) left its scores in the index's scratch, and every later search missed the documents they belonged to.
  it('finds every document again after a search that threw', () => {
    const index = createBm25Index();
    for (let n = 0; n < 100; n += 1) index.add(`d${n}`, `python engineer ${n}`);
    const refusing = {
      has: () => {
        throw new Error('refused');
      },
    } as unknown as ReadonlySet<string>;
    expect(() => index.search('python', { candidates: refusing })).toThrow('refused');
    expect(index.search('python')).toHaveLength(100);
    expect(index.search('engineer', { limit: 100 })).toHaveLength(100);
  });

  it('rejects bad parameters', () => {
    expect(() => createBm25Index({ b: 2 })).toThrow(/b: must be a finite number from 0 to 1, got 2/);
    expect(() => createBm25Index({ k1: -1 })).toThrow(ValidationError);
    expect(() => createBm25Index({ k1: -1 })).toThrow(expect.objectContaining({ setting: 'k1' }));
    for (const bad of [Number.NaN, -2, Number.POSITIVE_INFINITY, 1e308])
      expect(() => createBm25Index({ fieldWeights: { title: bad } })).toThrow(
        expect.objectContaining({ setting: 'fieldWeights.title' }),
      );
  });

  it('returns nothing for an empty query or index', () => {
    expect(build().search('')).toEqual([]);
    expect(createBm25Index().search('anything')).toEqual([]);
  });
});
