import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/parse.js';
import { rejectUnknownKeys } from '../schemas/strict.js';
import { MAX_SUGGESTED_KEYS, unknownKeyMessage, unknownKeyMessages } from './unknown-keys.js';
import { isValidationError, MAX_KEPT_ISSUES, type ValidationError } from './validation-error.js';

describe('unknownKeyMessage', () => {
  it('names the key, with the nearest known one when one is close, and cuts a long key', () => {
    expect(unknownKeyMessage('compnay', ['company', 'title'])).toBe("unknown key 'compnay' (did you mean 'company'?)");
    expect(unknownKeyMessage('banana', ['company', 'title'])).toBe("unknown key 'banana'");
    expect(unknownKeyMessage('x'.repeat(100), ['company'])).toBe(`unknown key '${'x'.repeat(60)}…'`);
  });
});

describe('unknownKeyMessages', () => {
  it('suggests a known key for the first MAX_SUGGESTED_KEYS keys only, so thousands of unknown keys stay cheap', () => {
    const keys = Array.from({ length: MAX_SUGGESTED_KEYS + 5 }, () => 'compnay');
    const messages = unknownKeyMessages(keys, ['company']);
    expect(messages).toHaveLength(keys.length);
    expect(messages.slice(0, MAX_SUGGESTED_KEYS).every((message) => message.includes("did you mean 'company'"))).toBe(
      true,
    );
    expect(messages.slice(MAX_SUGGESTED_KEYS).every((message) => message === "unknown key 'compnay'")).toBe(true);
  });

  it('keeps one issue per key (the first MAX_KEPT_ISSUES) in schemas and in rejectUnknownKeys, and counts them all', () => {
    const extra = Object.fromEntries(Array.from({ length: 4_000 }, (_, index) => [`k${index}`, 1]));
    let caught: unknown;
    try {
      parseJob({ id: 'j', source: 's', title: 't', description: 'd', compnay: 'x', ...extra });
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    const { issues } = caught as ValidationError;
    expect(issues).toHaveLength(MAX_KEPT_ISSUES);
    expect((caught as ValidationError).issueCount).toBe(4_001);
    expect(issues[0]).toMatchObject({ path: 'compnay', message: "unknown key 'compnay' (did you mean 'company'?)" });
    expect(issues.at(-1)).toMatchObject({ path: `k${MAX_KEPT_ISSUES - 2}` });
    expect(() => rejectUnknownKeys('Settings', extra, { k: true })).toThrow(
      /unknown key 'k19' \(did you mean 'k'\?\); and 3980 more issues \(4000 in all\)$/,
    );
  });
});
