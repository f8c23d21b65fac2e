export {
  createRefreshScheduler,
  type RefreshResult,
  type RefreshScheduler,
  type RefreshSchedulerSettings,
  type SourceRefresh,
} from './refresh.js';
