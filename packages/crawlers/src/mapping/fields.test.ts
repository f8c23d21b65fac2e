import { isValidationError, MAX_SHORT_TEXT_LENGTH, type ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { descriptionToText, finishJob, isRecord, mapSalaryPeriod, recordIdOf, type JobDraft } from './fields.js';

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

describe('finishJob on a bad record', () => {
  const draft = (extra: Partial<JobDraft>): JobDraft => ({
    id: 'board:1',
    source: 'board',
    title: 'Engineer',
    description: 'Python and SQL, 3+ years.',
    crawledAt: new Date('2026-12-01T00:00:00Z'),
    raw: {},
    ...extra,
  });

  it('fails on a missing or over-long title before reading the text, with no stack trace', () => {
    for (const title of ['', 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1)]) {
      const record = draft({ title });
      // Reading the description would throw this instead of the ValidationError.
      Object.defineProperty(record, 'description', {
        get: () => {
          throw new Error('the description was read');
        },
      });
      let caught: unknown;
      try {
        finishJob(record);
      } catch (error) {
        caught = error;
      }
      expect(isValidationError(caught)).toBe(true);
      expect((caught as ValidationError).field).toBe('title');
      expect((caught as Error).stack?.split('\n')).toHaveLength(1);
    }
  });

  it('still names every bad field of a record that has its title', () => {
    expect(() => finishJob(draft({ url: 'javascript:alert(1)', salary: { min: 5, max: 1, period: 'year' } }))).toThrow(
      /url: must be an http, https or mailto URL; salary\.min: min must not exceed max/,
    );
    expect(finishJob(draft({})).skills).toEqual(['Python', 'SQL']);
  });
});

describe('isRecord', () => {
  it('is true for a plain object only: not null, an array, a string or a number', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ id: 1 })).toBe(true);
    for (const value of [null, undefined, [], ['a'], 'text', 42, true])
      expect(isRecord(value), String(value)).toBe(false);
  });
});
