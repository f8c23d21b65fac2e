export {
  elasticError,
  startReplayServer,
  type RecordedRequest,
  type ReplayResponse,
  type ReplayServer,
} from './replay-server.js';
export { createRefusingCluster, type RefusingCluster, type RefusingClusterOptions } from './refusing-cluster.js';
