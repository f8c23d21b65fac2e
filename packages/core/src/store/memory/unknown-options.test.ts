import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../errors/index.js';
import { createMemoryStore, MemoryStore } from './index.js';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isValidationError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('nothing was thrown');
}

// A mistyped store setting (issue #17, item 6) is refused, naming the nearest known one, instead of silently storing in memory only.
describe('MemoryStore options refuse unknown keys', () => {
  it('refuses a typo in a setting and in a field weight', () => {
    expect(messageOf(() => createMemoryStore({ pth: '/tmp/x.json' } as never))).toContain("unknown key 'pth' (did you mean 'path'?)");
    expect(messageOf(() => new MemoryStore({ autoSave: false } as never))).toContain("unknown key 'autoSave' (did you mean 'autosave'?)");
    expect(messageOf(() => createMemoryStore({ fieldWeights: { title: 3, skills: 2, company: 1, descripton: 1 } } as never))).toContain(
      "unknown key 'descripton' (did you mean 'description'?)",
    );
  });

  it('still accepts every documented setting', () => {
    expect(() => createMemoryStore({ autosave: false, compactAfterBytes: 1, maxJobBytes: 10_000, fieldWeights: { title: 3, skills: 2, company: 1, description: 1 } })).not.toThrow();
  });
});
