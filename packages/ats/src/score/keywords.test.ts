import { describe, expect, it } from 'vitest';
import { dropBroaderKeywords, findJobKeywords, properNounWords, resumeHasSkill, resumeTerms } from './keywords.js';

const job = `Warehouse Associate
Northwind Logistics is hiring in Springfield. This is an on-site, full-time role; shifts vary depending on demand.
Working at Northwind brings strong benefits. You will pick, pack and ship orders, load trucks and keep the warehouse clean.
Pick and pack accuracy matters: every order is checked. Forklift experience and the ability to lift 50 lbs.`;

describe('properNounWords', () => {
  it('finds words only ever written capitalised mid-sentence', () => {
    const names = properNounWords(job);
    expect(names).toContain('northwind');
    expect(names).toContain('springfield');
    expect(names).not.toContain('pick');
    expect(names).not.toContain('warehouse');
  });
});

describe('findJobKeywords', () => {
  it('leaves out the employer, places, torn compounds and generic words', () => {
    const words = findJobKeywords('Warehouse Associate', job.split('\n').slice(1).join('\n'), {
      company: 'Northwind Logistics',
      location: { city: 'Springfield' },
    }).map((keyword) => keyword.keyword);
    expect(words).toEqual(expect.arrayContaining(['order', 'accuracy']));
    for (const banned of ['northwind', 'logistics', 'springfield', 'site', 'time', 'depending', 'ability', 'strong'])
      expect(words).not.toContain(banned);
  });
});

describe('resumeHasSkill', () => {
  it('finds a skill by canonical name or by its words in the text', () => {
    const terms = resumeTerms('Led customer service for a team of ten.');
    expect(resumeHasSkill('Customer Service', terms, new Set())).toBe(true);
    expect(resumeHasSkill('Communication', terms, new Set(['communication']))).toBe(true);
    expect(resumeHasSkill('Negotiation', terms, new Set())).toBe(false);
  });
});

describe('dropBroaderKeywords', () => {
  it('keeps the narrower of two keywords, whole words only', () => {
    const kept = dropBroaderKeywords([
      { keyword: 'Accounting' },
      { keyword: 'Cost Accounting' },
      { keyword: 'Go' },
      { keyword: 'Google Ads' },
    ]);
    expect(kept.map((item) => item.keyword)).toEqual(['Cost Accounting', 'Go', 'Google Ads']);
  });
});

describe('hostile input', () => {
  // Asserts what they read, not how long they took (no timings in tests; a quadratic reader would hit the test's limit).
  it('reads long crafted text: one proper noun, and no keyword made of the crafted words', () => {
    expect([...properNounWords(`${'Ab. cd '.repeat(10_000)}`)]).toEqual(['ab']);
    expect(findJobKeywords('Engineer', `${'on-site/x-y '.repeat(6_000)}${'word '.repeat(6_000)}`)).toEqual([
      { keyword: 'engineer', frequency: 1, weight: 3 },
    ]);
  });
});
