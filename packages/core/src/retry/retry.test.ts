import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  honoursRetryAfter,
  isRetryableStatus,
  parseRetryAfter,
  retry,
  sleep,
  type RetryOutcome,
} from './index.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delta seconds and HTTP dates as milliseconds from now', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
  });
  it('waits 0 for a date in the past and ignores what it cannot read', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
  it('reads a value that is no string (a header read as a list or a number) as unreadable', () => {
    // It was a TypeError (value.trim is not a function); round 8's argument-shape leftovers.
    for (const value of [120, ['120'], { value: '120' }]) expect(parseRetryAfter(value as never, now)).toBeUndefined();
  });
});

describe('isRetryableStatus', () => {
  it('retries timeouts, throttling and transient server errors only', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(isRetryableStatus(status)).toBe(true);
    for (const status of [200, 301, 400, 401, 403, 404, 409, 422, 501, 505])
      expect(isRetryableStatus(status)).toBe(false);
  });
  it('honours Retry-After on 429 and 503 only', () => {
    expect(honoursRetryAfter(429)).toBe(true);
    expect(honoursRetryAfter(503)).toBe(true);
    expect(honoursRetryAfter(500)).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt, caps it, and draws a random share of it', () => {
    expect(backoffDelay(0, { baseDelayMs: 100, random: () => 0.999 })).toBe(99);
    expect(backoffDelay(3, { baseDelayMs: 100, random: () => 0.5 })).toBe(400);
    expect(backoffDelay(20, { baseDelayMs: 100, maxDelayMs: 30_000, random: () => 0.5 })).toBe(15_000);
    expect(backoffDelay(5, { baseDelayMs: 100, random: () => 0 })).toBe(0);
  });
  it('uses the ceiling itself without jitter', () => {
    expect(backoffDelay(2, { baseDelayMs: 100, jitter: 'none' })).toBe(400);
    expect(backoffDelay(30, { baseDelayMs: 100, maxDelayMs: 1000, jitter: 'none' })).toBe(1000);
  });
});

describe('sleep', () => {
  it('resolves after the wait', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
  it('rejects with the abort reason when aborted during the wait or before it', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(sleep(1, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});

describe('retry', () => {
  it('retries errors until the operation succeeds', async () => {
    const attempts: number[] = [];
    const value = await retry(
      async (attempt) => {
        attempts.push(attempt);
        if (attempt < 2) throw new Error(`fail ${attempt}`);
        return 'done';
      },
      { baseDelayMs: 1 },
    );
    expect(value).toBe('done');
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('throws the last error once maxRetries are spent', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { maxRetries: 2, baseDelayMs: 1 },
      ),
    ).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  it('retries values shouldRetry refuses and waits the delay it names', async () => {
    const waits: number[] = [];
    const statuses = [503, 429, 200];
    const value = await retry(async (attempt) => statuses[attempt]!, {
      shouldRetry: (outcome: RetryOutcome<number>) =>
        outcome.ok && outcome.value === 429 ? 3 : outcome.ok && isRetryableStatus(outcome.value),
      onRetry: (_attempt, delayMs) => waits.push(delayMs),
      baseDelayMs: 1,
      jitter: 'none',
    });
    expect(value).toBe(200);
    expect(waits).toEqual([1, 3]);
  });

  it('returns the last value when retries are spent, and caps a named wait at maxDelayMs', async () => {
    const waits: number[] = [];
    const value = await retry(async () => 503, {
      maxRetries: 1,
      maxDelayMs: 5,
      shouldRetry: () => 60_000,
      onRetry: (_a, delay) => waits.push(delay),
    });
    expect(value).toBe(503);
    expect(waits).toEqual([5]);
  });

  it('does not retry an error shouldRetry refuses, and lets shouldRetry stop with its own error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new TypeError('final');
        },
        { shouldRetry: () => false },
      ),
    ).rejects.toThrow('final');
    expect(calls).toBe(1);
    await expect(
      retry(async () => 429, {
        shouldRetry: () => {
          throw new RangeError('asked to wait too long');
        },
      }),
    ).rejects.toThrow('asked to wait too long');
  });

  it('stops sleeping when the signal aborts', async () => {
    const controller = new AbortController();
    const running = retry(
      async () => {
        throw new Error('transient');
      },
      {
        baseDelayMs: 60_000,
        jitter: 'none',
        signal: controller.signal,
        onRetry: () => setTimeout(() => controller.abort(new Error('cancelled')), 1),
      },
    );
    await expect(running).rejects.toThrow('cancelled');
  });
});
