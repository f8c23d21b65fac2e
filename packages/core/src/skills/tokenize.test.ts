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

  it('keeps a character and its marks together wherever ASCII and other text meet', () => {
    // A mark after the last ASCII letter of a run, one at the very start, a surrogate pair, a lone surrogate.
    const original = 'Pokemon Cafe\u0301\u0327 \u0301x \ud83d\ude00 Resume\u0301 \ud800z ﬁ';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe(
      `Pokemon Caf${'e\u0301\u0327'.normalize('NFKC')} \u0301x \ud83d\ude00 Resumé \ud800z fi`,
    );
    const at = (needle: string) => {
      const start = normalized.text.indexOf(needle);
      const [from, to] = toOriginalRange(normalized, start, start + needle.length);
      return original.slice(from, to);
    };
    expect(at('Pokemon')).toBe('Pokemon');
    expect(at('Resumé')).toBe('Resume\u0301');
    expect(at('\ud83d\ude00')).toBe('\ud83d\ude00');
    expect(at('\ud800z')).toBe('\ud800z');
    expect(at('fi')).toBe('ﬁ');
    expect(normalizeText('\u0301abc').text).toBe('\u0301abc');
  });

  it('gives every text the same result as normalizing it segment by segment', () => {
    // The reference: NFKC and the folds applied to each character with its marks, in one regular expression pass.
    const reference = (text: string) =>
      [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)]
        .map((match) => match[0].normalize('NFKC').replace(/[\u2018\u2019\u02bc\u2032]/g, "'"))
        .map((part) =>
          part
            .replace(/[\u2010\u2011\ufe63]/g, '-')
            .replace(/\u00ad/g, '')
            .replace(/\u200b/g, ' '),
        )
        .map((part) => part.replace(/\u266f/g, '#'))
        .join('');
    const pieces = [
      'a',
      'Z',
      ' ',
      '-',
      'é',
      'e\u0301',
      '\u0301',
      '\u0308',
      '\ud83d\ude00',
      '\ud800',
      '’',
      '\u00ad',
      'ﬁ',
      '½',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let count = next() % 12; count > 0; count--) text += pieces[next() % pieces.length];
      expect(normalizeText(text).text).toBe(reference(text));
    }
  });
});

describe('tokenize', () => {
  it('gives every text the tokens of one regular expression pass, ASCII and other characters mixed', () => {
    // The reference: the token pattern over the whole text, hyphens dropped, attached when nothing lies between.
    const reference = (text: string) => {
      let previousEnd = -1;
      return [...text.matchAll(/[\p{L}\p{N}\p{M}_]+|\S/gu)].flatMap((match) => {
        const start = match.index;
        const attached = start === previousEnd;
        previousEnd = start + match[0].length;
        return match[0] === '-' ? [] : [[match[0], start, attached]];
      });
    };
    const pieces = [
      'a',
      'Z',
      '9',
      '_',
      ' ',
      '\t',
      '-',
      '.',
      '+',
      'é',
      'e\u0301',
      '\u0301',
      '\ud83d\ude00',
      '\ud800',
      '’',
    ];
    const more = ['\u00a0', '\u2003', '한', 'İ', '\ufeff', '\u001c', '\u007f', 'C++', 'node.js'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let count = next() % 14; count > 0; count--)
        text += [...pieces, ...more][next() % (pieces.length + more.length)];
      expect(tokenize(text).map((token) => [token.raw, token.start, token.attached])).toEqual(reference(text));
    }
  });

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
