import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange, tokenize } from './tokenize.js';

describe('normalizeText', () => {
  it('leaves ASCII alone without building an offset map', () => {
    const normalized = normalizeText('Python & SQL');
    expect(normalized.text).toBe('Python & SQL');
    expect(normalized.originalStarts).toBeUndefined();
    expect(toOriginalRange(normalized, 0, 6)).toEqual([0, 6]);
  });

  it('applies NFKC and folds curly quotes and Unicode hyphens', () => {
    expect(normalizeText('Ｐｙｔｈｏｎ').text).toBe('Python');
    expect(normalizeText('ﬁrmware').text).toBe('firmware');
    expect(normalizeText('women\u2019s e\u2011mail').text).toBe("women's e-mail");
    expect(normalizeText('soft\u00adware').text).toBe('software');
  });

  it('maps normalized ranges back to the original text', () => {
    const original = 'ﬁrmware and Cafe\u0301';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('firmware and Café');
    const firmware = normalized.text.indexOf('firmware');
    expect(toOriginalRange(normalized, firmware, firmware + 'firmware'.length)).toEqual([0, 7]);
    const cafe = normalized.text.indexOf('Café');
    const [start, end] = toOriginalRange(normalized, cafe, cafe + 'Café'.length);
    expect(original.slice(start, end)).toBe('Cafe\u0301');
  });
});

describe('tokenize', () => {
  it('splits words from punctuation and drops hyphens', () => {
    const tokens = tokenize('C++, e-mail and Node.js');
    expect(tokens.map((token) => token.raw)).toEqual(['C', '+', '+', ',', 'e', 'mail', 'and', 'Node', '.', 'js']);
    expect(tokens.map((token) => token.attached)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
    expect(tokens.filter((token) => token.word).map((token) => token.folded)).toEqual([
      'c',
      'e',
      'mail',
      'and',
      'node',
      'js',
    ]);
  });

  it('keeps offsets into the text it was given', () => {
    const text = 'use  PostgreSQL';
    const [, postgres] = tokenize(text);
    expect(postgres).toMatchObject({ raw: 'PostgreSQL', folded: 'postgresql', start: 5, end: 15 });
  });
});
