// What the hostile content.xml parts of adversarial-inputs.ts read as; their time at n and 2n characters is measured by
// `node bench/adversarial.mjs --filter odtXmlToLines` (bench/adversarial-cases.ts; no timings in tests).
import { describe, expect, it } from 'vitest';
import { isResumeParseError } from '../parse/errors.js';
import { HOSTILE_ODT_XML } from './adversarial-inputs.js';
import { MAX_ODT_SPACES, odtXmlToLines, readOdtListStyles } from './odt-xml.js';

const read = (xml: string) => odtXmlToLines(xml, readOdtListStyles(xml)).body;
const input = (name: string) => {
  const found = HOSTILE_ODT_XML.find(([entry]) => entry === name);
  if (found === undefined) throw new Error(`no hostile ODT part named ${name}`);
  return found[1](40_000);
};

describe('odtXmlToLines on hostile content.xml', () => {
  it.each(HOSTILE_ODT_XML)('reads 40,000 characters of it, or refuses them with a typed error: %s', (_name, make) => {
    try {
      expect(read(make(40_000)).length).toBeLessThanOrEqual(40_000);
    } catch (error) {
      expect(isResumeParseError(error)).toBe(true);
    }
  });

  it('reads what each shape holds', () => {
    expect(read(input('spans nested 250 deep, repeated')).every((line) => line === 'x')).toBe(true);
    expect(read(input('n frames nested in paragraphs')).slice(0, 3)).toEqual(['in', 'w', 'w']);
    const spaces = read(`${input('n counted spaces of a billion each').replace('</text:p>', 'end</text:p>')}`);
    expect(spaces).toEqual(['end']);
    expect(read(input('n line breaks in one paragraph')).every((line) => line === 'a')).toBe(true);
    expect(read(input('n numbered list items (roman)')).slice(0, 4)).toEqual(['i. x', 'ii. x', 'iii. x', 'iv. x']);
    expect(read(input('n lists that continue the numbering')).slice(0, 2)).toEqual(['i. x', 'ii. x']);
    // Level 2 counts in letters: 32,767 is 'g' 1,261 times (the start value capped as the DOCX reader caps it).
    expect(read(input('n list items at a start value of 32767'))[0]).toBe(`${'g'.repeat(1_261)} x`);
    expect(read(input('n table cells in one row'))[0]).toMatch(/^c(\tc)+$/);
    expect(read(input('n skipped annotations'))).toEqual(['ok']);
    expect(read(input('n runs of white space'))[0]).toMatch(/^(a )+a$/);
    expect(MAX_ODT_SPACES).toBe(256);
    expect(read(input('n tabs in one paragraph'))).toEqual([`a${'\t'.repeat(Math.floor(40_000 / 11))}x`]);
    expect(read(input('n tabs and counted spaces around line breaks')).every((line) => line === 'a')).toBe(true);
  });

  it('reads a paragraph of 300,000 tabs between two letters as one line', () => {
    // A pattern around each line break (/[ \r\n\t]*\n[ \r\n\t]*/g) retried the run from each of its tabs: about 47 s
    // for these 3.3 MB (0.8 s at 40,000 tabs, quadratic); the parts are trimmed instead (0.1 s).
    const xml = `<office:document-content><office:body><office:text><text:p>a${'<text:tab/>'.repeat(300_000)}x</text:p></office:text></office:body></office:document-content>`;
    expect(read(xml)).toEqual([`a${'\t'.repeat(300_000)}x`]);
  });
});
