import { constants } from 'node:buffer';
import type { Client, TransportRequestOptions } from '@elastic/elasticsearch';
import { checkNumberSetting } from '@rolefit/core/internal';
import { ElasticResponseError } from './errors.js';

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

/** The client options that make a client the store creates stop reading an answer over `maxBytes`. */
export function responseLimitOptions(maxBytes: number): { maxResponseSize: number; maxCompressedResponseSize: number } {
  return { maxResponseSize: maxBytes, maxCompressedResponseSize: maxBytes };
}

type ApiMethod = (params: unknown, options?: TransportRequestOptions) => Promise<unknown>;

/**
 * The client as the store calls it: each request (`client.search`, `client.indices.create`, …) gets the
 * `responseLimitOptions(maxBytes)` request options when `maxBytes` is given (so a client handed to the store is bounded
 * too; without it the client's own limit holds), and the client's RequestAbortedError for an answer over the limit
 * becomes an {@link ElasticResponseError} naming the index the request named.
 */
export function limitResponses(client: Client, maxBytes: number | undefined): Client {
  const limits = maxBytes === undefined ? {} : responseLimitOptions(maxBytes);
  const bound = <Api extends object>(api: Api): Api =>
    new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (key === 'indices' && typeof value === 'object' && value !== null) return bound(value);
        if (typeof value !== 'function' || typeof key === 'symbol' || key === 'close' || key === 'child') return value;
        return (params: unknown, options?: TransportRequestOptions) =>
          (value as ApiMethod).call(target, params, { ...limits, ...options }).catch((error: unknown) => {
            throw tooLarge(error, params) ?? error;
          });
      },
    });
  return bound(client);
}

/** The ElasticResponseError for the client's "content length … is bigger than the maximum allowed" abort, else undefined. */
function tooLarge(error: unknown, params: unknown): ElasticResponseError | undefined {
  if (
    !(error instanceof Error) ||
    error.name !== 'RequestAbortedError' ||
    !/is bigger than the maximum allowed/.test(error.message)
  )
    return undefined;
  const named = (params as { index?: unknown; name?: unknown } | null | undefined) ?? {};
  const index = [named.index, named.name].flat().filter((part) => typeof part === 'string');
  return new ElasticResponseError(
    index.join(',') || 'the cluster',
    `the answer is over the response size limit (ElasticStoreSettings.maxResponseBytes or the client's maxResponseSize); the client stopped reading it: ${error.message}`,
    { cause: error },
  );
}
