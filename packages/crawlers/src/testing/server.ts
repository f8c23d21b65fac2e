import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One request the test server received. */
export interface ReceivedRequest {
  method: string;
  /** Path with query. */
  path: string;
  headers: IncomingMessage['headers'];
  /** `performance.now()` when the request arrived. */
  at: number;
}

/** Answers one request; return nothing after writing the response yourself. */
export type TestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  received: ReceivedRequest,
) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 and an ephemeral port, recording what it receives. */
export interface TestServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  received: ReceivedRequest[];
  /** Requests received for one path (query included). */
  requestsFor(path: string): ReceivedRequest[];
  /** Most requests in progress at once. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/** Starts a loopback test server with a single handler; whatever the handler leaves unanswered (e.g. `/robots.txt`) gets 404. */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const received: ReceivedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request, response) => {
    const entry: ReceivedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      at: performance.now(),
    };
    received.push(entry);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });
    Promise.resolve(handler(request, response, entry))
      .then(() => {
        if (!response.headersSent && !response.writableEnded) {
          response.writeHead(404).end();
        }
      })
      .catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500);
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    requestsFor: (path) => received.filter((request) => request.path === path),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON response. */
export function sendJson(
  response: ServerResponse,
  value: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}
