import type { Notification, Notifier } from '../interfaces/index.js';

/** A Notifier that hands each notification to your function (to log it, queue it, or send it on). */
export function createCallbackNotifier(
  callback: (notification: Notification) => void | Promise<void>,
  name = 'callback',
): Notifier {
  return {
    name,
    async notify(notification) {
      await callback(notification);
    },
  };
}
