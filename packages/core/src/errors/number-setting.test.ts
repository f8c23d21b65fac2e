import { describe, expect, it } from 'vitest';
import { checkNumberSetting, checkPageNumber } from './number-setting.js';
import { ValidationError } from './validation-error.js';

function refusal(value: unknown, range: Parameters<typeof checkNumberSetting>[3]): ValidationError {
  try {
    checkNumberSetting('ExampleSettings', 'maxRetries', value, range);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error(`${String(value)} was accepted`);
}

describe('checkNumberSetting', () => {
  it('returns undefined for a setting left out, and the value when it is in range', () => {
    expect(checkNumberSetting('ExampleSettings', 'maxRetries', undefined, { integer: true, min: 0 })).toBeUndefined();
    expect(checkNumberSetting('ExampleSettings', 'maxRetries', 0, { integer: true, min: 0 })).toBe(0);
    expect(checkNumberSetting('ExampleSettings', 'weight', 0.25, { min: 0, max: 1 })).toBe(0.25);
    expect(checkNumberSetting('ExampleSettings', 'gain', -3.5, {})).toBe(-3.5);
  });

  it('refuses NaN, ±Infinity, a fraction for a count, a number out of range and a non-number, naming the setting and the range', () => {
    const count = { integer: true, min: 0 };
    for (const [value, got] of [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      [-1, '-1'],
      [1.5, '1.5'],
      ['3', 'string'],
      [null, 'object'],
    ] as const) {
      const error = refusal(value, count);
      expect(error.setting).toBe('maxRetries');
      expect(error.message).toBe(`Invalid ExampleSettings: maxRetries: must be a whole number ≥ 0, got ${got}`);
    }
    expect(refusal(1.5, { min: 0, max: 1 }).message).toContain('must be a finite number from 0 to 1, got 1.5');
    expect(refusal(Number.POSITIVE_INFINITY, { min: 0 }).message).toContain(
      'must be a finite number ≥ 0, got Infinity',
    );
    expect(refusal(2, { integer: true, max: 1 }).message).toContain('must be a whole number ≤ 1, got 2');
    expect(refusal(Number.NaN, {}).message).toContain('must be a finite number, got NaN');
    expect(refusal(0, { above: 0 }).message).toContain('must be a finite number > 0, got 0');
    expect(checkNumberSetting('ExampleSettings', 'halfLife', 0.001, { above: 0 })).toBe(0.001);
  });
});

describe('checkPageNumber', () => {
  it('takes a limit or offset ≥ 0 as its whole part (Infinity: all) and leaves one left out as it is', () => {
    expect(checkPageNumber('PageOptions', 'limit', undefined)).toBeUndefined();
    expect(checkPageNumber('PageOptions', 'limit', 0)).toBe(0);
    expect(checkPageNumber('PageOptions', 'offset', 7)).toBe(7);
    expect(checkPageNumber('PageOptions', 'limit', 2.9)).toBe(2);
    expect(checkPageNumber('SearchOptions', 'limit', Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses NaN, a negative number and a non-number with a ValidationError naming the option', () => {
    for (const [value, got] of [
      [Number.NaN, 'NaN'],
      [-1, '-1'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      ['3', 'string'],
      [null, 'object'],
    ] as const) {
      const error = (() => {
        try {
          checkPageNumber('PageOptions', 'offset', value);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).setting).toBe('offset');
      expect((error as ValidationError).message).toBe(`Invalid PageOptions: offset: must be a number ≥ 0, got ${got}`);
    }
  });
});
