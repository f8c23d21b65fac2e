import { describe, expect, it } from 'vitest';
import { createKeywordMatcher } from './crawl-all.js';

describe('createKeywordMatcher', () => {
  it('finds a keyword as a whole word, in any case, and gives back the keyword as written', () => {
    const match = createKeywordMatcher(['Java', ' node.js ', 'machine learning']);
    expect(match('Senior JAVA engineer')).toBe('Java');
    expect(match('We use Node.js daily')).toBe('node.js');
    // Runs of whitespace between a keyword's words, a line break included.
    expect(match('Machine\n  Learning team')).toBe('machine learning');
    // Part of a longer word is no match: "java" in "javascript", "node.js" in "node.jsx".
    expect(match('JavaScript and node.jsx')).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('gives the first keyword of the list that the text holds', () => {
    expect(createKeywordMatcher(['python', 'go'])('Go and Python')).toBe('python');
  });

  it('reads regular-expression characters in a keyword as themselves, and matches words in other scripts', () => {
    const match = createKeywordMatcher(['C++', 'a.b', 'разработчик']);
    expect(match('Strong C++ skills')).toBe('C++');
    expect(match('axb')).toBeUndefined();
    expect(match('Ведущий разработчик')).toBe('разработчик');
    expect(match('разработчики')).toBeUndefined();
  });

  it('matches nothing when every keyword is blank', () => {
    expect(createKeywordMatcher(['', '  '])('anything')).toBeUndefined();
  });
});
