import { describe, expect, it } from 'vitest';
import { createMemoryStore, MemoryStore } from './index.js';
import { validationMessageOf } from '../../testing/validation-message.js';

// A mistyped store setting (issue #17, item 6) is refused, naming the nearest known one, instead of silently storing in memory only.
describe('MemoryStore options refuse unknown keys', () => {
  it('refuses a typo in a setting and in a field weight', async () => {
    expect(await validationMessageOf(() => createMemoryStore({ pth: '/tmp/x.json' } as never))).toContain(
      "unknown key 'pth' (did you mean 'path'?)",
    );
    expect(await validationMessageOf(() => new MemoryStore({ autoSave: false } as never))).toContain(
      "unknown key 'autoSave' (did you mean 'autosave'?)",
    );
    expect(
      await validationMessageOf(() =>
        createMemoryStore({ fieldWeights: { title: 3, skills: 2, company: 1, descripton: 1 } } as never),
      ),
    ).toContain("unknown key 'descripton' (did you mean 'description'?)");
  });

  it('still accepts every documented setting', () => {
    expect(() =>
      createMemoryStore({
        autosave: false,
        compactAfterBytes: 1,
        maxJobBytes: 10_000,
        fieldWeights: { title: 3, skills: 2, company: 1, description: 1 },
        rescoreCandidates: 50,
      }),
    ).not.toThrow();
    expect(() =>
      createMemoryStore({ fieldWeights: { title: 3, skills: 2, company: 1, description: 1, location: 0.5 } }),
    ).not.toThrow();
  });

  it('refuses a typo in rescoreCandidates, and a value that is not a whole number of at least 1', async () => {
    expect(await validationMessageOf(() => createMemoryStore({ rescoreCandidate: 50 } as never))).toContain(
      "unknown key 'rescoreCandidate' (did you mean 'rescoreCandidates'?)",
    );
    expect(() => createMemoryStore({ rescoreCandidates: 0 })).toThrow(
      /rescoreCandidates: must be a whole number ≥ 1, got 0/,
    );
  });
});
