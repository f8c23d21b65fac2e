export { createCallbackNotifier } from './callback-notifier.js';
export { formatJobPlace, summarizeMatch, type MatchSummary } from './match-summary.js';
