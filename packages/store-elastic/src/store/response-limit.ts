import { constants } from 'node:buffer';
import { promisify } from 'node:util';
import { gunzip, inflate, type ZlibOptions } from 'node:zlib';
import type {
  Client,
  ConnectionRequestOptions,
  ConnectionRequestOptionsAsStream,
  ConnectionRequestParams,
  ConnectionRequestResponse,
  ConnectionRequestResponseAsStream,
  TransportRequestOptions,
} from '@elastic/elasticsearch';
import { RolefitError } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { ElasticRequestError, ElasticResponseError } from './errors.js';

/**
 * Largest answer a client the store creates reads (256 MiB), set as the client's `maxResponseSize` and
 * `maxCompressedResponseSize`: the client's own limit is about 512 MB of string, and a 3 GB answer took 1.2 GB of
 * memory before it gave up (round 8 of ADVERSARIAL.md). A page of 10,000 jobs of 5 KB is 50 MB.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

/** The most `maxResponseBytes` can be: the client refuses a `maxResponseSize` over the longest string Node can hold. */
export const MAX_RESPONSE_BYTES_LIMIT: number = constants.MAX_STRING_LENGTH;

/** `ElasticStoreSettings.maxResponseBytes` when it is a whole number from 1 to {@link MAX_RESPONSE_BYTES_LIMIT}. */
export function checkMaxResponseBytes(value: unknown): number | undefined {
  return checkNumberSetting('ElasticStoreSettings', 'maxResponseBytes', value, {
    integer: true,
    min: 1,
    max: MAX_RESPONSE_BYTES_LIMIT,
  });
}

/**
 * Default of `ElasticStoreSettings.requestTimeoutMs` (10 minutes, the 8.x client's own `requestTimeout`): the longest
 * one call may take, its whole answer read and the client's retries included.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 600_000;

/** `ElasticStoreSettings.requestTimeoutMs` when it is a whole number of milliseconds from 1 to 2^31 − 1 (a timer's longest). */
export function checkRequestTimeoutMs(value: unknown): number | undefined {
  return checkNumberSetting('ElasticStoreSettings', 'requestTimeoutMs', value, {
    integer: true,
    min: 1,
    max: 2_147_483_647,
  });
}

/** The client options that make a client the store creates stop reading an answer over `maxBytes`. */
export function responseLimitOptions(maxBytes: number): { maxResponseSize: number; maxCompressedResponseSize: number } {
  return { maxResponseSize: maxBytes, maxCompressedResponseSize: maxBytes };
}

type ApiMethod = (params: unknown, options?: TransportRequestOptions) => Promise<unknown>;

/**
 * The client as the store calls it: each request (`client.search`, `client.indices.create`, …) gets the
 * `responseLimitOptions(maxBytes)` request options when `maxBytes` is given (so a client handed to the store is bounded
 * too; without it the client's own limit holds), and the client's RequestAbortedError for an answer over the limit
 * becomes an {@link ElasticResponseError} naming the index the request named. Each call is aborted after `timeoutMs`
 * (its retries and its whole answer included; the client's `requestTimeout` is an idle timeout, which an answer sent
 * a byte at a time, or one that never ends, never trips), an {@link ElasticResponseError} naming the index. Any other
 * failure of the client (an error answer, a refused connection, its own timeout, an answer that is no JSON) becomes an
 * {@link ElasticRequestError} naming the request and the index, the client's error as its `cause`.
 */
export function limitResponses(client: Client, maxBytes: number | undefined, timeoutMs: number): Client {
  const limits = maxBytes === undefined ? {} : responseLimitOptions(maxBytes);
  const bound = <Api extends object>(api: Api, prefix = ''): Api =>
    new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (key === 'indices' && typeof value === 'object' && value !== null) return bound(value, 'indices.');
        if (typeof value !== 'function' || typeof key === 'symbol' || key === 'close' || key === 'child') return value;
        return async (params: unknown, options?: TransportRequestOptions) => {
          // A timer of its own (cleared when the call ends), not AbortSignal.timeout(): that one's timer does not keep
          // Node running.
          const deadline = new AbortController();
          let expire: () => void = () => {};
          // The deadline ends the call whatever the client does: the 8.x client stops heeding its signal once the
          // answer's headers are in (@elastic/transport 8.11.0), so a client given to the store may read on, in the
          // background, up to its maxResponseSize; the store's own connection (boundedHttpConnection) stops reading.
          const expired = new Promise<never>((_resolve, reject) => (expire = () => reject(deadline.signal.reason)));
          const timer = setTimeout(() => {
            deadline.abort();
            expire();
          }, timeoutMs);
          const signal = options?.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
          const call = (value as ApiMethod).call(target, params, { ...limits, ...options, signal });
          // Its later failure, once the deadline has answered, is nobody's to handle.
          call.catch(() => undefined);
          try {
            return await Promise.race([call, expired]);
          } catch (error) {
            if (deadline.signal.aborted && !options?.signal?.aborted)
              throw new ElasticResponseError(
                indexNamed(params),
                `no whole answer within ${timeoutMs} ms (ElasticStoreSettings.requestTimeoutMs); the request was aborted`,
                { cause: error },
              );
            // A caller's own abort is the caller's to read (no store call passes a signal).
            if (options?.signal?.aborted || error instanceof RolefitError) throw error;
            throw tooLarge(error, params) ?? new ElasticRequestError(`${prefix}${key}`, indexNamed(params), error);
          } finally {
            clearTimeout(timer);
          }
        };
      },
    });
  return bound(client);
}

/** The index (or alias) a request names, for an error; `the cluster` when it names none. */
function indexNamed(params: unknown): string {
  const named =
    (params as { index?: unknown; name?: unknown; dest?: { index?: unknown }; actions?: unknown } | null | undefined) ??
    {};
  // A reindex names the index it writes as `dest.index`, an alias swap its alias in `actions`.
  const alias = Array.isArray(named.actions)
    ? (named.actions as Array<{ add?: { alias?: unknown } }>).find((action) => action?.add)?.add?.alias
    : undefined;
  const index = [named.index, named.name, named.dest?.index, alias].flat().filter((part) => typeof part === 'string');
  return index.join(',') || 'the cluster';
}

/** The ElasticResponseError for the client's "content length … is bigger than the maximum allowed" abort, else undefined. */
function tooLarge(error: unknown, params: unknown): ElasticResponseError | undefined {
  if (
    !(error instanceof Error) ||
    error.name !== 'RequestAbortedError' ||
    !/is bigger than the maximum allowed/.test(error.message)
  )
    return undefined;
  return new ElasticResponseError(
    indexNamed(params),
    `the answer is over the response size limit (ElasticStoreSettings.maxResponseBytes or the client's maxResponseSize); the client stopped reading it: ${error.message}`,
    { cause: error },
  );
}

const inflaters: Record<'gzip' | 'deflate', (body: Buffer, options: ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  deflate: promisify(inflate),
};

/**
 * The client's `HttpConnection` (Node's http) bounding a compressed answer once inflated too: the client checks only
 * a gzip or deflate answer's compressed length against `maxCompressedResponseSize`, then inflates it whole (a 48 KB
 * answer became 50 MB through a 100 KB `maxResponseSize`, sent unasked by the server; @elastic/transport 8.11.0).
 * This one inflates it with zlib's `maxOutputLength` at `maxResponseSize` and hands it on without its
 * `content-encoding`, so the client reads it as plain; over the limit, the client's RequestAbortedError.
 */
export function boundedHttpConnection(
  elastic: Pick<typeof import('@elastic/elasticsearch'), 'HttpConnection' | 'errors'>,
): typeof import('@elastic/elasticsearch').HttpConnection {
  const { HttpConnection, errors } = elastic;
  return class BoundedHttpConnection extends HttpConnection {
    override request(
      params: ConnectionRequestParams,
      options: ConnectionRequestOptions,
    ): Promise<ConnectionRequestResponse>;
    override request(
      params: ConnectionRequestParams,
      options: ConnectionRequestOptionsAsStream,
    ): Promise<ConnectionRequestResponseAsStream>;
    override async request(
      params: ConnectionRequestParams,
      options: ConnectionRequestOptions | ConnectionRequestOptionsAsStream,
    ): Promise<ConnectionRequestResponse | ConnectionRequestResponseAsStream> {
      if ('asStream' in options && options.asStream) return super.request(params, options);
      // The client stops heeding `signal` once the answer's headers are in (@elastic/transport 8.11.0 removes its
      // abort listener then), so an answer that drips or never ends went on past the store's requestTimeoutMs: the
      // request made (synchronously, inside super.request) is kept here and destroyed when the signal aborts.
      const make = this.makeRequest;
      let made: { destroy(error?: Error): unknown } | undefined;
      this.makeRequest = ((...args: Parameters<typeof make>) =>
        (made = (make as (...a: Parameters<typeof make>) => ReturnType<typeof make>)(...args))) as typeof make;
      let pending: Promise<ConnectionRequestResponse>;
      try {
        pending = super.request(params, options as ConnectionRequestOptions);
      } finally {
        this.makeRequest = make;
      }
      const abort = () => made?.destroy(new errors.RequestAbortedError('Request aborted'));
      options.signal?.addEventListener('abort', abort, { once: true });
      let response: ConnectionRequestResponse;
      try {
        response = await pending;
      } finally {
        options.signal?.removeEventListener('abort', abort);
      }
      const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
      const inflater = encoding.includes('gzip')
        ? inflaters.gzip
        : encoding.includes('deflate')
          ? inflaters.deflate
          : undefined;
      if (inflater === undefined || typeof response.body === 'string') return response;
      const limit = options.maxResponseSize ?? MAX_RESPONSE_BYTES_LIMIT;
      let body: Buffer;
      try {
        body = await inflater(response.body, { maxOutputLength: limit });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
        throw new errors.RequestAbortedError(
          `The content length (over ${limit} once inflated from ${response.body.length}) is bigger than the maximum allowed string (${limit})`,
        );
      }
      const { 'content-encoding': _encoding, ...headers } = response.headers;
      return { ...response, headers, body };
    }
  };
}
