// The sparse-vector helpers, scoreRecency and titleWords refuse an argument of the wrong kind with core's
// ValidationError naming it (`Invalid cosine: left: must be a Map of feature weights, got null`), where they threw a
// TypeError from inside.
import { describe, expect, it } from 'vitest';
import { scoreRecency, titleWords } from '../multi-factor/preference-factors.js';
import { centroid, cosine, inverseDocumentFrequencies, unit } from './sparse-vectors.js';

const vector = new Map([['sql', 1]]);

describe('the vector helpers check their arguments', () => {
  it('refuse a value of the wrong kind, naming it', () => {
    expect(() => cosine(null as never, vector)).toThrow(
      'Invalid cosine: left: must be a Map of feature weights, got null',
    );
    expect(() => cosine(vector, {} as never)).toThrow('Invalid cosine: right: must be a Map');
    expect(() => unit(undefined as never)).toThrow('Invalid unit: vector: must be a Map');
    expect(() => centroid([vector, 42] as never)).toThrow('Invalid centroid: vectors.1: must be a Map');
    expect(() => inverseDocumentFrequencies(['sql'] as never)).toThrow(
      'Invalid inverseDocumentFrequencies: documents.0: must be a Set of features, got a string',
    );
    expect(() => scoreRecency(42 as never, new Date())).toThrow(
      'Invalid scoreRecency: postedAt: must be a Date or undefined, got a number (42)',
    );
    expect(() => scoreRecency(undefined, '2024-01-01' as never)).toThrow('Invalid scoreRecency: now: must be a Date');
    expect(() => titleWords(null as never)).toThrow('Invalid titleWords: title: must be a string, got null');
  });

  it('answer valid input as before', () => {
    expect(cosine(vector, vector)).toBe(1);
    expect(
      unit(
        new Map([
          ['a', 3],
          ['b', 4],
        ]),
      ).get('a'),
    ).toBeCloseTo(0.6, 12);
    expect(centroid([vector, new Map()]).get('sql')).toBe(0.5);
    expect(scoreRecency(undefined, new Date())).toBe(0.5);
    expect(scoreRecency(new Date(0), new Date(0))).toBe(1);
    expect([...titleWords('Senior Software Developer')]).toEqual(['software', 'engineer']);
  });
});
