export { elasticError, startReplayServer, type RecordedRequest, type ReplayResponse, type ReplayServer } from './replay-server.js';
