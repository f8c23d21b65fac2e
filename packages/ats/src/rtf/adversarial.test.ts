// What the hostile RTF files of adversarial-inputs.ts read as; their time at n and 2n bytes is measured by
// `node bench/adversarial.mjs --filter "ats rtfToText"` (bench/adversarial-cases.ts; no timings in tests).
import { describe, expect, it } from 'vitest';
import { isResumeParseError } from '../parse/errors.js';
import { HOSTILE_RTF } from './adversarial-inputs.js';
import { rtfToLines } from './rtf-to-text.js';

const input = (name: string) => {
  const found = HOSTILE_RTF.find(([entry]) => entry === name);
  if (found === undefined) throw new Error(`no hostile RTF named ${name}`);
  return found[1](40_000);
};

describe('rtfToLines on hostile RTF', () => {
  it.each(HOSTILE_RTF)('reads 40,000 bytes of it, or refuses them with a typed error: %s', (_name, make) => {
    try {
      const { body, margins } = rtfToLines(make(40_000));
      expect(body.length + margins.length).toBeLessThanOrEqual(40_000);
    } catch (error) {
      expect(isResumeParseError(error)).toBe(true);
    }
  });

  it('reads what each shape holds', () => {
    expect(rtfToLines(input('groups nested 255 deep, repeated')).body[0]).toMatch(/^x+$/);
    expect(rtfToLines(input('one \\bin of n bytes')).body).toEqual(['ok']);
    expect(rtfToLines(input('n small \\bin runs')).body).toEqual([]);
    expect(rtfToLines(input('n \\uN characters')).body[0]).toMatch(/^é+$/);
    expect(rtfToLines(input('n \\uN lone surrogates')).body[0]).toMatch(/^a+$/);
    expect(rtfToLines(input("n \\'hh bytes")).body[0]).toMatch(/^(Пр)+$/);
    expect(rtfToLines(input('n control words of 32 letters')).body).toEqual([]);
    expect(rtfToLines(input('one parameter of n digits')).body).toEqual(['x']);
    expect(rtfToLines(input('n skipped destinations')).body).toEqual([]);
    expect(rtfToLines(input('n page headers of one line')).margins).toEqual(['jane@example.com']);
    expect(rtfToLines(input('n distinct header lines')).margins).toHaveLength(Math.floor(40_000 / 24));
    expect(rtfToLines(input('n paragraph and cell breaks')).body).toEqual([]);
  });

  it('reads text in groups that never close up to the end, and refuses groups opened past the depth cap', () => {
    expect(rtfToLines(input('text in groups that never close')).body[0]).toMatch(/^(word )+word$/);
    let code = '';
    try {
      rtfToLines(input('n groups opened and never closed'));
    } catch (error) {
      code = isResumeParseError(error) ? error.code : String(error);
    }
    expect(code).toBe('too-large');
  });
});
