import { describe, expect, it } from 'vitest';
import { fitTfidf, textTerms, tfidfVector } from './tfidf.js';

describe('TF-IDF', () => {
  // Two documents: d1 = x y y, d2 = x z. idf = ln((1 + 2) / (1 + df)) + 1: x → 1, y and z → ln 1.5 + 1 = 1.405465.
  const vocabulary = fitTfidf([
    ['x', 'y', 'y'],
    ['x', 'z'],
  ]);

  it('fits the smoothed idf on the training documents', () => {
    expect(vocabulary.documents).toBe(2);
    expect(vocabulary.idf.x).toBeCloseTo(1, 12);
    expect(vocabulary.idf.y).toBeCloseTo(1.4054651081, 9);
    expect(vocabulary.idf.z).toBeCloseTo(1.4054651081, 9);
  });

  it('weighs terms by sublinear tf × idf and normalises to unit length (worked example)', () => {
    // d1: x = (1 + ln 1) × 1 = 1, y = (1 + ln 2) × 1.405465 = 2.379637; length 2.581219 → 0.387411, 0.921907.
    const vector = tfidfVector(vocabulary, ['x', 'y', 'y']);
    expect(vector.get('x')).toBeCloseTo(0.3874113305, 9);
    expect(vector.get('y')).toBeCloseTo(0.9219069698, 9);
    // A term unseen in training weighs nothing and does not change the length.
    const withUnknown = tfidfVector(vocabulary, ['x', 'z', 'never-seen']);
    expect(withUnknown.has('never-seen')).toBe(false);
    expect(withUnknown.get('x')).toBeCloseTo(0.5797386715, 9);
    expect(withUnknown.get('z')).toBeCloseTo(0.8148024747, 9);
    expect(tfidfVector(vocabulary, ['never-seen']).size).toBe(0);
  });

  it('drops terms in fewer than the minimum documents', () => {
    const pruned = fitTfidf(
      [
        ['x', 'y', 'y'],
        ['x', 'z'],
      ],
      2,
    );
    expect(Object.keys(pruned.idf)).toEqual(['x']);
  });

  it('tokenises without stop words and adds word pairs on request', () => {
    expect(textTerms('The Senior Data Scientist')).toEqual(['senior', 'data', 'scientist']);
    expect(textTerms('Senior Data Scientist', true)).toEqual([
      'senior',
      'data',
      'scientist',
      'senior data',
      'data scientist',
    ]);
  });
});
