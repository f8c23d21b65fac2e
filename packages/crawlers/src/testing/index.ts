export { startTestServer, sendJson, type ReceivedRequest, type TestHandler, type TestServer } from './server.js';
