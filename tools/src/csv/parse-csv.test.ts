import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from './index.js';

describe('parseCsvRows', () => {
  it('handles quotes, escaped quotes, separators and line breaks inside fields', () => {
    expect(parseCsvRows('a,"b, c","say ""hi""\nthere"\r\n1,2,3')).toEqual([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty fields, strips a byte-order mark, and takes another delimiter', () => {
    expect(parseCsvRows('\ufeffx~~z\r\n', { delimiter: '~' })).toEqual([['x', '', 'z']]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(parseCsvRows('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('rejects an unusable delimiter', () => {
    expect(() => parseCsvRows('a', { delimiter: '"' })).toThrow(RangeError);
    expect(() => parseCsvRows('a', { delimiter: '::' })).toThrow(/one character/);
  });
});

describe('parseCsv', () => {
  it('keys records by the header and skips blank lines', () => {
    expect(parseCsv('title,salary\nWelder,"$25/hr"\n\nNurse,\n')).toEqual([
      { title: 'Welder', salary: '$25/hr' },
      { title: 'Nurse', salary: '' },
    ]);
  });

  it('fills missing trailing cells with empty strings', () => {
    expect(parseCsv('a,b,c\n1')).toEqual([{ a: '1', b: '', c: '' }]);
  });
});
