import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/index.js';
import { createPipeline } from './pipeline.js';

describe('createPipeline', () => {
  it('refuses an unknown setting, naming the nearest known one (issue #17, item 6)', () => {
    let caught: unknown;
    try {
      createPipeline({ store: {}, ranker: {}, notifyTreshold: 0.7 } as never);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as Error).message).toContain("unknown key 'notifyTreshold' (did you mean 'notifyThreshold'?)");
  });
});
