import { checkTextArgument, describeValue, invalidArgument } from '../errors/argument.js';
import type { Notification, Notifier } from '../interfaces/index.js';

/** A Notifier that hands each notification to your function (to log it, queue it, or send it on). */
export function createCallbackNotifier(
  callback: (notification: Notification) => void | Promise<void>,
  name = 'callback',
): Notifier {
  // Checked here: anything else was "TypeError: callback is not a function" at the first notification.
  if (typeof callback !== 'function')
    throw invalidArgument(
      'createCallbackNotifier',
      'callback',
      `must be a function of the notification, got ${describeValue(callback)}`,
    );
  checkTextArgument('createCallbackNotifier', 'name', name);
  return {
    name,
    async notify(notification) {
      await callback(notification);
    },
  };
}
