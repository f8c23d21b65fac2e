// The e-mail digest notifier refuses a notification of the wrong shape with a ValidationError naming it, before any
// connection (round 17 of ADVERSARIAL.md); notify(undefined) was "Cannot read properties of undefined (reading
// 'matches')", notify({}) "(reading 'length')". The port is one nothing listens on: a check that let the call through
// would fail with a connection error instead.
import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createEmailDigestNotifier } from './email-notifier.js';

const notifier = createEmailDigestNotifier({ smtp: { host: '127.0.0.1', port: 9 }, from: 'a@b.c', to: 'd@e.f' });
const cases: Array<[unknown, unknown, string]> = [
  [undefined, undefined, 'notification: must be a Notification, got undefined'],
  [42, undefined, 'notification: must be a Notification, got a number (42)'],
  [{}, undefined, 'notification.subjectId: must be a string, got undefined'],
  [{ subjectId: 's', createdAt: new Date(), matches: 'x' }, undefined, 'notification.matches: must be a list'],
  [{ subjectId: 's', createdAt: new Date(), matches: [] }, null, 'options: must be NotifyOptions'],
];

describe('EmailDigestNotifier.notify: arguments of the wrong kind', () => {
  for (const [notification, options, message] of cases)
    it(message, async () => {
      const error = await notifier.notify(notification as never, options as never).catch((caught: unknown) => caught);
      expect(isValidationError(error), String(error)).toBe(true);
      expect((error as Error).message).toContain(`Invalid EmailDigestNotifier.notify: ${message}`);
    });

  it('sends nothing, and fails nothing, for a notification without matches', async () => {
    await expect(notifier.notify({ subjectId: 's', createdAt: new Date(), matches: [] })).resolves.toBeUndefined();
  });
});
