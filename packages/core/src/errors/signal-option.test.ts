import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkSignalOption } from './signal-option.js';
import { ValidationError } from './validation-error.js';

const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('checkSignalOption', () => {
  it('returns undefined for a signal left out, and the signal when it is an AbortSignal', () => {
    expect(checkSignalOption('CrawlOptions', undefined)).toBeUndefined();
    const signal = new AbortController().signal;
    expect(checkSignalOption('CrawlOptions', signal)).toBe(signal);
    const aborted = AbortSignal.abort();
    expect(checkSignalOption('CrawlOptions', aborted)).toBe(aborted);
    // A signal made in another realm (a vm context) is no instance of this realm's AbortSignal, but is one.
    const foreign = runInContext('new AbortController().signal', createContext({ AbortController }));
    expect(checkSignalOption('CrawlOptions', foreign)).toBe(foreign);
  });

  it('refuses anything else with a ValidationError naming the option and what it got', () => {
    for (const [value, got] of [
      ['x', 'a string'],
      [{}, 'an object'],
      [null, 'null'],
      [42, 'a number (42)'],
      [new AbortController(), 'an object'],
      [{ aborted: false }, 'an object'],
      [[], 'an array'],
      // Round 22: a revoked Proxy threw V8's TypeError from `instanceof`.
      [revokedProxy(), 'a revoked Proxy'],
    ] as const) {
      let error: unknown;
      try {
        checkSignalOption('CrawlOptions', value);
      } catch (caught) {
        error = caught;
      }
      expect(error, got).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).setting).toBe('signal');
      expect((error as ValidationError).message).toBe(
        `Invalid CrawlOptions: signal: must be an AbortSignal, got ${got}`,
      );
    }
  });
});
