// retry refuses an operation that is no function, and settings or hooks of the wrong kind, with a ValidationError
// naming them (round 17 of ADVERSARIAL.md); `retry(null)` was "operation is not a function" from inside.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { retry } from './retry.js';

const refusals: Array<[unknown, unknown, string]> = [
  [null, undefined, 'Invalid retry: operation: must be a function (attempt) => Promise, got null'],
  ['x', {}, 'operation: must be a function (attempt) => Promise, got a string'],
  [async () => 1, null, 'Invalid retry: settings: must be RetrySettings'],
  [async () => 1, 'x', 'settings: must be RetrySettings ({ maxRetries?, shouldRetry?, … }), got a string'],
  [async () => 1, { shouldRetry: true }, 'settings.shouldRetry: must be a function, got a boolean (true)'],
  [async () => 1, { onRetry: 'log' }, 'settings.onRetry: must be a function, got a string'],
];

describe('retry: arguments of the wrong kind', () => {
  for (const [operation, settings, message] of refusals)
    it(message, async () => {
      const call = retry(operation as never, settings as never);
      await expect(call).rejects.toThrow(ValidationError);
      await expect(retry(operation as never, settings as never)).rejects.toThrow(message);
    });

  it('runs a good operation', async () => {
    await expect(retry(async (attempt) => attempt, { maxRetries: 0 })).resolves.toBe(0);
  });
});
