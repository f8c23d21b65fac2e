import { describe, expect, it } from 'vitest';
import { isFieldAbbreviation, schoolAcronymSource } from './school-abbreviations.js';

describe('schoolAcronymSource', () => {
  const school = new RegExp(`^(?:${schoolAcronymSource()})$`, 'u');
  it('names the schools known by their acronyms, case as written', () => {
    for (const name of ['INSEAD', 'SUNY', 'LSE', 'UC3M', 'ENSIMAG', 'ENS', 'SUPÉLEC', 'SUPELEC', 'МГУ', 'СПбГУ'])
      expect(school.test(name), name).toBe(true);
  });
  it('and no other capitals, nor the names in small letters', () => {
    for (const name of ['IBM', 'HR', 'ENSIMAGERIE', 'insead', 'Mit']) expect(school.test(name), name).toBe(false);
  });
});

describe('isFieldAbbreviation', () => {
  it('knows the fields written as their capitals, as written', () => {
    expect(['HR', 'IT', 'CSE', 'ECE', 'MIS', 'it', 'Hr', 'MBA', 'HR.'].map(isFieldAbbreviation)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
