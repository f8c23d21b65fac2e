import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** One request the replay server received. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/rolefit-jobs/_bulk`. */
  path: string;
  query: URLSearchParams;
  /** Raw body text ('' when none). */
  body: string;
  /** The body as JSON, or each NDJSON line parsed for `_bulk`; undefined when empty. */
  json: unknown;
}

/** What the replay server answers: status (default 200) and a JSON body (none for HEAD). */
export interface ReplayResponse {
  status?: number;
  body?: unknown;
  /** Send the body gzipped, with `content-encoding: gzip`, whether or not the client asked for it. */
  gzip?: boolean;
  /** Answer nothing and reset the connection (the client sees a ConnectionError, with no status). */
  reset?: boolean;
}

/** A running replay server. */
export interface ReplayServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on 127.0.0.1 (ephemeral port) that answers like Elasticsearch 8 with what `handler` returns.
 * Every response carries `x-elastic-product: Elasticsearch`, without which the 8.x client rejects it.
 */
export async function startReplayServer(handler: (request: RecordedRequest) => ReplayResponse): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body,
        json: parseBody(url.pathname, body),
      };
      requests.push(request);
      let response: ReplayResponse;
      try {
        response = handler(request);
      } catch (error) {
        response = {
          status: 500,
          body: { error: { type: 'replay_handler_error', reason: (error as Error).message }, status: 500 },
        };
      }
      if (response.reset) {
        incoming.socket.resetAndDestroy();
        return;
      }
      const status = response.status ?? 200;
      const text = request.method === 'HEAD' || response.body === undefined ? '' : JSON.stringify(response.body);
      const sent = response.gzip ? gzipSync(text) : Buffer.from(text);
      outgoing.writeHead(status, {
        'x-elastic-product': 'Elasticsearch',
        'content-type': 'application/vnd.elasticsearch+json;compatible-with=8',
        'content-length': sent.length,
        ...(response.gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      outgoing.end(sent);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function parseBody(path: string, body: string): unknown {
  if (!body) return undefined;
  if (path.endsWith('/_bulk'))
    return body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown);
  return JSON.parse(body) as unknown;
}

/** The error body Elasticsearch sends with a failed request or item. */
export function elasticError(
  status: number,
  type: string,
  reason: string,
): { error: { type: string; reason: string; root_cause: Array<{ type: string; reason: string }> }; status: number } {
  return { error: { type, reason, root_cause: [{ type, reason }] }, status };
}
