import { describe, expect, it } from 'vitest';
import { squash, wordCount } from './lines.js';

describe('squash and wordCount', () => {
  it('collapses runs of spaces and tabs, and counts the words between them', () => {
    expect(squash('  Senior \t Engineer\u00a0 ')).toBe('Senior Engineer');
    expect(wordCount('  Senior \t Engineer\u00a0 ')).toBe(2);
    expect(wordCount('Acme')).toBe(1);
    expect(wordCount(' \t ')).toBe(0);
    expect(wordCount('')).toBe(0);
  });
});
