// createBm25Index and its index's methods refuse arguments of the wrong kind with a ValidationError naming them (round
// 17 of ADVERSARIAL.md): createBm25Index({}, {}) was "Cannot read properties of undefined (reading 'ids')",
// index.search(undefined) "(reading 'indexOf')", index.add('a') "Cannot convert undefined or null to object".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { createBm25Index, exportBm25State } from './bm25-index.js';

describe('createBm25Index: a restore of the wrong shape', () => {
  const cases: Array<[unknown, string]> = [
    ['x', 'Invalid createBm25Index: restore: must be { state, documentOf }, got a string'],
    [{}, 'restore.state: must be a Bm25State'],
    [{ state: { ids: 'a' }, documentOf: () => undefined }, 'restore.state: must be a Bm25State'],
    [{ state: exportBm25State(createBm25Index()), documentOf: 42 }, 'restore.documentOf: must be a function'],
  ];
  for (const [restore, message] of cases)
    it(message, () => {
      expect(() => createBm25Index({}, restore as never)).toThrow(ValidationError);
      expect(() => createBm25Index({}, restore as never)).toThrow(message);
    });

  it('restores a good state', () => {
    const index = createBm25Index();
    const document = { title: 'Python developer', description: 'Django services' };
    index.add('a', document);
    const restored = createBm25Index({}, { state: exportBm25State(index), documentOf: () => document });
    expect(restored.search('python').map((hit) => hit.id)).toEqual(['a']);
  });
});

describe('Bm25Index methods: arguments of the wrong kind', () => {
  const index = createBm25Index();
  index.add('a', { title: 'Python developer' });
  const cases: Array<[() => unknown, string]> = [
    [() => index.add(42 as never, { title: 'x' }), 'Invalid Bm25Index.add: id: must be a string, got a number (42)'],
    [() => index.add('b', undefined as never), 'Invalid Bm25Index.add: document: must be a Bm25Document (a text, or'],
    [() => index.search(undefined as never), 'Invalid Bm25Index.search: query: must be a string, got undefined'],
    [() => index.search('python', null as never), 'Invalid Bm25Index.search: options: must be { limit?, candidates? }'],
    [() => index.scoreAll(null as never, []), 'Invalid Bm25Index.scoreAll: query: must be a string, got null'],
    [() => index.scoreAll('python', 'a' as never), 'Invalid Bm25Index.scoreAll: ids: must be a list of ids'],
    [() => index.maxScore([] as never), 'Invalid Bm25Index.maxScore: query: must be a string, got an array'],
  ];
  for (const [call, message] of cases)
    it(message, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(message);
    });

  it('left the index as it was', () => {
    expect(index.size).toBe(1);
    expect(index.scoreAll('python', ['a'])[0]!.score).toBeGreaterThan(0);
  });
});
