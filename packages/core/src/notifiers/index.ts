export { createCallbackNotifier } from './callback-notifier.js';
