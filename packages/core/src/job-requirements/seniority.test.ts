import { describe, expect, it } from 'vitest';
import { readSeniority, seniorityOfWord, seniorityRank } from './seniority.js';

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
