import { describe, expect, it } from 'vitest';
import { interestFit, preferenceTerms, termSet, termStatistics, workplaceFit, workStyleFit } from './preference-fit.js';

describe('workStyleFit', () => {
  it('favours hands-on work for physical, desk work for mental and the middle for mixed', () => {
    expect(workStyleFit('physical', 0.8)).toBeCloseTo(0.8);
    expect(workStyleFit('mental', 0.8)).toBeCloseTo(0.2);
    expect(workStyleFit('mixed', 0.5)).toBe(1);
    expect(workStyleFit('mixed', 0)).toBe(0);
    expect(workStyleFit('physical', 1.4)).toBe(1);
  });
});

describe('workplaceFit', () => {
  it('counts wanted workplaces fully, hybrid and unstated ones by half', () => {
    const jobs = [
      { location: { workplace: 'remote' as const } },
      { location: { workplace: 'hybrid' as const } },
      { location: { workplace: 'onsite' as const } },
      {},
    ];
    expect(workplaceFit(['remote'], jobs)).toEqual({ value: (1 + 0.5 + 0 + 0.5) / 4, matched: 1, stated: 3 });
    expect(workplaceFit(['onsite'], jobs).matched).toBe(1);
  });
});

describe('preferenceTerms', () => {
  it('splits wanted from avoided words by clause and negation cue', () => {
    const terms = preferenceTerms(
      'Wants data analysis work; avoids night shifts, travel and on-site roles. Happy with SQL',
    );
    expect([...terms.wanted.values()]).toEqual(expect.arrayContaining(['data', 'analysis', 'SQL']));
    expect([...terms.avoided.values()]).toEqual(expect.arrayContaining(['night', 'shifts', 'travel']));
    expect([...terms.wanted.values()]).not.toContain('night');
  });

  it('keeps a two-part compound as one term, so avoiding data-entry does not avoid data', () => {
    const terms = preferenceTerms('Analyst work with data. Not interested in data-entry roles');
    expect([...terms.avoided]).toEqual(expect.arrayContaining([[expect.stringMatching(/^data entr/), 'data-entry']]));
    expect(terms.avoided.has('interest')).toBe(false);
    expect(terms.wanted.has('data')).toBe(true);
    expect(terms.avoided.has('data')).toBe(false);
  });
});

describe('interestFit', () => {
  const texts = [
    'Data analyst: SQL dashboards and data analysis',
    'Carpenter: building sites, hand and power tools',
    'Electrician: wiring, tools, night shifts',
  ].map(termSet);
  const corpus = termStatistics(texts);

  it('scores the postings that mention what the person wants above those that do not', () => {
    const terms = preferenceTerms('building, tools');
    const trades = interestFit(terms, texts.slice(1), corpus);
    const desk = interestFit(terms, texts.slice(0, 1), corpus);
    expect(trades.value).toBeGreaterThan(desk.value);
    expect(desk.value).toBe(0);
    expect(trades.matched).toEqual(['tools', 'building']);
  });

  it('lowers a group by what the person avoids and ignores words no posting uses', () => {
    const terms = preferenceTerms('tools and wiring, but no night shifts. Loves xylophones');
    const electrician = interestFit(terms, [texts[2]!], corpus);
    const carpenter = interestFit(terms, [texts[1]!], corpus);
    expect(electrician.avoided).toEqual(expect.arrayContaining(['night', 'shifts']));
    expect(electrician.value).toBe(0);
    expect(carpenter.value).toBeGreaterThan(0);
  });
});
