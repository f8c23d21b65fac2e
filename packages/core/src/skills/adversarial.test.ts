import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinearTime, medianMilliseconds, propertyRuns, timeSafetyFactor } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { extractSkills } from './taxonomy.js';

// One 40k-character word took 5.9 s: the e-mail pattern rescanned the word from each of its characters.
const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['one long word', (size) => 'a'.repeat(size)],
  ['one long number', (size) => '7'.repeat(size)],
  ['a hyphenated run', (size) => 'a-'.repeat(size / 2)],
  ['a dotted run', (size) => 'a.'.repeat(size / 2)],
  ['dashes', (size) => '-'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['many "@"', (size) => 'a@'.repeat(size / 2)],
  ['"$5", then em-spaces', (size) => `$5${'\u2003'.repeat(size)}`],
  // ASCII and other characters taking turns: the tokenizer and normalizer switch between their two ways each time.
  ['words ending in a curly quote', (size) => 'women\u2019'.repeat(size / 6)],
  ['letters with combining marks', (size) => 'e\u0301'.repeat(size / 2)],
  ['one letter, then many marks', (size) => `a${'\u0301'.repeat(size - 1)}`],
];

describe('extractSkills on adversarial input', () => {
  // 150,000 context-dependent mentions ("R", "Go"…): Math.max(...mentions) overflowed the stack with a RangeError.
  it.each(['R', 'Go', 'Chef'])('reads "%s " × 150,000 without overflowing the stack', (word) => {
    expect(extractSkills(`${word} `.repeat(150_000))).toEqual([]);
  });

  it.each(PATHOLOGICAL)('runs in linear time: %s', (_name, make) => {
    expectLinearTime((text) => extractSkills(text), make);
  });

  it.each(PATHOLOGICAL)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    expect(medianMilliseconds((input) => extractSkills(input), make(40_000))).toBeLessThan(100 * timeSafetyFactor());
  });

  it('never throws; mentions quote the input at their offsets, in order', () => {
    const tokens = [
      'Python',
      'python',
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'R',
      'Go',
      'Java',
      'JavaScript',
      'SQL',
      'machine learning',
      'Spark',
      'Chef',
      'Objective-C',
      'e-mail',
      'https://python.org',
      'www.',
      'jane@python.org',
      '@',
      'R&D',
      'C-level',
      "Go's",
      'APIs',
      'Kubernetes',
      'k8s',
      'AWS',
      'ﬁ',
      'é',
      'e\u0301',
      '\u2019',
      '\u00ad',
    ];
    fc.assert(
      fc.property(textFrom(tokens), (text) => {
        let previous = -1;
        for (const mention of extractSkills(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previous);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(mention.skill.length).toBeGreaterThan(0);
          previous = mention.start;
        }
      }),
      { numRuns: propertyRuns() },
    );
  });
});
