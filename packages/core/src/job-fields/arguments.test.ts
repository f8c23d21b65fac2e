// The one-field mappers take a string, null or undefined; anything else is a ValidationError naming the argument
// (`Invalid mapWorkplace: label: must be a string, got a number (42)`), where it threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { mapEmploymentType, mapExperienceLevel, mapWorkplace, parseLocationText } from './job-fields.js';

describe('the one-field mappers check their argument', () => {
  it('refuse a value that is no string', () => {
    expect(() => mapEmploymentType(42 as never)).toThrow('Invalid mapEmploymentType: label: must be a string');
    expect(() => mapExperienceLevel({} as never)).toThrow('Invalid mapExperienceLevel: label: must be a string');
    expect(() => mapWorkplace(42 as never)).toThrow('Invalid mapWorkplace: label: must be a string, got a number (42)');
    expect(() => parseLocationText([] as never)).toThrow('Invalid parseLocationText: text: must be a string');
  });

  it('read a string, null and undefined as before', () => {
    expect(mapWorkplace('Remote')).toBe('remote');
    expect(mapWorkplace(null)).toBeUndefined();
    expect(mapEmploymentType('Full-time')).toBe('full-time');
    expect(mapExperienceLevel(undefined)).toBeUndefined();
    expect(parseLocationText('Denver, CO')).toMatchObject({ city: 'Denver' });
    expect(parseLocationText(null)).toBeUndefined();
  });
});
