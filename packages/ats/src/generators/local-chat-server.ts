import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the local server received. */
export interface ReceivedRequest {
  /** Request path. */
  readonly url: string;
  /** Request headers. */
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body. */
  readonly body: Record<string, unknown>;
}

/** A chat-completions server on 127.0.0.1 for tests; `respond` decides each answer. */
export interface LocalChatServer {
  /** Base URL to give a generator, e.g. `http://127.0.0.1:53211/v1`. */
  readonly baseUrl: string;
  /** Every request so far, in order. */
  readonly requests: ReceivedRequest[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Writes an OpenAI-style completion body with the given content. */
export function sendCompletion(response: ServerResponse, content: string): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      id: 'local-1',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    }),
  );
}

/** Starts a real HTTP server on 127.0.0.1 that speaks the chat-completions format (used by tests, not exported from the package). */
export async function startLocalChatServer(
  respond: (request: ReceivedRequest, response: ServerResponse, index: number) => void,
): Promise<LocalChatServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // Left empty: the test sees the missing fields.
      }
      const received = { url: request.url ?? '', headers: request.headers, body };
      requests.push(received);
      respond(received, response, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
