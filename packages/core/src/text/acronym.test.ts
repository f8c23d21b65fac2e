import { describe, expect, it } from 'vitest';
import { acronymSource, isAcronym } from './acronym.js';

describe('isAcronym / acronymSource', () => {
  it('take a capital and one to five capitals or digits, as written', () => {
    expect(['ATS', 'AWS', 'S3', 'PSM', 'ABCDEF', 'A', 'ABCDEFG', 'PhD', 'ats', '3M', 'A-B'].map(isAcronym)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('give the same shape as a source to bound', () => {
    const words = new RegExp(`(?<![\\p{L}\\p{N}])${acronymSource()}(?![\\p{L}\\p{N}])`, 'gu');
    expect('Built an ATS on AWS S3 with PhD-level ABCDEFG work'.match(words)).toEqual(['ATS', 'AWS', 'S3']);
  });
});
