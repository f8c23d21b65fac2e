import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { extractSkills } from './taxonomy.js';
import { PATHOLOGICAL } from './adversarial-inputs.js';

describe('extractSkills on adversarial input', () => {
  // 150,000 context-dependent mentions ("R", "Go"…): Math.max(...mentions) overflowed the stack with a RangeError.
  it.each(['R', 'Go', 'Chef'])('reads "%s " × 150,000 without overflowing the stack', (word) => {
    expect(extractSkills(`${word} `.repeat(150_000))).toEqual([]);
  });

  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PATHOLOGICAL)('reads 40,000 characters of it into mentions that quote it, in order: %s', (_name, make) => {
    const text = make(40_000);
    const mentions = extractSkills(text);
    let previous = -1;
    for (const mention of mentions) {
      expect(mention.start).toBeGreaterThanOrEqual(previous);
      expect(mention.text).toBe(text.slice(mention.start, mention.end));
      previous = mention.start;
    }
    expect(mentions.length).toBeLessThanOrEqual(text.length);
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
