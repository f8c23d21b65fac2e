import { parseJob, ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { allJobs } from '../testing/fixtures.js';
import { checkBm25Settings, normalizeBm25Score, scoreJobsWithBm25 } from './bm25-scoring.js';

describe('normalizeBm25Score', () => {
  it('maps 0 to 0, the ceiling to 1, and rises in between', () => {
    expect(normalizeBm25Score(0, 10)).toBe(0);
    expect(normalizeBm25Score(10, 10)).toBeCloseTo(1, 12);
    let previous = 0;
    for (let raw = 0.1; raw <= 10; raw += 0.1) {
      const score = normalizeBm25Score(raw, 10);
      expect(score).toBeGreaterThan(previous);
      expect(score).toBeLessThanOrEqual(1);
      previous = score;
    }
  });

  it('gives 0.5 at the half-score coverage', () => {
    expect(normalizeBm25Score(0.8, 10)).toBeCloseTo(0.5, 12);
    expect(normalizeBm25Score(2, 10, 0.2)).toBeCloseTo(0.5, 12);
  });

  it('never leaves [0, 1] on odd input', () => {
    expect(normalizeBm25Score(Number.NaN, 10)).toBe(0);
    expect(normalizeBm25Score(5, 0)).toBe(0);
    expect(normalizeBm25Score(50, 10)).toBe(1);
  });
});

describe('scoreJobsWithBm25', () => {
  it('keeps every raw score below the ceiling', () => {
    const { raw, ceiling } = scoreJobsWithBm25('Node.js Node.js TypeScript patient care Tableau', allJobs);
    expect(ceiling).toBeGreaterThan(0);
    for (const score of raw) expect(score).toBeLessThanOrEqual(ceiling);
  });

  it('scores jobs that share an id separately', () => {
    const first = parseJob({ id: 'same', source: 'a', title: 'Nurse' });
    const second = parseJob({ id: 'same', source: 'b', title: 'Welder' });
    const { raw } = scoreJobsWithBm25('welder', [first, second]);
    expect(raw[0]).toBe(0);
    expect(raw[1]).toBeGreaterThan(0);
  });

  it("matches the person's words against the job's company and place, unless their weights are 0", () => {
    const austin = parseJob({
      id: 'austin',
      source: 'test',
      title: 'Nurse',
      company: 'Seton Health',
      location: { city: 'Austin', region: 'TX' },
    });
    const denver = parseJob({
      id: 'denver',
      source: 'test',
      title: 'Nurse',
      company: 'Mercy Care',
      location: { city: 'Denver', region: 'CO' },
    });
    const place = scoreJobsWithBm25('nurse in Austin', [austin, denver]).raw;
    expect(place[0]).toBeGreaterThan(place[1]!);
    const company = scoreJobsWithBm25('nurse, five years at Mercy', [austin, denver]).raw;
    expect(company[1]).toBeGreaterThan(company[0]!);
    const off = scoreJobsWithBm25('nurse in Austin at Mercy', [austin, denver], {
      fieldWeights: { company: 0, location: 0 },
    }).raw;
    expect(off[0]).toBeCloseTo(off[1]!, 12);
  });

  it('gives zeros for an empty query or batch', () => {
    expect(scoreJobsWithBm25('', allJobs).raw.every((score) => score === 0)).toBe(true);
    expect(scoreJobsWithBm25('anything', [])).toEqual({ raw: [], ceiling: 0 });
  });

  it('rejects unusable settings', () => {
    expect(() => checkBm25Settings({ k1: -1 })).toThrow(ValidationError);
    expect(() => checkBm25Settings({ b: 1.5 })).toThrow(ValidationError);
    expect(() => checkBm25Settings({ halfScoreCoverage: 0 })).toThrow(ValidationError);
    expect(() => checkBm25Settings({ k1: 2, b: 0.5, halfScoreCoverage: 0.1 })).not.toThrow();
  });
});
