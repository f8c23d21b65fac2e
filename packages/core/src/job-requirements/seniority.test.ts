import { describe, expect, it } from 'vitest';
import {
  experienceLevelOfTitle,
  readSeniority,
  roleWords,
  seniorityOfWord,
  seniorityRank,
  withoutQualifyingSeniority,
} from './seniority.js';

describe('readSeniority', () => {
  it.each([
    ['Sr. Software Engineer', 'senior'],
    ['Junior QA Tester', 'junior'],
    ['Marketing Intern', 'intern'],
    ['Software Engineer II', 'mid'],
    ['Lead Electrician', 'lead'],
    ['Staff Engineer', 'staff'],
    ['Principal Data Scientist', 'principal'],
    ['Nurse Manager', 'manager'],
    ['Senior Director of Nursing', 'director'],
    ['Vice President, Sales', 'executive'],
    ['Mid-Level Accountant', 'mid'],
    ['Welder', undefined],
  ])('%s → %s', (title, level) => {
    expect(readSeniority(title)).toBe(level);
  });
});

describe('seniorityOfWord', () => {
  it('knows single words and nothing inherited from objects', () => {
    expect(seniorityOfWord('sr')).toBe('senior');
    expect(seniorityOfWord('constructor')).toBeUndefined();
  });
});

describe('seniorityRank', () => {
  it('orders levels lowest first', () => {
    expect(seniorityRank('intern')).toBe(0);
    expect(seniorityRank('senior')).toBeLessThan(seniorityRank('lead'));
    expect(seniorityRank('manager')).toBeLessThan(seniorityRank('executive'));
  });
});

describe('the one vocabulary decides staff, principal and lead once', () => {
  it('reads them as levels, above senior', () => {
    expect(seniorityOfWord('staff')).toBe('staff');
    expect(seniorityOfWord('principal')).toBe('principal');
    expect(seniorityOfWord('lead')).toBe('lead');
    for (const word of ['staff', 'principal', 'lead'])
      expect(seniorityRank(seniorityOfWord(word)!)).toBeGreaterThan(seniorityRank('senior'));
  });
  it('keeps associate, assistant and architect as role words', () => {
    for (const word of ['associate', 'assistant', 'architect']) expect(seniorityOfWord(word)).toBeUndefined();
  });
});

describe('roleWords', () => {
  it.each([
    ['Senior Staff Nurse', ['nurse']],
    ['Principal Software Engineer II', ['software', 'engineer']],
    ['Entry-Level Lead Electrician', ['electrician']],
    ['Product Manager', ['product', 'manager']],
    ['Director of Nursing', ['director', 'of', 'nursing']],
    ['Sales Associate', ['sales', 'associate']],
    ['Senior', []],
  ])('%s → %j', (title, words) => {
    expect(roleWords(title)).toEqual(words);
  });
});

describe('withoutQualifyingSeniority', () => {
  it('drops qualifying words as written, keeping the case of the rest', () => {
    expect(withoutQualifyingSeniority(['Sr.', 'Staff', 'Nurse'])).toEqual(['Nurse']);
    expect(withoutQualifyingSeniority(['Entry', 'Level', 'Data', 'Analyst', 'II'])).toEqual(['Data', 'Analyst']);
    expect(withoutQualifyingSeniority(['Mid-Level', 'Accountant'])).toEqual(['Accountant']);
    expect(withoutQualifyingSeniority(['Level', 'Designer'])).toEqual(['Level', 'Designer']);
    expect(withoutQualifyingSeniority(['Engineering', 'Manager'])).toEqual(['Engineering', 'Manager']);
  });
});

describe('experienceLevelOfTitle', () => {
  it.each([
    ['Marketing Intern', 'internship'],
    ['Junior Developer', 'entry'],
    ['New Grad Software Engineer', 'entry'],
    ['Staff Nurse', 'mid-senior'],
    ['Engineering Manager', 'mid-senior'],
    ['Head of Sales', 'director'],
    ['CTO', 'executive'],
    ['Vice President, Sales', 'executive'],
    ['Mid-Level Accountant', undefined],
    ['Solutions Architect', undefined],
  ])('%s → %s', (title, level) => {
    expect(experienceLevelOfTitle(title)).toBe(level);
  });
});
