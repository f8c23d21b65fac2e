// The schema helpers refuse a schema (or key list) that is none with a ValidationError naming it (round 17 of
// ADVERSARIAL.md): parseWith(undefined, …) was "Cannot read properties of undefined (reading 'safeParse')",
// pickKnownKeys(undefined, {}) "(reading 'shape')", rejectUnknownKeys('X', {}, undefined) "Cannot convert undefined or
// null to object".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors/validation-error.js';
import { parseWith, safeParseWith } from './parse.js';
import { pickKnownKeys, rejectUnknownKeys } from './strict.js';

const schema = z.object({ a: z.string() });

const refusals: Array<[string, () => unknown, string]> = [
  [
    'parseWith',
    () => parseWith(undefined as never, 'X', {}),
    'Invalid parseWith: schema: must be a zod schema (with safeParse), got undefined',
  ],
  ['parseWith', () => parseWith({} as never, 'X', {}), 'schema: must be a zod schema (with safeParse), got an object'],
  ['safeParseWith', () => safeParseWith('x' as never, 'X', {}), 'Invalid safeParseWith: schema: must be a zod schema'],
  [
    'pickKnownKeys',
    () => pickKnownKeys(undefined as never, {}),
    'Invalid pickKnownKeys: schema: must be a zod object schema',
  ],
  ['pickKnownKeys', () => pickKnownKeys(schema, {}, 'x' as never), 'onDropped: must be a function, got a string'],
  [
    'rejectUnknownKeys',
    () => rejectUnknownKeys('X', {}, undefined as never),
    'Invalid rejectUnknownKeys: known: must be an object',
  ],
];

describe('schema helpers: arguments of the wrong kind', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(message);
    });

  it('still read good ones', () => {
    expect(parseWith(schema, 'X', { a: 'b' })).toEqual({ a: 'b' });
    expect(safeParseWith(schema, 'X', { a: 1 }).success).toBe(false);
    expect(pickKnownKeys(schema, { a: 'b', c: 1 })).toEqual({ a: 'b' });
    expect(() => rejectUnknownKeys('X', { c: 1 }, { a: true })).toThrow("unknown key 'c'");
  });
});
