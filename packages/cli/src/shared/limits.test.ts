import { DEFAULT_EXTRACTION_TIMEOUT_MS } from '@rolefit/ats';
import { describe, expect, it } from 'vitest';
import { PROGRAM_TIME_LIMIT_MS } from './limits.js';

describe('PROGRAM_TIME_LIMIT_MS', () => {
  it("is @rolefit/ats's extraction limit", () => {
    expect(PROGRAM_TIME_LIMIT_MS).toBe(DEFAULT_EXTRACTION_TIMEOUT_MS);
  });
});
