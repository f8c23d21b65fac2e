import type { BulkItemFailure } from '../bulk/index.js';

/** Thrown by createElasticStore when `@elastic/elasticsearch` is not installed and no client was given. */
export class ElasticClientMissingError extends Error {
  override readonly name = 'ElasticClientMissingError';

  constructor(options?: { cause?: unknown }) {
    super('@rolefit/store-elastic needs the Elasticsearch client: run `npm i @elastic/elasticsearch` (8.x), or pass `client`', options);
  }
}

/** Thrown when a write that returns nothing (vectors, embeddings, feedback, matches) has items Elasticsearch refused. */
export class ElasticBulkError extends Error {
  override readonly name = 'ElasticBulkError';
  /** Every refused item. */
  readonly failed: readonly BulkItemFailure[];

  constructor(index: string, failed: readonly BulkItemFailure[]) {
    const first = failed[0];
    super(`${failed.length} bulk item(s) failed in ${index}${first ? `; first: ${first.id} ${first.status} ${first.type}: ${first.reason}` : ''}`);
    this.failed = failed;
  }
}

/** Thrown when `offset + limit` passes Elasticsearch's result window; use `iterateJobs` to walk further. */
export class ElasticPagingError extends RangeError {
  override readonly name = 'ElasticPagingError';

  constructor(offset: number, limit: number, window: number) {
    super(`offset ${offset} + limit ${limit} passes Elasticsearch's result window of ${window}; use store.iterateJobs(filter) (search_after) to page further`);
  }
}
