import { describe, expect, it } from 'vitest';
import { createCallbackNotifier } from './callback-notifier.js';

describe('createCallbackNotifier', () => {
  it('hands each notification to the callback', async () => {
    const seen: string[] = [];
    const notifier = createCallbackNotifier((notification) => void seen.push(notification.subjectId), 'log');
    await notifier.notify({ subjectId: 'ada', createdAt: new Date(), matches: [] });
    expect([notifier.name, seen]).toEqual(['log', ['ada']]);
  });

  it('refuses a callback that is no function, and a name that is no text, with a ValidationError naming it', () => {
    // It was "TypeError: callback is not a function" at the first notification (round 13).
    for (const [callback, name, field] of [
      [{}, undefined, 'callback'],
      [null, undefined, 'callback'],
      [() => undefined, 42, 'name'],
    ] as const)
      expect(() => createCallbackNotifier(callback as never, name as never), field).toThrow(
        expect.objectContaining({ name: 'ValidationError', field }),
      );
  });
});
