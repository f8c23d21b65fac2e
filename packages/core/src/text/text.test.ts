import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText, normalizeText, stemWord, tokenize } from './index.js';
import { MAY_HOLD_LATIN_MARKS } from './normalize.js';

describe('normalizeText', () => {
  it('lower-cases, folds Latin accents, unifies dashes and collapses whitespace', () => {
    expect(normalizeText('  Café\u00a0Manager —\tMünchen  ')).toBe('cafe manager - munchen');
  });

  it('keeps Cyrillic letters such as й and ё intact', () => {
    expect(normalizeText('Разработчик Йошкар-Ола, ЁЛКА')).toBe('разработчик йошкар-ола, ёлка');
  });

  it('applies NFKC so full-width and ligature forms match', () => {
    expect(normalizeText('ＳＱＬ ﬁnance')).toBe('sql finance');
  });

  it('folds accents whether a letter comes precomposed or followed by its marks; other non-ASCII text is kept as it is', () => {
    expect(normalizeText('Zürich Zu\u0308rich \u212Bngstro\u0308m')).toBe('zurich zurich angstrom');
    expect(normalizeText('• Build “robust” APIs – 5+ yrs ™ ½ Ωmega ЙЁ ﬁ')).toBe(
      '• build "robust" apis - 5+ yrs tm 1⁄2 ωmega йё fi',
    );
  });

  it('leaves the accent passes out only where they change nothing: no code point outside the check holds a Latin letter with marks', () => {
    // normalizeText decomposes (NFD), drops marks after Latin letters and composes (NFC) only when the NFKC text holds
    // a character MAY_HOLD_LATIN_MARKS matches. Any other character must not decompose into a Latin letter followed
    // by a mark, nor into a mark first: then text made of such characters has no mark to drop, and NFC gives it back.
    const latinWithMark = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\p{M}/u;
    const missed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (MAY_HOLD_LATIN_MARKS.test(character)) continue;
      const decomposed = character.normalize('NFD');
      if (latinWithMark.test(decomposed) || /^\p{M}/u.test(decomposed)) missed.push(codePoint.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('strips HTML only when asked or present', () => {
    expect(normalizeText('<p>Hello&nbsp;<b>World</b></p>')).toBe('hello world');
    expect(normalizeText('a < b and c > d')).toBe('a < b and c > d');
    expect(normalizeText('<b>X</b>', { stripHtml: false, lowercase: false })).toBe('<b>X</b>');
  });
});

describe('htmlToText and entities', () => {
  it('keeps block boundaries as line breaks and drops scripts', () => {
    expect(
      htmlToText('<h2>Role</h2><ul><li>Python</li><li>SQL</li></ul><script>x()</script><p>Pay &amp; perks</p>'),
    ).toBe('Role\nPython\nSQL\nPay & perks');
  });

  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeHtmlEntities('it&#8217;s &#x41; &hellip; &bogus;')).toBe('it’s A … &bogus;');
  });

  it('knows the whole HTML5 table, not a hand-picked few', () => {
    expect(decodeHtmlEntities('caf&eacute; &euro;5 &times; 2 &copy; &Uuml;ber &#0; &#x110000;')).toBe(
      'café €5 × 2 © Über \uFFFD \uFFFD',
    );
  });
});

describe('tokenize', () => {
  it('keeps tech tokens whole', () => {
    expect(tokenize('C++, C#, .NET and Node.js; CI/CD')).toEqual(['c++', 'c#', '.net', 'and', 'node.js', 'ci', 'cd']);
  });

  it('drops a trailing full stop but not inner dots', () => {
    expect(tokenize('We use Vue.js. Also React.')).toEqual(['we', 'use', 'vue.js', 'also', 'react']);
  });

  it('removes stop words and stems when asked', () => {
    expect(tokenize('The engineers are testing the services', { removeStopwords: true, stem: true })).toEqual([
      'engineer',
      'test',
      'service',
    ]);
  });

  it('tokenizes Russian text', () => {
    expect(tokenize('Опыт работы с PostgreSQL от 3 лет', { removeStopwords: true })).toEqual([
      'опыт',
      'работы',
      'postgresql',
      '3',
      'лет',
    ]);
  });

  it('honours minLength', () => {
    expect(tokenize('a bb ccc', { minLength: 2 })).toEqual(['bb', 'ccc']);
  });
});

describe('stemWord', () => {
  it.each([
    ['engineers', 'engineer'],
    ['companies', 'company'],
    ['running', 'run'],
    ['billing', 'bill'],
    ['managed', 'manag'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['node.js', 'node.js'],
    ['sql', 'sql'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
