import type { Client, estypes } from '@elastic/elasticsearch';
import type { JobMappingSettings } from '../mappings/index.js';

// The client's options as its constructor takes them. Not the named ClientOptions: the 9.x client's ES module types
// (esm/index.d.ts, what `import` resolves to) do not export it, so an ES module project on 9.x read it as `any`.
type ClientOptions = ConstructorParameters<typeof Client>[0];

/** Settings for {@link createElasticStore}. */
export interface ElasticStoreSettings {
  /** Elasticsearch URL, e.g. `http://localhost:9200` (ignored when `client` is given). */
  node?: string | undefined;
  /** Extra client options (auth, TLS…) used when the store creates the client from `node`. */
  clientOptions?: ClientOptions | undefined;
  /** A ready client; the store does not close it. */
  client?: Client | undefined;
  /** Prefix of every index and alias name (default `rolefit`). */
  indexPrefix?: string | undefined;
  /** Job vector length; without it the job index has no `vector` field and vector search returns nothing. */
  dimensions?: number | undefined;
  /** Vector similarity (default `cosine`). */
  similarity?: JobMappingSettings['similarity'] | undefined;
  /** HNSW graph options for the job vectors. */
  hnsw?: JobMappingSettings['hnsw'] | undefined;
  /** Primary shards per index (default 1). */
  shards?: number | undefined;
  /** Replicas per shard (default 1; use 0 on a single node). */
  replicas?: number | undefined;
  /** Refresh policy of writes (default false; `wait_for` makes a write visible to search before it returns). */
  refresh?: estypes.Refresh | undefined;
  /** Jobs per bulk request (default 500). */
  bulkChunkSize?: number | undefined;
  /** Bulk requests in flight at once, 1 or 2 (default 1). */
  bulkConcurrency?: 1 | 2 | undefined;
  /** Retries of a retryable bulk failure (429, 5xx, rejected execution) before it is reported (default 3). */
  maxRetries?: number | undefined;
  /** First retry delay, doubled per retry with jitter (default 100 ms). */
  retryBaseDelayMs?: number | undefined;
  /** Create missing indices on first use (default true); otherwise call `ensureIndices()`. */
  createIndices?: boolean | undefined;
  /**
   * Largest answer read, in bytes, 1 to about 512 MiB (Node's longest string); a larger one is an
   * ElasticResponseError naming the index. Passed as every request's `maxResponseSize` and
   * `maxCompressedResponseSize`. Without it, a client the store creates from `node` stops at 256 MiB (unless
   * `clientOptions` sets its own), and a `client` given keeps its own limit. A client the store creates uses Node's
   * http connection (unless `clientOptions` names another `Connection`), which also holds a gzip or deflate answer to
   * the limit once inflated (the client checks only its compressed length). With the client's default undici
   * connection, an answer refused by its `content-length` also leaves an unhandled `'error'` event that ends the
   * process (@elastic/transport 8.11), so give a `client` of your own `Connection: HttpConnection` at least.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Longest one call to Elasticsearch may take, in milliseconds, its whole answer read and the client's own retries
   * included (default 600,000: the 8.x client's `requestTimeout`); past it the request is aborted and the call throws
   * an ElasticResponseError naming the index. The client's `requestTimeout` is an idle timeout on the socket, which an
   * answer sent a byte at a time, or one that never ends, never trips. Applies to a `client` given too (raise it for a
   * `migrate()` whose reindex takes longer); a client the store creates from `node` gets it as its `requestTimeout`
   * unless `clientOptions` sets one.
   */
  requestTimeoutMs?: number | undefined;
}

/** Every key of {@link ElasticStoreSettings}, so that an unknown key (a typo) is refused with the nearest known one. */
export const ELASTIC_STORE_SETTING_NAMES = {
  node: true,
  clientOptions: true,
  client: true,
  indexPrefix: true,
  dimensions: true,
  similarity: true,
  hnsw: true,
  shards: true,
  replicas: true,
  refresh: true,
  bulkChunkSize: true,
  bulkConcurrency: true,
  maxRetries: true,
  retryBaseDelayMs: true,
  createIndices: true,
  maxResponseBytes: true,
  requestTimeoutMs: true,
} satisfies Record<keyof ElasticStoreSettings, true>;
