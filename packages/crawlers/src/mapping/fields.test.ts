import { describe, expect, it } from 'vitest';
import { descriptionToText, mapSalaryPeriod, recordIdOf } from './fields.js';

describe('field mapping', () => {
  it('maps pay periods', () => {
    expect(['HOUR', 'per-year-salary', 'per-month-salary', 'WEEK', 'DAY', 'one-time'].map(mapSalaryPeriod)).toEqual([
      'hour',
      'year',
      'month',
      'week',
      'day',
      undefined,
    ]);
  });

  it('turns escaped and plain HTML into text', () => {
    expect(
      descriptionToText('&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;'),
    ).toBe('Fish & chips\nGo');
    expect(descriptionToText('<p>Salt &amp; pepper</p>')).toBe('Salt & pepper');
  });
});

describe('recordIdOf', () => {
  it("gives a raw record's id as a string, and nothing for records without one", () => {
    expect(recordIdOf({ id: 4012 })).toBe('4012');
    expect(recordIdOf({ id: 'abc' })).toBe('abc');
    expect(recordIdOf({ title: 'no id' })).toBeUndefined();
    expect(recordIdOf('not a record')).toBeUndefined();
    expect(recordIdOf(null)).toBeUndefined();
  });
});
