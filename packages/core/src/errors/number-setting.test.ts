import { describe, expect, it } from 'vitest';
import { checkNumberSetting } from './number-setting.js';
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
