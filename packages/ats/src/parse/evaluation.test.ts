import { describe, expect, it } from 'vitest';
import { f1Of, relaxedMatch, sameLetters, scoreFields, wordsOverlap } from './evaluation.js';

describe('scoreFields', () => {
  const pairs = [
    {
      expected: { company: ['Company Name', 'Company Name', 'Acme'] },
      predicted: { company: ['Company Name', 'Widgets'] },
    },
    { expected: { company: ['Initech'] }, predicted: { company: ['initech', 'initech'] } },
  ];

  it('scores values as a set per document by default', () => {
    const [score] = scoreFields(pairs, ['company']);
    // Document 1: {Company Name, Acme} vs {Company Name, Widgets}; document 2: {Initech} vs {initech}.
    expect(score).toEqual({ field: 'company', precision: 2 / 3, recall: 2 / 3, predicted: 3, expected: 3 });
  });

  it('counts repeated values one to one with multiset', () => {
    const [score] = scoreFields(pairs, ['company'], undefined, { multiset: true });
    // Document 1: one of two "Company Name" found, Widgets wrong; document 2: one initech matches, the second is extra.
    expect(score).toEqual({ field: 'company', precision: 2 / 4, recall: 2 / 4, predicted: 4, expected: 4 });
  });
});

describe('f1Of', () => {
  it('is the harmonic mean, 0 when one side is empty, undefined when both are', () => {
    expect(f1Of({ field: 'x', precision: 0.5, recall: 1, predicted: 2, expected: 1 })).toBeCloseTo(2 / 3);
    expect(f1Of({ field: 'x', precision: 0, recall: 0, predicted: 3, expected: 0 })).toBe(0);
    expect(f1Of({ field: 'x', precision: 0, recall: 0, predicted: 0, expected: 0 })).toBeUndefined();
  });
});

describe('relaxed matching', () => {
  it('wordsOverlap takes spans of uneven extent but not a small part of a long one', () => {
    expect(wordsOverlap('Senior Analyst', 'Senior Analyst - Cisco')).toBe(true);
    expect(wordsOverlap('Excel', 'Microsoft Excel')).toBe(true);
    expect(wordsOverlap('communication', 'Strong interpersonal and communication skills')).toBe(false);
    expect(wordsOverlap('Oracle', 'Accenture')).toBe(false);
  });

  it('sameLetters ignores dots, spaces and case', () => {
    expect(sameLetters('B.S.', 'BS')).toBe(true);
    expect(sameLetters('M.B.A', 'mba')).toBe(true);
    expect(sameLetters('B.S', 'B.E')).toBe(false);
    expect(sameLetters('', '')).toBe(false);
  });

  it('relaxedMatch is either', () => {
    expect(relaxedMatch('B.Tech', 'BTech')).toBe(true);
    expect(relaxedMatch('Bachelor of Arts', 'Bachelor of Arts : Art Education')).toBe(true);
    expect(relaxedMatch('B.S', 'Bachelor of Science')).toBe(false);
  });
});
